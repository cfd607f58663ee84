/* Node-API functions: native callbacks as JS functions, napi_get_cb_info,
 * napi_define_class, calling and constructing.
 *
 * A native function is a plain JS function made by lib/internal/napi.js around a
 * record object (class "napi_callback", holding env, callback and data): it calls
 * the binding's trampoline with the record, this, new.target and its arguments.
 * Being a real JS function it has Function.prototype, `name`, `prototype`, and
 * `new` gives it a `this` whose prototype is new.target.prototype, as in node. */
#include <stdlib.h>
#include <string.h>

#include "../util/check.h"
#include "../util/js.h"
#include "napi_internal.h"

typedef struct callback_record {
  napi_env env;
  napi_callback cb;
  void* data;
} callback_record;

struct napi_callback_info__ {
  JSValueRef this_arg;
  JSValueRef new_target;
  size_t argc;
  const JSValueRef* argv;
  void* data;
};

static void record_on_finalize(JSObjectRef object) { free(JSObjectGetPrivate(object)); }

JSClassRef eddy_napi_callback_class(void) {
  static _Atomic(JSClassRef) cls;
  if (!cls) {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "napi_callback";
    def.finalize = record_on_finalize;
    eddy_js_class_publish(&cls, JSClassCreate(&def));
  }
  return cls;
}

napi_status eddy_napi_define(napi_env env, JSObjectRef target, const napi_property_descriptor* p,
                             JSObjectRef receiver_class);

/* call(record, this, newTarget, ...args): runs the native callback. */
EDDY_JS_FN(eddy_napi_trampoline) {
  (void)function, (void)self;
  CHECK(argc >= 3);
  callback_record* rec = JSObjectGetPrivate((JSObjectRef)argv[0]);
  CHECK(rec != NULL);
  napi_env env = rec->env;
  if (env->disposed) return JSValueMakeUndefined(ctx);
  struct napi_callback_info__ info;
  info.this_arg = argv[1];
  /* Node-API callbacks see a sloppy-mode receiver: a missing one is the global
   * object, a primitive is boxed. */
  if (eddy_jsv_is_nullish(info.this_arg))
    info.this_arg = JSContextGetGlobalObject(env->ctx);
  else if (!eddy_jsv_is_cell(info.this_arg) || !JSValueIsObject(ctx, info.this_arg))
    info.this_arg = JSValueToObject(ctx, info.this_arg, NULL);
  info.new_target = (uintptr_t)argv[2] == EDDY_JSV_UNDEFINED ? NULL : argv[2];
  info.argc = argc - 3;
  info.argv = argv + 3;
  info.data = rec->data;
  size_t mark = env->handle_count;
  napi_value r = rec->cb(env, &info);
  JSValueRef result = r ? V(r) : JSValueMakeUndefined(ctx);
  eddy_napi_release_to(env, mark);
  if (env->pending_exception) {
    *exception = env->pending_exception;
    JSValueUnprotect(env->ctx, env->pending_exception);
    env->pending_exception = NULL;
    return NULL;
  }
  return result;
}

napi_status eddy_napi_make_function(napi_env env, JSValueRef name, napi_callback cb, void* data,
                                    JSObjectRef receiver_class, JSValueRef* result) {
  callback_record* rec = eddy_malloc(sizeof *rec);
  rec->env = env;
  rec->cb = cb;
  rec->data = data;
  JSValueRef args[3] = {
      JSObjectMake(env->ctx, eddy_napi_callback_class(), rec), name,
      receiver_class ? (JSValueRef)receiver_class : JSValueMakeUndefined(env->ctx)};
  JSValueRef f = eddy_napi_helper(env, EDDY_NAPI_H_makeFunction, 3, args);
  if (!f) return napi_pending_exception;
  *result = f;
  return napi_ok;
}

static JSValueRef name_value(napi_env env, const char* utf8name, size_t length) {
  if (utf8name == NULL) return eddy_js_cstr(env->ctx, "");
  if (length == NAPI_AUTO_LENGTH) length = strlen(utf8name);
  return eddy_js_utf8(env->ctx, utf8name, length);
}

napi_status napi_create_function(napi_env env, const char* utf8name, size_t length,
                                 napi_callback cb, void* data, napi_value* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  NAPI_CHECK_ARG(env, cb);
  JSValueRef f;
  napi_status s =
      eddy_napi_make_function(env, name_value(env, utf8name, length), cb, data, NULL, &f);
  if (s != napi_ok) return s;
  *result = eddy_napi_track(env, f);
  return NAPI_OK(env);
}

