/* Node-API object lifetimes: externals, napi_wrap/unwrap/remove_wrap,
 * napi_add_finalizer and references (strong while counted, a JS WeakRef at zero).
 *
 * Native finalizers never run inside JSC's garbage collection: the holder object's
 * JSC finalizer only queues them (env.c), and they run from a uv_async on the
 * loop, with a handle scope, where they may call back into Node-API. A holder is
 * tied to its JS object through a WeakMap in lib/internal/napi.js, so it is
 * collected exactly when the object is. */
#include <stdlib.h>

#include "../util/check.h"
#include "../util/js.h"
#include "napi_internal.h"

typedef struct holder {
  napi_env env;
  void* data;
  napi_finalize cb;
  void* hint;
} holder;

static void holder_on_finalize(JSObjectRef object) {
  holder* h = JSObjectGetPrivate(object);
  if (h == NULL) return;
  if (h->cb) eddy_napi_defer_finalizer(h->env, h->cb, h->data, h->hint);
  free(h);
}

static JSClassRef make_class(_Atomic(JSClassRef)* slot, const char* name) {
  if (!*slot) {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = name;
    def.finalize = holder_on_finalize;
    eddy_js_class_publish(slot, JSClassCreate(&def));
  }
  return *slot;
}

JSClassRef eddy_napi_external_class(void) {
  static _Atomic(JSClassRef) cls;
  return make_class(&cls, "Object");
}

static JSClassRef holder_class(void) {
  static _Atomic(JSClassRef) cls;
  return make_class(&cls, "napi_finalizer");
}

static holder* new_holder(napi_env env, napi_finalize cb, void* data, void* hint) {
  holder* h = eddy_malloc(sizeof *h);
  h->env = env;
  h->data = data;
  h->cb = cb;
  h->hint = hint;
  return h;
}

JSObjectRef eddy_napi_finalizer_holder(napi_env env, napi_finalize cb, void* data, void* hint) {
  return JSObjectMake(env->ctx, holder_class(), new_holder(env, cb, data, hint));
}

napi_status napi_create_external(napi_env env, void* data, napi_finalize finalize_cb,
                                 void* finalize_hint, napi_value* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  JSObjectRef o = JSObjectMake(env->ctx, eddy_napi_external_class(),
                               new_holder(env, finalize_cb, data, finalize_hint));
  *result = eddy_napi_track(env, o);
  return NAPI_OK(env);
}

napi_status napi_get_value_external(napi_env env, napi_value value, void** result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  if (!JSValueIsObjectOfClass(env->ctx, V(value), eddy_napi_external_class()))
    return eddy_napi_status(env, napi_invalid_arg);
  holder* h = JSObjectGetPrivate(O(value));
  *result = h ? h->data : NULL;
  return NAPI_OK(env);
}

/* The wrap holder of object, or NULL (with *status set when a helper threw). */
static holder* wrap_holder(napi_env env, napi_value object, JSValueRef* holder_obj,
                           napi_status* status) {
  JSValueRef arg = V(object);
  JSValueRef h = eddy_napi_helper(env, EDDY_NAPI_H_wrapGet, 1, &arg);
  *status = h ? napi_ok : napi_pending_exception;
  if (!h || !JSValueIsObjectOfClass(env->ctx, h, holder_class())) return NULL;
  if (holder_obj) *holder_obj = h;
  return JSObjectGetPrivate((JSObjectRef)h);
}

napi_status napi_wrap(napi_env env, napi_value js_object, void* native_object,
                      napi_finalize finalize_cb, void* finalize_hint, napi_ref* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, js_object);
  if (!JSValueIsObject(env->ctx, V(js_object))) return eddy_napi_status(env, napi_object_expected);
  napi_status s;
  if (wrap_holder(env, js_object, NULL, &s)) return eddy_napi_status(env, napi_invalid_arg);
  if (s != napi_ok) return s;
  JSValueRef args[2] = {V(js_object),
                        eddy_napi_finalizer_holder(env, finalize_cb, native_object, finalize_hint)};
  if (!eddy_napi_helper(env, EDDY_NAPI_H_wrapSet, 2, args)) return napi_pending_exception;
  if (result) return napi_create_reference(env, js_object, 0, result);
  return NAPI_OK(env);
}

napi_status napi_unwrap(napi_env env, napi_value js_object, void** result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, js_object);
  NAPI_CHECK_ARG(env, result);
  if (!JSValueIsObject(env->ctx, V(js_object))) return eddy_napi_status(env, napi_object_expected);
  napi_status s;
  holder* h = wrap_holder(env, js_object, NULL, &s);
  if (s != napi_ok) return s;
  if (!h) return eddy_napi_status(env, napi_invalid_arg);
  *result = h->data;
  return NAPI_OK(env);
}

