/* The napi_env's bookkeeping: statuses and last-error info, the pending exception,
 * handle scopes (values stay protected while their scope is open), finalizers
 * deferred out of garbage collection, instance data and cleanup hooks. */
#include <stdlib.h>
#include <string.h>

#include "../util/check.h"
#include "napi_internal.h"

static const char* const status_messages[] = {
    NULL,
    "Invalid argument",
    "An object was expected",
    "A string was expected",
    "A string or symbol was expected",
    "A function was expected",
    "A number was expected",
    "A boolean was expected",
    "An array was expected",
    "Unknown failure",
    "An exception is pending",
    "The async work item was cancelled",
    "napi_escape_handle already called on scope",
    "Invalid handle scope usage",
    "Invalid callback scope usage",
    "Thread-safe function queue is full",
    "Thread-safe function handle is closing",
    "A bigint was expected",
    "A date was expected",
    "An arraybuffer was expected",
    "A detachable arraybuffer was expected",
    "Main thread would deadlock",
    "External buffers are not allowed",
    "Cannot run JavaScript",
};

napi_status eddy_napi_status(napi_env env, napi_status status) {
  env->last_error.error_code = status;
  env->last_error.engine_error_code = 0;
  env->last_error.engine_reserved = NULL;
  env->last_error.error_message = NULL;
  return status;
}

napi_status eddy_napi_fail(napi_env env, napi_status status, const char* message) {
  eddy_napi_status(env, status);
  env->last_error.error_message = message;
  return status;
}

napi_status napi_get_last_error_info(napi_env env, const napi_extended_error_info** result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  napi_status code = env->last_error.error_code;
  if (env->last_error.error_message == NULL &&
      (size_t)code < sizeof status_messages / sizeof *status_messages)
    env->last_error.error_message = status_messages[code];
  *result = &env->last_error;
  /* Reading the info is itself a call: node leaves the info as it was. */
  return napi_ok;
}

napi_status eddy_napi_exception(napi_env env, JSValueRef exception) {
  if (env->pending_exception) JSValueUnprotect(env->ctx, env->pending_exception);
  JSValueProtect(env->ctx, exception);
  env->pending_exception = exception;
  return eddy_napi_status(env, napi_pending_exception);
}

JSValueRef eddy_napi_helper(napi_env env, int h, size_t argc, const JSValueRef argv[]) {
  JSValueRef exc = NULL;
  JSValueRef r = JSObjectCallAsFunction(env->ctx, env->helpers[h], NULL, argc, argv, &exc);
  if (exc) {
    eddy_napi_exception(env, exc);
    return NULL;
  }
  return r;
}

napi_value eddy_napi_track(napi_env env, JSValueRef v) {
  if (!eddy_jsv_is_cell(v)) return (napi_value)v; /* immediates: nothing to collect */
  if (env->handle_count == env->handle_cap) {
    env->handle_cap = env->handle_cap ? env->handle_cap * 2 : 64;
    env->handles = eddy_realloc(env->handles, env->handle_cap * sizeof *env->handles);
  }
  JSValueProtect(env->ctx, v);
  env->handles[env->handle_count++] = v;
  return (napi_value)v;
}

void eddy_napi_release_to(napi_env env, size_t mark) {
  while (env->handle_count > mark) {
    JSValueRef v = env->handles[--env->handle_count];
    if (v) JSValueUnprotect(env->ctx, v);
  }
}

/* A handle scope is its mark in the handle stack (plus one, so it is never NULL). */
napi_status napi_open_handle_scope(napi_env env, napi_handle_scope* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  *result = (napi_handle_scope)(uintptr_t)(env->handle_count + 1);
  return NAPI_OK(env);
}

napi_status napi_close_handle_scope(napi_env env, napi_handle_scope scope) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, scope);
  size_t mark = (uintptr_t)scope - 1;
  if (mark > env->handle_count) return eddy_napi_status(env, napi_handle_scope_mismatch);
  eddy_napi_release_to(env, mark);
  return NAPI_OK(env);
}

/* An escapable scope reserves one slot below its mark, in the outer scope, for the
 * escaped value; the slot's low bit in the scope token says whether it is used. */
typedef struct escapable {
  size_t mark;
  bool escaped;
} escapable;

