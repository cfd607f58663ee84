#include "engine_path.h"

#include <stdlib.h>

enum { UNDECIDED = 0, ENGINE = 1, PUBLIC = 2 };

bool eddy_engine_path_usable(eddy_engine_path* path, const char* public_env,
                             bool (*probe)(JSContextRef), JSContextRef ctx) {
  int m = atomic_load_explicit(&path->mode, memory_order_acquire);
  if (m != UNDECIDED) return m == ENGINE;
  pthread_mutex_lock(&path->lock);
  m = atomic_load_explicit(&path->mode, memory_order_relaxed);
  if (m == UNDECIDED) {
    m = !(public_env && getenv(public_env)) && probe(ctx) ? ENGINE : PUBLIC;
    atomic_store_explicit(&path->mode, m, memory_order_release);
  }
  pthread_mutex_unlock(&path->lock);
  return m == ENGINE;
}
