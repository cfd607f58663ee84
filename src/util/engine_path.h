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

#define EDDY_ENGINE_PATH_INIT \
  { 0, PTHREAD_MUTEX_INITIALIZER }

/* Decides, under the lock, on the first call (eddy_engine_path_usable's slow path). */
bool eddy__engine_path_decide(eddy_engine_path* path, const char* public_env,
                              bool (*probe)(JSContextRef), JSContextRef ctx);

/* True when the engine's path is usable: decided on the first call by `probe` (run
 * once, under the lock), unless the environment variable `public_env` (when not NULL)
 * is set, which forces the public API (to compare the two). Inline: the hot paths
 * (every Buffer call into C) ask several times per call, and after the first call
 * the answer is one load. */
static inline bool eddy_engine_path_usable(eddy_engine_path* path, const char* public_env,
                                           bool (*probe)(JSContextRef), JSContextRef ctx) {
  int m = atomic_load_explicit(&path->mode, memory_order_acquire);
  if (m != 0) return m == 1;
  return eddy__engine_path_decide(path, public_env, probe, ctx);
}

#endif
