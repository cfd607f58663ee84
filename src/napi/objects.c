/* Node-API objects and arrays: creation, property get/set/has/delete by key, name
 * and index, define_properties, property-name listing, prototypes, instanceof,
 * freeze/seal and type tags. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/check.h"
#include "../util/js.h"
#include "napi_internal.h"

/* Creates the function for a descriptor's method, getter or setter (functions.c). */
napi_status eddy_napi_make_function(napi_env env, JSValueRef name, napi_callback cb, void* data,
                                    JSObjectRef receiver_class, JSValueRef* result);

napi_status napi_create_object(napi_env env, napi_value* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  *result = eddy_napi_track(env, JSObjectMake(env->ctx, NULL, NULL));
  return NAPI_OK(env);
}

napi_status napi_create_array(napi_env env, napi_value* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  *result = eddy_napi_track(env, eddy_js_array_new(env->ctx));
  return NAPI_OK(env);
}

napi_status napi_create_array_with_length(napi_env env, size_t length, napi_value* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  JSObjectRef a = eddy_js_array_new(env->ctx);
  JSStringRef len = JSStringCreateWithUTF8CString("length");
  JSObjectSetProperty(env->ctx, a, len,
                      JSValueMakeNumber(env->ctx, length > UINT32_MAX ? 0 : (double)length),
                      kJSPropertyAttributeNone, NULL);
  JSStringRelease(len);
  *result = eddy_napi_track(env, a);
  return NAPI_OK(env);
}

/* Experimental in node 24: an object with a given prototype (null or NULL: none)
 * and own enumerable, writable, configurable data properties, in order. */
napi_status napi_create_object_with_properties(napi_env env, napi_value prototype_or_null,
                                               const napi_value* property_names,
                                               const napi_value* property_values,
                                               size_t property_count, napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, result);
  if (property_count > 0) {
    NAPI_CHECK_ARG(env, property_names);
    NAPI_CHECK_ARG(env, property_values);
  }
  JSContextRef ctx = env->ctx;
  JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
  if (prototype_or_null == NULL || JSValueIsNull(ctx, V(prototype_or_null)))
    JSObjectSetPrototype(ctx, o, JSValueMakeNull(ctx));
  else if (JSValueIsObject(ctx, V(prototype_or_null)))
    JSObjectSetPrototype(ctx, o, V(prototype_or_null));
  else
    return eddy_napi_status(env, napi_invalid_arg);
  napi_value ov = eddy_napi_track(env, o);
  for (size_t i = 0; i < property_count; i++) {
    JSValueRef exc = NULL;
    JSObjectSetPropertyForKey(ctx, o, V(property_names[i]), V(property_values[i]),
                              kJSPropertyAttributeNone, &exc);
    if (exc) return eddy_napi_exception(env, exc);
  }
  *result = ov;
  return NAPI_OK(env);
}

napi_status napi_is_array(napi_env env, napi_value value, bool* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  *result = JSValueIsArray(env->ctx, V(value));
  return NAPI_OK(env);
}

napi_status napi_get_array_length(napi_env env, napi_value value, uint32_t* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  if (!JSValueIsArray(env->ctx, V(value))) return eddy_napi_status(env, napi_array_expected);
  JSValueRef len = eddy_js_get(env->ctx, O(value), "length");
  *result = JSValueToUInt32(env->ctx, len, NULL);
  return NAPI_OK(env);
}

/* The object a property operation works on: like node's, primitives are boxed
 * (ToObject), and undefined or null leaves ToObject's TypeError pending and is
 * napi_object_expected. */
static napi_status to_object_failed(napi_env env) {
  JSValueRef args[3] = {JSValueMakeNumber(env->ctx, 1), JSValueMakeUndefined(env->ctx),
                        eddy_js_cstr(env->ctx, "Cannot convert undefined or null to object")};
  JSValueRef e = eddy_napi_helper(env, EDDY_NAPI_H_makeError, 3, args);
  if (e) eddy_napi_exception(env, e);
  return eddy_napi_status(env, napi_object_expected);
}

#define OBJECT_ARG(env, value, obj)                                                            \
  JSObjectRef obj;                                                                             \
  do {                                                                                         \
    NAPI_CHECK_ARG(env, value);                                                                \
    if (JSValueIsUndefined((env)->ctx, V(value)) || JSValueIsNull((env)->ctx, V(value)))       \
      return to_object_failed(env);                                                            \
    obj = JSValueIsObject((env)->ctx, V(value)) ? O(value)                                     \
                                                : JSValueToObject((env)->ctx, V(value), NULL); \
  } while (0)

