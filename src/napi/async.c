/* Node-API's asynchronous pieces on libuv: async work (execute on the thread pool,
 * complete on the loop), thread-safe functions (a queue drained by a uv_async on
 * the loop), napi_make_callback and async contexts, and the versions. Everything
 * that enters JS from the loop reports a pending exception as uncaught and then
 * drains nextTicks and promise jobs, as eddy_runtime_call does. */
#include <stdlib.h>

#include "../util/check.h"
#include "napi_internal.h"

/* After native code ran JS from the loop: the exception it left pending goes to
 * 'uncaughtException', then the tick and microtask queues run. */
static void after_loop_callback(napi_env env, size_t mark) {
  eddy_napi_release_to(env, mark);
  if (env->pending_exception) {
    JSValueRef exc = env->pending_exception;
    env->pending_exception = NULL;
    eddy_runtime_uncaught(env->rt, exc);
    JSValueUnprotect(env->ctx, exc);
  }
  eddy_runtime_drain_ticks(env->rt);
}

/* Async work. */
struct napi_async_work__ {
  uv_work_t req;
  napi_env env;
  napi_async_execute_callback execute;
  napi_async_complete_callback complete;
  void* data;
};

static void work_on_run(uv_work_t* req) {
  napi_async_work w = req->data;
  w->execute(w->env, w->data);
}

static void work_on_done(uv_work_t* req, int status) {
  napi_async_work w = req->data;
  napi_env env = w->env;
  if (w->complete == NULL || env->disposed) return;
  size_t mark = env->handle_count;
  /* complete may delete w: nothing of it is read after this call. */
  w->complete(env, status == UV_ECANCELED ? napi_cancelled : napi_ok, w->data);
  after_loop_callback(env, mark);
}

napi_status napi_create_async_work(napi_env env, napi_value async_resource,
                                   napi_value async_resource_name,
                                   napi_async_execute_callback execute,
                                   napi_async_complete_callback complete, void* data,
                                   napi_async_work* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, execute);
  NAPI_CHECK_ARG(env, result);
  napi_async_work w = eddy_malloc(sizeof *w);
  w->req.data = w;
  w->env = env;
  w->execute = execute;
  w->complete = complete;
  w->data = data;
  *result = w;
  return NAPI_OK(env);
}

napi_status napi_delete_async_work(napi_env env, napi_async_work work) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, work);
  free(work);
  return NAPI_OK(env);
}

napi_status napi_queue_async_work(napi_env env, napi_async_work work) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, work);
  if (uv_queue_work(&env->rt->loop, &work->req, work_on_run, work_on_done) != 0)
    return eddy_napi_status(env, napi_generic_failure);
  return NAPI_OK(env);
}

napi_status napi_cancel_async_work(napi_env env, napi_async_work work) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, work);
  if (uv_cancel((uv_req_t*)&work->req) != 0) return eddy_napi_status(env, napi_generic_failure);
  return NAPI_OK(env);
}

/* Thread-safe functions. */
typedef struct tsfn_item {
  void* data;
  struct tsfn_item* next;
} tsfn_item;

struct napi_threadsafe_function__ {
  napi_env env;
  uv_async_t async;
  uv_mutex_t lock;
  uv_cond_t space; /* signalled when the queue shrinks or the function closes */
  tsfn_item *head, *tail;
  size_t size, max;
  size_t threads;
  bool aborted;
  bool finalized;
  bool env_gone; /* the env ended: the handle is closing or closed, never signal it */
  struct napi_threadsafe_function__* next; /* the env's open functions */
  JSValueRef func;                         /* protected, or NULL */
  void* context;
  napi_threadsafe_function_call_js call_js;
  void* finalize_data;
  napi_finalize finalize_cb;
};

static void tsfn_unlink(napi_threadsafe_function f) {
  for (napi_threadsafe_function* p = &f->env->tsfns; *p; p = &(*p)->next) {
    if (*p == f) {
      *p = f->next;
      break;
    }
  }
}

/* At env teardown: every open function turns to napi_closing for the threads
 * still holding it. Its memory stays, since those threads may call it later. */
void eddy_napi_tsfn_env_gone(napi_env env) {
  for (napi_threadsafe_function f = env->tsfns; f; f = f->next) {
    uv_mutex_lock(&f->lock);
    f->aborted = true;
    f->env_gone = true;
    uv_cond_broadcast(&f->space);
    uv_mutex_unlock(&f->lock);
  }
  env->tsfns = NULL;
}

