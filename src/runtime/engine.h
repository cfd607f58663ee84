/* Process-wide JavaScriptCore configuration: must run once, before the first context. */
#ifndef EDDY_RUNTIME_ENGINE_H
#define EDDY_RUNTIME_ENGINE_H

#include "runtime.h"

void eddy_engine_configure(const eddy_options* options);

#endif