/* The keyed operations behind the property, named-property and element functions:
 * obj is the object, key any property key (a string, symbol or number). */
static napi_status set_key(napi_env env, JSObjectRef obj, JSValueRef key, JSValueRef value) {
  JSValueRef exc = NULL;
  JSObjectSetPropertyForKey(env->ctx, obj, key, value, kJSPropertyAttributeNone, &exc);
  if (exc) return eddy_napi_exception(env, exc);
  return NAPI_OK(env);
}

static napi_status get_key(napi_env env, JSObjectRef obj, JSValueRef key, napi_value* result) {
  JSValueRef exc = NULL;
  JSValueRef r = JSObjectGetPropertyForKey(env->ctx, obj, key, &exc);
  if (exc) return eddy_napi_exception(env, exc);
  *result = eddy_napi_track(env, r);
  return NAPI_OK(env);
}

static napi_status has_key(napi_env env, JSObjectRef obj, JSValueRef key, bool* result) {
  JSValueRef exc = NULL;
  *result = JSObjectHasPropertyForKey(env->ctx, obj, key, &exc);
  if (exc) return eddy_napi_exception(env, exc);
  return NAPI_OK(env);
}

static napi_status delete_key(napi_env env, JSObjectRef obj, JSValueRef key, bool* result) {
  JSValueRef exc = NULL;
  bool ok = JSObjectDeletePropertyForKey(env->ctx, obj, key, &exc);
  if (exc) return eddy_napi_exception(env, exc);
  if (result) *result = ok;
  return NAPI_OK(env);
}

static JSValueRef name_key(napi_env env, const char* utf8name) {
  return eddy_js_utf8(env->ctx, utf8name, strlen(utf8name));
}

napi_status napi_set_property(napi_env env, napi_value object, napi_value key, napi_value value) {
  NAPI_PREAMBLE(env);
  OBJECT_ARG(env, object, obj);
  NAPI_CHECK_ARG(env, key);
  NAPI_CHECK_ARG(env, value);
  return set_key(env, obj, V(key), V(value));
}

napi_status napi_get_property(napi_env env, napi_value object, napi_value key, napi_value* result) {
  NAPI_PREAMBLE(env);
  OBJECT_ARG(env, object, obj);
  NAPI_CHECK_ARG(env, key);
  NAPI_CHECK_ARG(env, result);
  return get_key(env, obj, V(key), result);
}

napi_status napi_has_property(napi_env env, napi_value object, napi_value key, bool* result) {
  NAPI_PREAMBLE(env);
  OBJECT_ARG(env, object, obj);
  NAPI_CHECK_ARG(env, key);
  NAPI_CHECK_ARG(env, result);
  return has_key(env, obj, V(key), result);
}

napi_status napi_delete_property(napi_env env, napi_value object, napi_value key, bool* result) {
  NAPI_PREAMBLE(env);
  OBJECT_ARG(env, object, obj);
  NAPI_CHECK_ARG(env, key);
  return delete_key(env, obj, V(key), result);
}

napi_status napi_has_own_property(napi_env env, napi_value object, napi_value key, bool* result) {
  NAPI_PREAMBLE(env);
  OBJECT_ARG(env, object, obj);
  NAPI_CHECK_ARG(env, key);
  NAPI_CHECK_ARG(env, result);
  if (!JSValueIsString(env->ctx, V(key)) && !JSValueIsSymbol(env->ctx, V(key)))
    return eddy_napi_status(env, napi_name_expected);
  JSValueRef args[2] = {obj, V(key)};
  JSValueRef r = eddy_napi_helper(env, EDDY_NAPI_H_hasOwn, 2, args);
  if (!r) return napi_pending_exception;
  *result = JSValueToBoolean(env->ctx, r);
  return NAPI_OK(env);
}

napi_status napi_set_named_property(napi_env env, napi_value object, const char* utf8name,
                                    napi_value value) {
  NAPI_PREAMBLE(env);
  OBJECT_ARG(env, object, obj);
  NAPI_CHECK_ARG(env, utf8name);
  NAPI_CHECK_ARG(env, value);
  return set_key(env, obj, name_key(env, utf8name), V(value));
}

napi_status napi_get_named_property(napi_env env, napi_value object, const char* utf8name,
                                    napi_value* result) {
  NAPI_PREAMBLE(env);
  OBJECT_ARG(env, object, obj);
  NAPI_CHECK_ARG(env, utf8name);
  NAPI_CHECK_ARG(env, result);
  return get_key(env, obj, name_key(env, utf8name), result);
}