napi_status napi_open_escapable_handle_scope(napi_env env, napi_escapable_handle_scope* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  if (env->handle_count == env->handle_cap) {
    env->handle_cap = env->handle_cap ? env->handle_cap * 2 : 64;
    env->handles = eddy_realloc(env->handles, env->handle_cap * sizeof *env->handles);
  }
  env->handles[env->handle_count++] = NULL;
  escapable* s = eddy_malloc(sizeof *s);
  s->mark = env->handle_count;
  s->escaped = false;
  *result = (napi_escapable_handle_scope)s;
  return NAPI_OK(env);
}

napi_status napi_close_escapable_handle_scope(napi_env env, napi_escapable_handle_scope scope) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, scope);
  escapable* s = (escapable*)scope;
  if (s->mark > env->handle_count) return eddy_napi_status(env, napi_handle_scope_mismatch);
  eddy_napi_release_to(env, s->mark);
  free(s);
  return NAPI_OK(env);
}

napi_status napi_escape_handle(napi_env env, napi_escapable_handle_scope scope, napi_value escapee,
                               napi_value* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, scope);
  NAPI_CHECK_ARG(env, escapee);
  NAPI_CHECK_ARG(env, result);
  escapable* s = (escapable*)scope;
  if (s->escaped) return eddy_napi_status(env, napi_escape_called_twice);
  s->escaped = true;
  JSValueProtect(env->ctx, V(escapee));
  env->handles[s->mark - 1] = V(escapee);
  *result = escapee;
  return NAPI_OK(env);
}

/* Finalizers deferred out of GC. */
static void pending_on_async(uv_async_t* async) {
  napi_env env = async->data;
  for (;;) {
    uv_mutex_lock(&env->pending_lock);
    eddy_napi_pending* p = env->pending;
    env->pending = NULL;
    uv_mutex_unlock(&env->pending_lock);
    if (!p) break;
    /* The queue is newest first; run in the order they were collected. */
    eddy_napi_pending* rev = NULL;
    while (p) {
      eddy_napi_pending* n = p->next;
      p->next = rev;
      rev = p;
      p = n;
    }
    while (rev) {
      eddy_napi_pending* n = rev->next;
      if (!env->disposed) eddy_napi_run_finalizer(env, rev->cb, rev->data, rev->hint);
      free(rev);
      rev = n;
    }
  }
}

void eddy_napi_defer_finalizer(napi_env env, napi_finalize cb, void* data, void* hint) {
  if (cb == NULL || env->disposed) return;
  eddy_napi_pending* p = eddy_malloc(sizeof *p);
  p->cb = cb;
  p->data = data;
  p->hint = hint;
  uv_mutex_lock(&env->pending_lock);
  p->next = env->pending;
  env->pending = p;
  uv_mutex_unlock(&env->pending_lock);
  uv_async_send(&env->pending_async);
}

void eddy_napi_run_finalizer(napi_env env, napi_finalize cb, void* data, void* hint) {
  size_t mark = env->handle_count;
  cb(env, data, hint);
  eddy_napi_release_to(env, mark);
  if (env->pending_exception) {
    JSValueRef exc = env->pending_exception;
    env->pending_exception = NULL;
    eddy_runtime_uncaught(env->rt, exc);
    JSValueUnprotect(env->ctx, exc);
  }
}

napi_status node_api_post_finalizer(napi_env env, napi_finalize finalize_cb, void* finalize_data,
                                    void* finalize_hint) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, finalize_cb);
  eddy_napi_defer_finalizer(env, finalize_cb, finalize_data, finalize_hint);
  return NAPI_OK(env);
}

void eddy_napi_env_init(napi_env env) {
  CHECK_EQ(uv_mutex_init(&env->pending_lock), 0);
  CHECK_EQ(uv_async_init(&env->rt->loop, &env->pending_async, pending_on_async), 0);
  env->pending_async.data = env;
  uv_unref((uv_handle_t*)&env->pending_async);
}

/* At runtime teardown: cleanup hooks (newest first), then the instance data's
 * finalizer, as node does when an environment ends. The env itself is never freed:
 * objects collected after this may still name it, and find it disposed. */
