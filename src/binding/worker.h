/* What other bindings ask of a worker thread's runtime (src/binding/worker.c). */
#ifndef EDDY_BINDING_WORKER_H
#define EDDY_BINDING_WORKER_H

#include <stdatomic.h>

#include "../runtime/runtime.h"

/* The flag terminate() sets for the worker whose runtime rt is (read from any
 * thread), or NULL for the main thread's runtime. */
const atomic_bool* eddy_worker_stop_flag(const eddy_runtime* rt);

#endif