napi_status napi_has_named_property(napi_env env, napi_value object, const char* utf8name,
                                    bool* result) {
  NAPI_PREAMBLE(env);
  OBJECT_ARG(env, object, obj);
  NAPI_CHECK_ARG(env, utf8name);
  NAPI_CHECK_ARG(env, result);
  return has_key(env, obj, name_key(env, utf8name), result);
}

napi_status napi_set_element(napi_env env, napi_value object, uint32_t index, napi_value value) {
  NAPI_PREAMBLE(env);
  OBJECT_ARG(env, object, obj);
  NAPI_CHECK_ARG(env, value);
  JSValueRef exc = NULL;
  JSObjectSetPropertyAtIndex(env->ctx, obj, index, V(value), &exc);
  if (exc) return eddy_napi_exception(env, exc);
  return NAPI_OK(env);
}

napi_status napi_get_element(napi_env env, napi_value object, uint32_t index, napi_value* result) {
  NAPI_PREAMBLE(env);
  OBJECT_ARG(env, object, obj);
  NAPI_CHECK_ARG(env, result);
  return get_key(env, obj, JSValueMakeNumber(env->ctx, index), result);
}

napi_status napi_has_element(napi_env env, napi_value object, uint32_t index, bool* result) {
  NAPI_PREAMBLE(env);
  OBJECT_ARG(env, object, obj);
  NAPI_CHECK_ARG(env, result);
  return has_key(env, obj, JSValueMakeNumber(env->ctx, index), result);
}

napi_status napi_delete_element(napi_env env, napi_value object, uint32_t index, bool* result) {
  NAPI_PREAMBLE(env);
  OBJECT_ARG(env, object, obj);
  return delete_key(env, obj, JSValueMakeNumber(env->ctx, index), result);
}

/* Defines one descriptor on target (shared with napi_define_class, which passes
 * the class as receiver_class for prototype members: their methods then throw
 * "Illegal invocation" on other receivers, as V8's signature checks do; node's
 * accessors have no such check). Node's
 * functions made from descriptors are anonymous. */
napi_status eddy_napi_define(napi_env env, JSObjectRef target, const napi_property_descriptor* p,
                             JSObjectRef receiver_class) {
  JSContextRef ctx = env->ctx;
  JSValueRef key;
  if (p->utf8name)
    key = eddy_js_utf8(ctx, p->utf8name, strlen(p->utf8name));
  else if (p->name && (JSValueIsString(ctx, V(p->name)) || JSValueIsSymbol(ctx, V(p->name))))
    key = V(p->name);
  else
    return eddy_napi_status(env, napi_name_expected);
  JSValueRef undef = JSValueMakeUndefined(ctx);
  JSValueRef anonymous = eddy_js_cstr(ctx, "");
  JSValueRef args[7] = {target,
                        key,
                        JSValueMakeBoolean(ctx, false),
                        undef,
                        undef,
                        undef,
                        JSValueMakeNumber(ctx, p->attributes & napi_default_jsproperty)};
  napi_status s;
  if (p->getter || p->setter) {
    args[2] = JSValueMakeBoolean(ctx, true);
    JSValueRef f;
    if (p->getter) {
      if ((s = eddy_napi_make_function(env, anonymous, p->getter, p->data, NULL, &f)) != napi_ok)
        return s;
      args[4] = f;
    }
    if (p->setter) {
      if ((s = eddy_napi_make_function(env, anonymous, p->setter, p->data, NULL, &f)) != napi_ok)
        return s;
      args[5] = f;
    }
  } else if (p->method) {
    JSValueRef f;
    if ((s = eddy_napi_make_function(env, anonymous, p->method, p->data, receiver_class, &f)) !=
        napi_ok)
      return s;
    args[3] = f;
  } else {
    if (p->value == NULL) return eddy_napi_status(env, napi_invalid_arg);
    args[3] = V(p->value);
  }
  if (!eddy_napi_helper(env, EDDY_NAPI_H_defineProperty, 7, args)) return napi_pending_exception;
  return napi_ok;
}

napi_status napi_define_properties(napi_env env, napi_value object, size_t property_count,
                                   const napi_property_descriptor* properties) {
  NAPI_PREAMBLE(env);
  OBJECT_ARG(env, object, obj);
  if (property_count > 0) NAPI_CHECK_ARG(env, properties);
  for (size_t i = 0; i < property_count; i++) {
    napi_status s = eddy_napi_define(env, obj, &properties[i], NULL);
    if (s != napi_ok) return s;
  }
  return NAPI_OK(env);
}