static void tsfn_on_close(uv_handle_t* handle) {
  napi_threadsafe_function f = handle->data;
  uv_mutex_destroy(&f->lock);
  uv_cond_destroy(&f->space);
  free(f);
}

static void tsfn_call_one(napi_threadsafe_function f, void* data) {
  napi_env env = f->env;
  if (f->call_js) {
    f->call_js(env, (napi_value)f->func, f->context, data);
  } else if (f->func) {
    napi_value undef;
    napi_get_undefined(env, &undef);
    napi_call_function(env, undef, (napi_value)f->func, 0, NULL, NULL);
  }
}

/* Ends the function once no thread holds it (or it was aborted): the remaining
 * queued items go to call_js with a NULL env so their data can be freed, as in
 * node; then the finalizer runs and the handle closes. */
static void tsfn_finalize(napi_threadsafe_function f) {
  napi_env env = f->env;
  f->finalized = true;
  tsfn_unlink(f);
  for (tsfn_item* it = f->head; it;) {
    tsfn_item* n = it->next;
    if (f->call_js) f->call_js(NULL, NULL, f->context, it->data);
    free(it);
    it = n;
  }
  f->head = f->tail = NULL;
  size_t mark = env->handle_count;
  if (f->finalize_cb) f->finalize_cb(env, f->finalize_data, f->context);
  if (f->func) JSValueUnprotect(env->ctx, f->func);
  f->func = NULL;
  after_loop_callback(env, mark);
  uv_close((uv_handle_t*)&f->async, tsfn_on_close);
}

static void tsfn_on_async(uv_async_t* async) {
  napi_threadsafe_function f = async->data;
  napi_env env = f->env;
  if (f->finalized || env->disposed) return;
  for (;;) {
    uv_mutex_lock(&f->lock);
    if (f->aborted || f->head == NULL) {
      bool done = f->aborted || f->threads == 0;
      uv_mutex_unlock(&f->lock);
      if (done) tsfn_finalize(f);
      return;
    }
    tsfn_item* it = f->head;
    f->head = it->next;
    if (!f->head) f->tail = NULL;
    f->size--;
    uv_cond_signal(&f->space);
    uv_mutex_unlock(&f->lock);
    size_t mark = env->handle_count;
    tsfn_call_one(f, it->data);
    free(it);
    after_loop_callback(env, mark);
  }
}

napi_status napi_create_threadsafe_function(napi_env env, napi_value func,
                                            napi_value async_resource,
                                            napi_value async_resource_name, size_t max_queue_size,
                                            size_t initial_thread_count, void* thread_finalize_data,
                                            napi_finalize thread_finalize_cb, void* context,
                                            napi_threadsafe_function_call_js call_js_cb,
                                            napi_threadsafe_function* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, async_resource_name);
  NAPI_CHECK_ARG(env, result);
  if (initial_thread_count == 0) return eddy_napi_status(env, napi_invalid_arg);
  if (func == NULL) {
    if (call_js_cb == NULL) return eddy_napi_status(env, napi_invalid_arg);
  } else if (!JSValueIsObject(env->ctx, V(func)) || !JSObjectIsFunction(env->ctx, O(func))) {
    return eddy_napi_status(env, napi_function_expected);
  }
  napi_threadsafe_function f = calloc(1, sizeof *f);
  CHECK(f != NULL);
  f->env = env;
  f->max = max_queue_size;
  f->threads = initial_thread_count;
  f->func = func ? V(func) : NULL;
  if (f->func) JSValueProtect(env->ctx, f->func);
  f->context = context;
  f->call_js = call_js_cb;
  f->finalize_data = thread_finalize_data;
  f->finalize_cb = thread_finalize_cb;
  CHECK_EQ(uv_mutex_init(&f->lock), 0);
  CHECK_EQ(uv_cond_init(&f->space), 0);
  CHECK_EQ(uv_async_init(&env->rt->loop, &f->async, tsfn_on_async), 0);
  f->async.data = f;
  f->next = env->tsfns;
  env->tsfns = f;
  *result = f;
  return NAPI_OK(env);
}