void eddy_napi_env_dispose(napi_env env) {
  if (env->disposed) return;
  while (env->hooks) {
    eddy_napi_hook* h = env->hooks;
    env->hooks = h->next;
    if (h->async_fun) {
      /* Freed by napi_remove_async_cleanup_hook, which the addon calls when its
       * asynchronous cleanup is done. */
      h->called = true;
      h->async_fun((napi_async_cleanup_hook_handle)h, h->arg);
    } else {
      h->fun(h->arg);
      free(h);
    }
  }
  pending_on_async(&env->pending_async);
  if (env->instance_finalize)
    eddy_napi_run_finalizer(env, env->instance_finalize, env->instance_data, env->instance_hint);
  env->instance_finalize = NULL;
  env->disposed = true;
  eddy_napi_tsfn_env_gone(env);
  eddy_napi_release_to(env, 0);
  if (env->pending_exception) JSValueUnprotect(env->ctx, env->pending_exception);
  env->pending_exception = NULL;
  uv_close((uv_handle_t*)&env->pending_async, NULL);
}

napi_status napi_set_instance_data(napi_env env, void* data, napi_finalize finalize_cb,
                                   void* finalize_hint) {
  NAPI_CHECK_ENV(env);
  env->instance_data = data;
  env->instance_finalize = finalize_cb;
  env->instance_hint = finalize_hint;
  return NAPI_OK(env);
}

napi_status napi_get_instance_data(napi_env env, void** data) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, data);
  *data = env->instance_data;
  return NAPI_OK(env);
}

static void add_hook(napi_env env, void (*fun)(void*), napi_async_cleanup_hook async_fun, void* arg,
                     eddy_napi_hook** out) {
  eddy_napi_hook* h = eddy_malloc(sizeof *h);
  h->fun = fun;
  h->async_fun = async_fun;
  h->arg = arg;
  h->env = env;
  h->called = false;
  h->next = env->hooks;
  env->hooks = h;
  if (out) *out = h;
}

static bool unlink_hook(napi_env env, eddy_napi_hook* target, void (*fun)(void*), void* arg) {
  for (eddy_napi_hook** p = &env->hooks; *p; p = &(*p)->next) {
    eddy_napi_hook* h = *p;
    if (target ? h == target : (h->fun == fun && h->arg == arg && h->async_fun == NULL)) {
      *p = h->next;
      free(h);
      return true;
    }
  }
  return false;
}

napi_status napi_add_env_cleanup_hook(napi_env env, void (*fun)(void* arg), void* arg) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, fun);
  add_hook(env, fun, NULL, arg, NULL);
  return NAPI_OK(env);
}

napi_status napi_remove_env_cleanup_hook(napi_env env, void (*fun)(void* arg), void* arg) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, fun);
  unlink_hook(env, NULL, fun, arg);
  return NAPI_OK(env);
}

/* Async cleanup hooks run with the others at teardown, newest first; eddy does
 * not wait for them to finish (nothing runs the loop after teardown). */
napi_status napi_add_async_cleanup_hook(napi_env env, napi_async_cleanup_hook hook, void* arg,
                                        napi_async_cleanup_hook_handle* remove_handle) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, hook);
  eddy_napi_hook* h;
  add_hook(env, NULL, hook, arg, &h);
  if (remove_handle) *remove_handle = (napi_async_cleanup_hook_handle)h;
  return NAPI_OK(env);
}

napi_status napi_remove_async_cleanup_hook(napi_async_cleanup_hook_handle remove_handle) {
  if (remove_handle == NULL) return napi_invalid_arg;
  eddy_napi_hook* h = (eddy_napi_hook*)remove_handle;
  if (h->called)
    free(h); /* already off the list */
  else
    unlink_hook(h->env, h, NULL, NULL);
  return napi_ok;
}

napi_status napi_adjust_external_memory(napi_env env, int64_t change_in_bytes,
                                        int64_t* adjusted_value) {
  NAPI_CHECK_ENV(env);
  env->external_memory += change_in_bytes;
  if (adjusted_value) *adjusted_value = env->external_memory;
  return NAPI_OK(env);
}

napi_status napi_get_uv_event_loop(napi_env env, struct uv_loop_s** loop) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, loop);
  *loop = &env->rt->loop;
  return NAPI_OK(env);
}

napi_status node_api_get_module_file_name(napi_env env, const char** result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  *result = env->filename;
  return NAPI_OK(env);
}