napi_status napi_get_cb_info(napi_env env, napi_callback_info cbinfo, size_t* argc,
                             napi_value* argv, napi_value* this_arg, void** data) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, cbinfo);
  if (argv != NULL) {
    NAPI_CHECK_ARG(env, argc);
    for (size_t i = 0; i < *argc; i++)
      argv[i] = i < cbinfo->argc ? (napi_value)cbinfo->argv[i]
                                 : (napi_value)JSValueMakeUndefined(env->ctx);
  }
  if (argc) *argc = cbinfo->argc;
  if (this_arg) *this_arg = (napi_value)cbinfo->this_arg;
  if (data) *data = cbinfo->data;
  return NAPI_OK(env);
}

napi_status napi_get_new_target(napi_env env, napi_callback_info cbinfo, napi_value* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, cbinfo);
  NAPI_CHECK_ARG(env, result);
  *result = (napi_value)cbinfo->new_target;
  return NAPI_OK(env);
}

napi_status napi_define_class(napi_env env, const char* utf8name, size_t length,
                              napi_callback constructor, void* data, size_t property_count,
                              const napi_property_descriptor* properties, napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, result);
  NAPI_CHECK_ARG(env, constructor);
  NAPI_CHECK_ARG(env, utf8name);
  if (property_count > 0) NAPI_CHECK_ARG(env, properties);
  JSValueRef f;
  napi_status s =
      eddy_napi_make_function(env, name_value(env, utf8name, length), constructor, data, NULL, &f);
  if (s != napi_ok) return s;
  napi_value fv = eddy_napi_track(env, f);
  JSObjectRef ctor = O(fv);
  JSValueRef proto = eddy_js_get(env->ctx, ctor, "prototype");
  CHECK(JSValueIsObject(env->ctx, proto));
  for (size_t i = 0; i < property_count; i++) {
    const napi_property_descriptor* p = &properties[i];
    bool is_static = (p->attributes & napi_static) != 0;
    s = eddy_napi_define(env, is_static ? ctor : (JSObjectRef)proto, p, is_static ? NULL : ctor);
    if (s != napi_ok) return s;
  }
  *result = fv;
  return NAPI_OK(env);
}

napi_status napi_call_function(napi_env env, napi_value recv, napi_value func, size_t argc,
                               const napi_value* argv, napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, recv);
  NAPI_CHECK_ARG(env, func);
  if (argc > 0) NAPI_CHECK_ARG(env, argv);
  if (!JSValueIsObject(env->ctx, V(func)) || !JSObjectIsFunction(env->ctx, O(func)))
    return eddy_napi_status(env, napi_function_expected);
  JSValueRef r;
  if (JSValueIsObject(env->ctx, V(recv))) {
    JSValueRef exc = NULL;
    r = JSObjectCallAsFunction(env->ctx, O(func), O(recv), argc, (const JSValueRef*)argv, &exc);
    if (exc) return eddy_napi_exception(env, exc);
  } else {
    /* A primitive receiver (undefined for a plain call) goes through JS, since
     * JSC's C API would substitute the global object. */
    JSValueRef small[8];
    JSValueRef* args = argc + 2 <= 8 ? small : eddy_malloc((argc + 2) * sizeof *args);
    args[0] = V(func);
    args[1] = V(recv);
    for (size_t i = 0; i < argc; i++) args[i + 2] = V(argv[i]);
    r = eddy_napi_helper(env, EDDY_NAPI_H_callWith, argc + 2, args);
    if (args != small) free(args);
    if (!r) return napi_pending_exception;
  }
  if (result) *result = eddy_napi_track(env, r);
  return NAPI_OK(env);
}

napi_status napi_new_instance(napi_env env, napi_value constructor, size_t argc,
                              const napi_value* argv, napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, constructor);
  NAPI_CHECK_ARG(env, result);
  if (argc > 0) NAPI_CHECK_ARG(env, argv);
  if (!JSValueIsObject(env->ctx, V(constructor)) ||
      !JSObjectIsConstructor(env->ctx, O(constructor)))
    return eddy_napi_status(env, napi_function_expected);
  JSValueRef exc = NULL;
  JSObjectRef r =
      JSObjectCallAsConstructor(env->ctx, O(constructor), argc, (const JSValueRef*)argv, &exc);
  if (exc) return eddy_napi_exception(env, exc);
  *result = eddy_napi_track(env, r);
  return NAPI_OK(env);
}

napi_status napi_run_script(napi_env env, napi_value script, napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, script);
  NAPI_CHECK_ARG(env, result);
  if (!JSValueIsString(env->ctx, V(script))) return eddy_napi_status(env, napi_string_expected);
  JSStringRef src = JSValueToStringCopy(env->ctx, V(script), NULL);
  JSValueRef exc = NULL;
  JSValueRef r = JSEvaluateScript(env->ctx, src, NULL, NULL, 1, &exc);
  JSStringRelease(src);
  if (exc) return eddy_napi_exception(env, exc);
  *result = eddy_napi_track(env, r);
  return NAPI_OK(env);
}