napi_status napi_get_threadsafe_function_context(napi_threadsafe_function func, void** result) {
  if (func == NULL || result == NULL) return napi_invalid_arg;
  *result = func->context;
  return napi_ok;
}

napi_status napi_call_threadsafe_function(napi_threadsafe_function func, void* data,
                                          napi_threadsafe_function_call_mode is_blocking) {
  if (func == NULL) return napi_invalid_arg;
  uv_mutex_lock(&func->lock);
  while (!func->aborted && func->max != 0 && func->size >= func->max) {
    if (is_blocking != napi_tsfn_blocking) {
      uv_mutex_unlock(&func->lock);
      return napi_queue_full;
    }
    uv_cond_wait(&func->space, &func->lock);
  }
  if (func->aborted || func->threads == 0) {
    uv_mutex_unlock(&func->lock);
    return napi_closing;
  }
  tsfn_item* it = eddy_malloc(sizeof *it);
  it->data = data;
  it->next = NULL;
  if (func->tail)
    func->tail->next = it;
  else
    func->head = it;
  func->tail = it;
  func->size++;
  /* Signalled under the lock: env teardown takes it before the handle closes. */
  uv_async_send(&func->async);
  uv_mutex_unlock(&func->lock);
  return napi_ok;
}

napi_status napi_acquire_threadsafe_function(napi_threadsafe_function func) {
  if (func == NULL) return napi_invalid_arg;
  uv_mutex_lock(&func->lock);
  napi_status s = napi_ok;
  if (func->aborted)
    s = napi_closing;
  else
    func->threads++;
  uv_mutex_unlock(&func->lock);
  return s;
}

napi_status napi_release_threadsafe_function(napi_threadsafe_function func,
                                             napi_threadsafe_function_release_mode mode) {
  if (func == NULL) return napi_invalid_arg;
  uv_mutex_lock(&func->lock);
  if (func->threads == 0) {
    uv_mutex_unlock(&func->lock);
    return napi_invalid_arg;
  }
  func->threads--;
  if (mode == napi_tsfn_abort) func->aborted = true;
  bool wake = func->threads == 0 || func->aborted;
  if (func->aborted) uv_cond_broadcast(&func->space);
  if (wake && !func->env_gone) uv_async_send(&func->async);
  uv_mutex_unlock(&func->lock);
  return napi_ok;
}

napi_status napi_unref_threadsafe_function(napi_env env, napi_threadsafe_function func) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, func);
  if (!func->finalized) uv_unref((uv_handle_t*)&func->async);
  return NAPI_OK(env);
}

napi_status napi_ref_threadsafe_function(napi_env env, napi_threadsafe_function func) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, func);
  if (!func->finalized) uv_ref((uv_handle_t*)&func->async);
  return NAPI_OK(env);
}

/* Async contexts and callback scopes: eddy has no async_hooks resources for native
 * code, so a context is a token and make_callback is a call plus the tick drain
 * node's MakeCallback does when it is the outermost callback. */
napi_status napi_async_init(napi_env env, napi_value async_resource, napi_value async_resource_name,
                            napi_async_context* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, async_resource_name);
  NAPI_CHECK_ARG(env, result);
  *result = (napi_async_context)env;
  return NAPI_OK(env);
}

napi_status napi_async_destroy(napi_env env, napi_async_context async_context) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, async_context);
  return NAPI_OK(env);
}

napi_status napi_make_callback(napi_env env, napi_async_context async_context, napi_value recv,
                               napi_value func, size_t argc, const napi_value* argv,
                               napi_value* result) {
  napi_status s = napi_call_function(env, recv, func, argc, argv, result);
  if (s == napi_ok) eddy_runtime_drain_ticks(env->rt);
  return s;
}

napi_status napi_open_callback_scope(napi_env env, napi_value resource_object,
                                     napi_async_context context, napi_callback_scope* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  *result = (napi_callback_scope)env;
  return NAPI_OK(env);
}

napi_status napi_close_callback_scope(napi_env env, napi_callback_scope scope) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, scope);
  eddy_runtime_drain_ticks(env->rt);
  return NAPI_OK(env);
}

/* The Node-API version node 24 reports (process.versions.napi). */
napi_status napi_get_version(napi_env env, uint32_t* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  *result = 10;
  return NAPI_OK(env);
}
