/* eddy's Node-API internals: the napi_env, how napi_values map to JSC values and
 * stay alive, status and exception bookkeeping, and the JS helpers
 * (lib/internal/napi.js) that do what JSC's C API cannot. */
#ifndef EDDY_NAPI_INTERNAL_H
#define EDDY_NAPI_INTERNAL_H

#include <JavaScriptCore/JavaScript.h>
#include <uv.h>

#include "../runtime/runtime.h"
#include "../util/js_value.h"
#include "node_api.h"

/* The JS helpers, by index: lib/internal/napi.js exports a function for each name. */
// clang-format re-wraps these macro lists differently on every run.
// clang-format off
#define EDDY_NAPI_HELPERS(X) \
  X(makeFunction) X(defineProperty) X(allPropertyNames) X(hasOwn) X(wrapGet) X(wrapSet) \
  X(wrapDelete) X(addFinalizer) X(tagGet) X(tagSet) X(weakRef) X(deref) X(makeDataView) \
  X(isDataView) X(dataViewInfo) X(bigintFromHex) X(bigintHex) X(makeError) X(isError) \
  X(isPromise) X(detach) X(isDetached) X(freeze) X(seal) X(symbolFor) X(makeBuffer) \
  X(callWith) X(makeShared) X(isShared)
// clang-format on

#define EDDY_NAPI_HELPER_ENUM(name) EDDY_NAPI_H_##name,
enum { EDDY_NAPI_HELPERS(EDDY_NAPI_HELPER_ENUM) EDDY_NAPI_H_COUNT };
#undef EDDY_NAPI_HELPER_ENUM

/* A finalizer waiting to run on the loop: JSC finalizes objects inside garbage
 * collection, where no JS may run, so native finalizers (which may call Node-API)
 * are queued and run from a uv_async on the JS thread. */
typedef struct eddy_napi_pending {
  napi_finalize cb;
  void* data;
  void* hint;
  struct eddy_napi_pending* next;
} eddy_napi_pending;

/* A cleanup hook: fun(arg), or for an async one async_fun(handle, arg), where the
 * handle is the hook itself (napi_remove_async_cleanup_hook frees it). */
typedef struct eddy_napi_hook {
  void (*fun)(void*);
  napi_async_cleanup_hook async_fun;
  void* arg;
  napi_env env;
  bool called;
  struct eddy_napi_hook* next;
} eddy_napi_hook;

struct napi_env__ {
  eddy_runtime* rt;
  JSGlobalContextRef ctx;
  JSObjectRef helpers[EDDY_NAPI_H_COUNT]; /* shared with the runtime's napi state */
  JSValueRef pending_exception;           /* protected, or NULL */
  napi_extended_error_info last_error;

  /* Every value handed to the addon stays protected until its handle scope closes:
   * addons keep napi_values in heap memory JSC's stack scan cannot see. */
  JSValueRef* handles;
  size_t handle_count, handle_cap;

  int32_t module_api_version;
  char* filename; /* file:// URL of the addon */
  void* instance_data;
  napi_finalize instance_finalize;
  void* instance_hint;

  uv_mutex_t pending_lock;
  eddy_napi_pending* pending; /* finalizers queued by GC */
  uv_async_t pending_async;
  bool disposed;

  eddy_napi_hook* hooks;                    /* napi_add_env_cleanup_hook, newest first */
  struct napi_threadsafe_function__* tsfns; /* open thread-safe functions */
  int64_t external_memory;
  struct napi_env__* next;
};

/* eddy_jsv_*: the engine's value encoding, read directly (util/js_value.h). */

/* napi_value <-> JSValueRef: the same pointer. */
#define V(v) ((JSValueRef)(v))
#define O(v) ((JSObjectRef)(v))

napi_value eddy_napi_track(napi_env env, JSValueRef v);
void eddy_napi_release_to(napi_env env, size_t mark);

napi_status eddy_napi_status(napi_env env, napi_status status);
napi_status eddy_napi_fail(napi_env env, napi_status status, const char* message);
/* Records a JS exception as the env's pending one; returns napi_pending_exception. */
napi_status eddy_napi_exception(napi_env env, JSValueRef exception);
/* Calls helper h; NULL with the exception recorded when it throws. */
JSValueRef eddy_napi_helper(napi_env env, int h, size_t argc, const JSValueRef argv[]);

/* Queues a finalizer for the loop (safe inside GC). */
void eddy_napi_defer_finalizer(napi_env env, napi_finalize cb, void* data, void* hint);
/* An object whose collection runs cb(env, data, hint) later on the loop. */
JSObjectRef eddy_napi_finalizer_holder(napi_env env, napi_finalize cb, void* data, void* hint);
/* Runs a native callback with its own handle scope; the exception it leaves pending
 * goes to *exception. */
void eddy_napi_run_finalizer(napi_env env, napi_finalize cb, void* data, void* hint);

/* Env teardown: open thread-safe functions answer napi_closing from then on. */
void eddy_napi_tsfn_env_gone(napi_env env);

JSClassRef eddy_napi_external_class(void);
JSClassRef eddy_napi_callback_class(void);

#define NAPI_CHECK_ENV(env)                     \
  do {                                          \
    if ((env) == NULL) return napi_invalid_arg; \
  } while (0)
#define NAPI_CHECK_ARG(env, arg)                                         \
  do {                                                                   \
    if ((arg) == NULL) return eddy_napi_status((env), napi_invalid_arg); \
  } while (0)
/* Functions that may run JS refuse while an exception is pending, as node's do. */
#define NAPI_PREAMBLE(env)                                                                \
  do {                                                                                    \
    NAPI_CHECK_ENV(env);                                                                  \
    if ((env)->pending_exception) return eddy_napi_status((env), napi_pending_exception); \
  } while (0)
#define NAPI_OK(env) eddy_napi_status((env), napi_ok)

#endif
