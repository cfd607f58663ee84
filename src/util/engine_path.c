#include "engine_path.h"

#include <stdlib.h>

/* The modes engine_path.h reads inline (0 undecided, 1 engine). */
enum { UNDECIDED = 0, ENGINE = 1, PUBLIC = 2 };

bool eddy__engine_path_decide(eddy_engine_path* path, const char* public_env,
                              bool (*probe)(JSContextRef), JSContextRef ctx) {
  pthread_mutex_lock(&path->lock);
  int m = atomic_load_explicit(&path->mode, memory_order_relaxed);
  if (m == UNDECIDED) {
    m = !(public_env && getenv(public_env)) && probe(ctx) ? ENGINE : PUBLIC;
    atomic_store_explicit(&path->mode, m, memory_order_release);
  }
  pthread_mutex_unlock(&path->lock);
  return m == ENGINE;
}
