/* Deciding, once per process, whether one of eddy's paths through the engine's
 * undeclared entry points can be used (see js_string.h, js_native.h). */
#ifndef EDDY_UTIL_ENGINE_PATH_H
#define EDDY_UTIL_ENGINE_PATH_H

#include <JavaScriptCore/JavaScript.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>

typedef struct {
  _Atomic int mode; /* 0 undecided, 1 the engine's path, 2 the public API */
  pthread_mutex_t lock;
} eddy_engine_path;

#define EDDY_ENGINE_PATH_INIT {0, PTHREAD_MUTEX_INITIALIZER}

/* True when the engine's path is usable: decided on the first call by `probe` (run
 * once, under the lock), unless the environment variable `public_env` (when not NULL)
 * is set, which forces the public API (to compare the two). */
bool eddy_engine_path_usable(eddy_engine_path* path, const char* public_env,
                             bool (*probe)(JSContextRef), JSContextRef ctx);

#endif