napi_status napi_remove_wrap(napi_env env, napi_value js_object, void** result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, js_object);
  if (!JSValueIsObject(env->ctx, V(js_object))) return eddy_napi_status(env, napi_object_expected);
  napi_status s;
  holder* h = wrap_holder(env, js_object, NULL, &s);
  if (s != napi_ok) return s;
  if (!h) return eddy_napi_status(env, napi_invalid_arg);
  if (result) *result = h->data;
  h->cb = NULL; /* removing a wrap never runs its finalizer */
  JSValueRef arg = V(js_object);
  if (!eddy_napi_helper(env, EDDY_NAPI_H_wrapDelete, 1, &arg)) return napi_pending_exception;
  return NAPI_OK(env);
}

napi_status napi_add_finalizer(napi_env env, napi_value js_object, void* finalize_data,
                               napi_finalize finalize_cb, void* finalize_hint, napi_ref* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, js_object);
  NAPI_CHECK_ARG(env, finalize_cb);
  if (!JSValueIsObject(env->ctx, V(js_object))) return eddy_napi_status(env, napi_object_expected);
  JSValueRef args[2] = {V(js_object),
                        eddy_napi_finalizer_holder(env, finalize_cb, finalize_data, finalize_hint)};
  if (!eddy_napi_helper(env, EDDY_NAPI_H_addFinalizer, 2, args)) return napi_pending_exception;
  if (result) return napi_create_reference(env, js_object, 0, result);
  return NAPI_OK(env);
}

/* References. */
struct napi_ref__ {
  JSValueRef value; /* protected: the value while counted, or a non-object */
  JSValueRef weak;  /* protected WeakRef to the object at count zero, else NULL */
  uint32_t count;
};

static bool weakable(napi_env env, JSValueRef v) { return JSValueIsObject(env->ctx, v); }

static napi_status make_weak(napi_env env, napi_ref ref) {
  JSValueRef arg = ref->value;
  JSValueRef w = eddy_napi_helper(env, EDDY_NAPI_H_weakRef, 1, &arg);
  if (!w) return napi_pending_exception;
  JSValueProtect(env->ctx, w);
  JSValueUnprotect(env->ctx, ref->value);
  ref->weak = w;
  ref->value = NULL;
  return napi_ok;
}

/* The referenced value, or NULL once collected. */
static JSValueRef ref_target(napi_env env, napi_ref ref) {
  if (ref->weak == NULL) return ref->value;
  JSValueRef arg = ref->weak;
  JSValueRef v = eddy_napi_helper(env, EDDY_NAPI_H_deref, 1, &arg);
  return v && !JSValueIsUndefined(env->ctx, v) ? v : NULL;
}

napi_status napi_create_reference(napi_env env, napi_value value, uint32_t initial_refcount,
                                  napi_ref* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  /* Before Node-API 10, only objects, functions and symbols can be referenced. */
  napi_valuetype t;
  napi_typeof(env, value, &t);
  if (env->module_api_version < 10 && t != napi_object && t != napi_function && t != napi_symbol &&
      t != napi_external)
    return eddy_napi_status(env, napi_invalid_arg);
  napi_ref ref = eddy_malloc(sizeof *ref);
  ref->value = V(value);
  ref->weak = NULL;
  ref->count = initial_refcount;
  JSValueProtect(env->ctx, ref->value);
  if (initial_refcount == 0 && weakable(env, ref->value)) {
    napi_status s = make_weak(env, ref);
    if (s != napi_ok) {
      JSValueUnprotect(env->ctx, ref->value);
      free(ref);
      return s;
    }
  }
  *result = ref;
  return NAPI_OK(env);
}

napi_status napi_delete_reference(napi_env env, napi_ref ref) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, ref);
  if (ref->value) JSValueUnprotect(env->ctx, ref->value);
  if (ref->weak) JSValueUnprotect(env->ctx, ref->weak);
  free(ref);
  return NAPI_OK(env);
}

napi_status napi_reference_ref(napi_env env, napi_ref ref, uint32_t* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, ref);
  if (ref->count == 0 && ref->weak) {
    JSValueRef v = ref_target(env, ref);
    if (v) {
      JSValueProtect(env->ctx, v);
      ref->value = v;
      JSValueUnprotect(env->ctx, ref->weak);
      ref->weak = NULL;
    }
  }
  ref->count++;
  if (result) *result = ref->count;
  return NAPI_OK(env);
}

napi_status napi_reference_unref(napi_env env, napi_ref ref, uint32_t* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, ref);
  if (ref->count == 0) return eddy_napi_status(env, napi_generic_failure);
  ref->count--;
  if (ref->count == 0 && ref->value && weakable(env, ref->value)) {
    napi_status s = make_weak(env, ref);
    if (s != napi_ok) return s;
  }
  if (result) *result = ref->count;
  return NAPI_OK(env);
}

napi_status napi_get_reference_value(napi_env env, napi_ref ref, napi_value* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, ref);
  NAPI_CHECK_ARG(env, result);
  JSValueRef v = ref_target(env, ref);
  *result = v ? eddy_napi_track(env, v) : NULL;
  return NAPI_OK(env);
}
