/* Node-API promises: a deferred holds the promise's resolve and reject functions,
 * protected until one of them is used. */
#include <stdlib.h>

#include "../util/check.h"
#include "napi_internal.h"

struct napi_deferred__ {
  JSObjectRef resolve;
  JSObjectRef reject;
};

napi_status napi_create_promise(napi_env env, napi_deferred* deferred, napi_value* promise) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, deferred);
  NAPI_CHECK_ARG(env, promise);
  JSObjectRef resolve, reject;
  JSValueRef exc = NULL;
  JSObjectRef p = JSObjectMakeDeferredPromise(env->ctx, &resolve, &reject, &exc);
  if (exc) return eddy_napi_exception(env, exc);
  napi_deferred d = eddy_malloc(sizeof *d);
  d->resolve = resolve;
  d->reject = reject;
  JSValueProtect(env->ctx, resolve);
  JSValueProtect(env->ctx, reject);
  *deferred = d;
  *promise = eddy_napi_track(env, p);
  return NAPI_OK(env);
}

static napi_status conclude(napi_env env, napi_deferred d, napi_value value, bool ok) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, d);
  NAPI_CHECK_ARG(env, value);
  JSValueRef exc = NULL, arg = V(value);
  JSObjectCallAsFunction(env->ctx, ok ? d->resolve : d->reject, NULL, 1, &arg, &exc);
  JSValueUnprotect(env->ctx, d->resolve);
  JSValueUnprotect(env->ctx, d->reject);
  free(d);
  if (exc) return eddy_napi_exception(env, exc);
  return NAPI_OK(env);
}

napi_status napi_resolve_deferred(napi_env env, napi_deferred deferred, napi_value resolution) {
  return conclude(env, deferred, resolution, true);
}

napi_status napi_reject_deferred(napi_env env, napi_deferred deferred, napi_value rejection) {
  return conclude(env, deferred, rejection, false);
}

napi_status napi_is_promise(napi_env env, napi_value value, bool* is_promise) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, is_promise);
  JSValueRef arg = V(value);
  JSValueRef r = eddy_napi_helper(env, EDDY_NAPI_H_isPromise, 1, &arg);
  if (!r) return napi_pending_exception;
  *is_promise = JSValueToBoolean(env->ctx, r);
  return NAPI_OK(env);
}
