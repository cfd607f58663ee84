#include "engine.h"

#include <jsc/jsc.h>
#include <signal.h>

#include "jsc_private.h"

/* JSC suspends threads for GC with a signal, SIGUSR1 by default; programs expect
 * SIGUSR1 to be theirs (process.on('SIGUSR1')). A real-time signal no program uses. */
#define EDDY_GC_SIGNAL (SIGRTMIN + 6)

void eddy_engine_configure(const eddy_options* options) {
  JSConfigureSignalForGC(EDDY_GC_SIGNAL);
  jsc_options_set_boolean("useSharedArrayBuffer", TRUE);
  jsc_options_set_boolean("useExplicitResourceManagement", TRUE);
  /* V8 has no proper tail calls: in strict code JSC's drop the caller's frame of
   * `() => f()`, so stacks, Error.captureStackTrace and assert.ok()'s message
   * (which reads the caller's frame) would differ from node's. */
  jsc_options_set_boolean("useTailCalls", FALSE);
  if (options->max_old_space_mb > 0)
    jsc_options_set_size("forceRAMSize", (gsize)options->max_old_space_mb * 1024 * 1024 * 4);
}
