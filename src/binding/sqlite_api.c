/* Loads libsqlite3 for the node:sqlite binding (see sqlite_api.h for why). */
#define EDDY_SQLITE_API_IMPL 1
#include "sqlite_api.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stddef.h>

eddy_sqlite_api eddy_sqlite;

static pthread_once_t load_once = PTHREAD_ONCE_INIT;
static const char* load_error;

static void load(void) {
  /* The soname of Debian's libsqlite3 (3.x keeps ABI 0). */
  void* lib = dlopen("libsqlite3.so.0", RTLD_NOW | RTLD_LOCAL);
  if (!lib) {
    load_error = dlerror();
    return;
  }
#define LOAD(name)                                                      \
  if (!(eddy_sqlite.p_##name = (__typeof__(&name))dlsym(lib, #name))) { \
    load_error = dlerror();                                             \
    return;                                                             \
  }
  EDDY_SQLITE_API(LOAD)
#undef LOAD
}

const char* eddy_sqlite_api_load(void) {
  pthread_once(&load_once, load);
  return load_error;
}