napi_status napi_get_all_property_names(napi_env env, napi_value object,
                                        napi_key_collection_mode key_mode,
                                        napi_key_filter key_filter,
                                        napi_key_conversion key_conversion, napi_value* result) {
  NAPI_PREAMBLE(env);
  OBJECT_ARG(env, object, obj);
  NAPI_CHECK_ARG(env, result);
  JSContextRef ctx = env->ctx;
  JSValueRef args[4] = {obj, JSValueMakeNumber(ctx, key_mode), JSValueMakeNumber(ctx, key_filter),
                        JSValueMakeNumber(ctx, key_conversion)};
  JSValueRef r = eddy_napi_helper(env, EDDY_NAPI_H_allPropertyNames, 4, args);
  if (!r) return napi_pending_exception;
  *result = eddy_napi_track(env, r);
  return NAPI_OK(env);
}

napi_status napi_get_property_names(napi_env env, napi_value object, napi_value* result) {
  return napi_get_all_property_names(env, object, napi_key_include_prototypes,
                                     napi_key_enumerable | napi_key_skip_symbols,
                                     napi_key_numbers_to_strings, result);
}

napi_status napi_get_prototype(napi_env env, napi_value object, napi_value* result) {
  NAPI_PREAMBLE(env);
  OBJECT_ARG(env, object, obj);
  NAPI_CHECK_ARG(env, result);
  *result = eddy_napi_track(env, JSObjectGetPrototype(env->ctx, obj));
  return NAPI_OK(env);
}

napi_status napi_instanceof(napi_env env, napi_value object, napi_value constructor, bool* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, object);
  NAPI_CHECK_ARG(env, constructor);
  NAPI_CHECK_ARG(env, result);
  if (!JSValueIsObject(env->ctx, V(constructor)) || !JSObjectIsFunction(env->ctx, O(constructor))) {
    napi_throw_type_error(env, "ERR_NAPI_CONS_FUNCTION", "Constructor must be a function");
    return eddy_napi_status(env, napi_function_expected);
  }
  JSValueRef exc = NULL;
  *result = JSValueIsInstanceOfConstructor(env->ctx, V(object), O(constructor), &exc);
  if (exc) return eddy_napi_exception(env, exc);
  return NAPI_OK(env);
}

static napi_status object_helper(napi_env env, napi_value object, int h) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, object);
  JSValueRef arg = V(object);
  if (!eddy_napi_helper(env, h, 1, &arg)) return napi_pending_exception;
  return NAPI_OK(env);
}

napi_status napi_object_freeze(napi_env env, napi_value object) {
  return object_helper(env, object, EDDY_NAPI_H_freeze);
}
napi_status napi_object_seal(napi_env env, napi_value object) {
  return object_helper(env, object, EDDY_NAPI_H_seal);
}

/* Type tags: the 128-bit tag as 32 hex digits, kept in a WeakMap by the helpers. */
static JSValueRef tag_text(napi_env env, const napi_type_tag* tag) {
  char hex[33];
  snprintf(hex, sizeof hex, "%016llx%016llx", (unsigned long long)tag->upper,
           (unsigned long long)tag->lower);
  return eddy_js_cstr(env->ctx, hex);
}

napi_status napi_type_tag_object(napi_env env, napi_value value, const napi_type_tag* type_tag) {
  NAPI_PREAMBLE(env);
  OBJECT_ARG(env, value, obj);
  NAPI_CHECK_ARG(env, type_tag);
  JSValueRef arg = obj;
  JSValueRef old = eddy_napi_helper(env, EDDY_NAPI_H_tagGet, 1, &arg);
  if (!old) return napi_pending_exception;
  if (!JSValueIsUndefined(env->ctx, old)) return eddy_napi_status(env, napi_invalid_arg);
  JSValueRef args[2] = {obj, tag_text(env, type_tag)};
  if (!eddy_napi_helper(env, EDDY_NAPI_H_tagSet, 2, args)) return napi_pending_exception;
  return NAPI_OK(env);
}

napi_status napi_check_object_type_tag(napi_env env, napi_value value,
                                       const napi_type_tag* type_tag, bool* result) {
  NAPI_PREAMBLE(env);
  OBJECT_ARG(env, value, obj);
  NAPI_CHECK_ARG(env, type_tag);
  NAPI_CHECK_ARG(env, result);
  JSValueRef arg = obj;
  JSValueRef old = eddy_napi_helper(env, EDDY_NAPI_H_tagGet, 1, &arg);
  if (!old) return napi_pending_exception;
  *result = JSValueIsStrictEqual(env->ctx, old, tag_text(env, type_tag));
  return NAPI_OK(env);
}
