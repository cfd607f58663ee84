/* Node-API errors and exceptions: creating Error/TypeError/RangeError/SyntaxError
 * with an optional code, throwing (the exception stays pending in the env until
 * the native callback returns to JS), and the fatal paths. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/js.h"
#include "napi_internal.h"

enum { KIND_ERROR, KIND_TYPE, KIND_RANGE, KIND_SYNTAX };

static napi_status make_error(napi_env env, int kind, JSValueRef code, JSValueRef msg,
                              JSValueRef* out) {
  JSValueRef args[3] = {JSValueMakeNumber(env->ctx, kind),
                        code ? code : JSValueMakeUndefined(env->ctx), msg};
  JSValueRef e = eddy_napi_helper(env, EDDY_NAPI_H_makeError, 3, args);
  if (!e) return napi_pending_exception;
  *out = e;
  return napi_ok;
}

static napi_status create(napi_env env, int kind, napi_value code, napi_value msg,
                          napi_value* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, msg);
  NAPI_CHECK_ARG(env, result);
  if (!JSValueIsString(env->ctx, V(msg))) return eddy_napi_status(env, napi_string_expected);
  if (code && !JSValueIsString(env->ctx, V(code)))
    return eddy_napi_status(env, napi_string_expected);
  JSValueRef e;
  napi_status s = make_error(env, kind, code ? V(code) : NULL, V(msg), &e);
  if (s != napi_ok) return s;
  *result = eddy_napi_track(env, e);
  return NAPI_OK(env);
}

napi_status napi_create_error(napi_env env, napi_value code, napi_value msg, napi_value* result) {
  return create(env, KIND_ERROR, code, msg, result);
}
napi_status napi_create_type_error(napi_env env, napi_value code, napi_value msg,
                                   napi_value* result) {
  return create(env, KIND_TYPE, code, msg, result);
}
napi_status napi_create_range_error(napi_env env, napi_value code, napi_value msg,
                                    napi_value* result) {
  return create(env, KIND_RANGE, code, msg, result);
}
napi_status node_api_create_syntax_error(napi_env env, napi_value code, napi_value msg,
                                         napi_value* result) {
  return create(env, KIND_SYNTAX, code, msg, result);
}

napi_status napi_throw(napi_env env, napi_value error) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, error);
  eddy_napi_exception(env, V(error));
  return NAPI_OK(env);
}

static napi_status throw_kind(napi_env env, int kind, const char* code, const char* msg) {
  NAPI_PREAMBLE(env);
  JSValueRef m = eddy_js_utf8(env->ctx, msg ? msg : "", msg ? strlen(msg) : 0);
  JSValueRef c = code ? eddy_js_utf8(env->ctx, code, strlen(code)) : NULL;
  JSValueRef e;
  napi_status s = make_error(env, kind, c, m, &e);
  if (s != napi_ok) return s;
  eddy_napi_exception(env, e);
  return NAPI_OK(env);
}

napi_status napi_throw_error(napi_env env, const char* code, const char* msg) {
  return throw_kind(env, KIND_ERROR, code, msg);
}
napi_status napi_throw_type_error(napi_env env, const char* code, const char* msg) {
  return throw_kind(env, KIND_TYPE, code, msg);
}
napi_status napi_throw_range_error(napi_env env, const char* code, const char* msg) {
  return throw_kind(env, KIND_RANGE, code, msg);
}
napi_status node_api_throw_syntax_error(napi_env env, const char* code, const char* msg) {
  return throw_kind(env, KIND_SYNTAX, code, msg);
}

napi_status napi_is_error(napi_env env, napi_value value, bool* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  JSValueRef arg = V(value);
  JSValueRef r = eddy_napi_helper(env, EDDY_NAPI_H_isError, 1, &arg);
  if (!r) return napi_pending_exception;
  *result = JSValueToBoolean(env->ctx, r);
  return NAPI_OK(env);
}

napi_status napi_is_exception_pending(napi_env env, bool* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  *result = env->pending_exception != NULL;
  return NAPI_OK(env);
}

napi_status napi_get_and_clear_last_exception(napi_env env, napi_value* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  if (env->pending_exception == NULL) return napi_get_undefined(env, result);
  JSValueRef exc = env->pending_exception;
  env->pending_exception = NULL;
  *result = eddy_napi_track(env, exc);
  JSValueUnprotect(env->ctx, exc);
  return NAPI_OK(env);
}

/* napi_fatal_exception: the error goes to 'uncaughtException' as if thrown from a
 * callback on the loop. */
napi_status napi_fatal_exception(napi_env env, napi_value err) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, err);
  eddy_runtime_uncaught(env->rt, V(err));
  return NAPI_OK(env);
}

void napi_fatal_error(const char* location, size_t location_len, const char* message,
                      size_t message_len) {
  if (location && location_len == NAPI_AUTO_LENGTH) location_len = strlen(location);
  if (message && message_len == NAPI_AUTO_LENGTH) message_len = strlen(message);
  fflush(stdout);
  fprintf(stderr, "FATAL ERROR: %.*s %.*s\n", location ? (int)location_len : 0,
          location ? location : "", message ? (int)message_len : 0, message ? message : "");
  fflush(stderr);
  abort();
}
