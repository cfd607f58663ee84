#include "js.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "encoding.h"
#include "js_native.h"
#include "js_string.h"
#include "js_value.h"
#include "js_view.h"
#include "utf8.h"

/* Engine strings are allocated by the engine's path, which aborts on exhaustion; the
 * public fallback's malloc does the same here, as eddy_malloc would. */
static void* must(void* p) {
  CHECK(p != NULL);
  return p;
}

JSValueRef eddy_js_latin1(JSContextRef ctx, const uint8_t* s, size_t len) {
  eddy_string_builder b;
  uint8_t* chars = must(eddy_string_begin8(ctx, &b, len));
  if (len) memcpy(chars, s, len);
  return eddy_string_finish(ctx, &b, len);
}

JSValueRef eddy_js_utf8(JSContextRef ctx, const char* s, size_t len) {
  if (eddy_is_ascii((const uint8_t*)s, len)) return eddy_js_latin1(ctx, (const uint8_t*)s, len);
  eddy_string_builder b;
  uint16_t* units = must(eddy_string_begin16(ctx, &b, len));
  size_t n = eddy_utf8_decode((const uint8_t*)s, len, units);
  return eddy_string_finish(ctx, &b, n);
}

JSValueRef eddy_js_cstr(JSContextRef ctx, const char* s) { return eddy_js_utf8(ctx, s, strlen(s)); }

char* eddy_js_to_utf8(JSContextRef ctx, JSValueRef v, size_t* len, JSValueRef* exception) {
  eddy_string_view view;
  if (!eddy_string_view_open(ctx, v, &view, exception)) return NULL;
  size_t bytes = eddy_string_view_utf8_length(&view);
  char* out = eddy_malloc(bytes + 1);
  eddy_string_view_utf8(&view, (uint8_t*)out, bytes, NULL);
  out[bytes] = '\0';
  eddy_string_view_close(&view);
  if (len) *len = bytes;
  return out;
}

JSValueRef eddy_js_get(JSContextRef ctx, JSObjectRef obj, const char* name) {
  JSStringRef key = JSStringCreateWithUTF8CString(name);
  JSValueRef v = JSObjectGetProperty(ctx, obj, key, NULL);
  JSStringRelease(key);
  return v;
}

void eddy_js_set(JSContextRef ctx, JSObjectRef obj, const char* name, JSValueRef v) {
  if (!obj || !v) return; /* an engine call failed: an exception is pending */
  JSStringRef key = JSStringCreateWithUTF8CString(name);
  JSObjectSetProperty(ctx, obj, key, v, kJSPropertyAttributeNone, NULL);
  JSStringRelease(key);
}

void eddy_js_set_number(JSContextRef ctx, JSObjectRef obj, const char* name, double v) {
  eddy_js_set(ctx, obj, name, JSValueMakeNumber(ctx, v));
}

void eddy_js_set_cstr(JSContextRef ctx, JSObjectRef obj, const char* name, const char* s) {
  eddy_js_set(ctx, obj, name, eddy_js_cstr(ctx, s));
}

void eddy_js_set_fn(JSContextRef ctx, JSObjectRef obj, const char* name,
                    JSObjectCallAsFunctionCallback fn) {
  JSStringRef key = JSStringCreateWithUTF8CString(name);
  JSObjectRef f = eddy_js_native_function(ctx, key, fn);
  JSObjectSetProperty(ctx, obj, key, f, kJSPropertyAttributeNone, NULL);
  JSStringRelease(key);
}

double eddy_js_arg_num(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i) {
  if (i >= argc) return 0;
  /* Most numeric arguments are int32s: read without the public API's lock. */
  if (eddy_jsv_is_int32(argv[i])) return eddy_jsv_int32(argv[i]);
  return JSValueToNumber(ctx, argv[i], NULL);
}

int64_t eddy_js_arg_int(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i) {
  double d = eddy_js_arg_num(ctx, argc, argv, i);
  return d != d ? 0 : (int64_t)d;
}

/* The value of accessor `name` of the built-in prototype proto, read on obj through
 * the prototype's own getter (a brand-checked read an own property cannot fake). */
static JSValueRef intrinsic_get(JSContextRef ctx, JSObjectRef proto, const char* name,
                                JSObjectRef obj) {
  JSValueRef object = eddy_js_get(ctx, JSContextGetGlobalObject(ctx), "Object");
  JSValueRef describe = JSValueIsObject(ctx, object)
                            ? eddy_js_get(ctx, (JSObjectRef)object, "getOwnPropertyDescriptor")
                            : NULL;
  if (!describe || !JSValueIsObject(ctx, describe)) return NULL;
  JSValueRef args[2] = {proto, eddy_js_cstr(ctx, name)};
  JSValueRef desc = JSObjectCallAsFunction(ctx, (JSObjectRef)describe, NULL, 2, args, NULL);
  if (!desc || !JSValueIsObject(ctx, desc)) return NULL;
  JSValueRef getter = eddy_js_get(ctx, (JSObjectRef)desc, "get");
  if (!JSValueIsObject(ctx, getter)) return NULL;
  return JSObjectCallAsFunction(ctx, (JSObjectRef)getter, obj, 0, NULL, NULL);
}

/* JSC's C API knows neither DataViews nor Float16Arrays: their buffer, byteOffset and
 * byteLength are read through DataView.prototype's or %TypedArray%.prototype's own
 * getters, which throw (here: NULL) for anything else, and the range is checked
 * against the buffer's real length before any byte is touched. */
static uint8_t* other_view_bytes(JSContextRef ctx, JSObjectRef obj, size_t* len) {
  JSObjectRef global = JSContextGetGlobalObject(ctx);
  JSValueRef dv = eddy_js_get(ctx, global, "DataView");
  JSValueRef u8 = eddy_js_get(ctx, global, "Uint8Array");
  if (!JSValueIsObject(ctx, dv) || !JSValueIsObject(ctx, u8)) return NULL;
  JSObjectRef protos[2] = {
      (JSObjectRef)eddy_js_get(ctx, (JSObjectRef)dv, "prototype"),
      JSValueToObject(
          ctx,
          JSObjectGetPrototype(ctx, (JSObjectRef)eddy_js_get(ctx, (JSObjectRef)u8, "prototype")),
          NULL)};
  for (int i = 0; i < 2; i++) {
    if (!protos[i]) continue;
    JSValueRef buffer = intrinsic_get(ctx, protos[i], "buffer", obj);
    if (!buffer || JSValueGetTypedArrayType(ctx, buffer, NULL) != kJSTypedArrayTypeArrayBuffer)
      continue;
    JSValueRef offset_v = intrinsic_get(ctx, protos[i], "byteOffset", obj);
    JSValueRef length_v = intrinsic_get(ctx, protos[i], "byteLength", obj);
    if (!offset_v || !length_v) return NULL;
    double offset = JSValueToNumber(ctx, offset_v, NULL),
           length = JSValueToNumber(ctx, length_v, NULL);
    size_t real = JSObjectGetArrayBufferByteLength(ctx, (JSObjectRef)buffer, NULL);
    uint8_t* base = JSObjectGetArrayBufferBytesPtr(ctx, (JSObjectRef)buffer, NULL);
    if (!base || !(offset >= 0) || !(length >= 0) || offset + length > (double)real) return NULL;
    *len = (size_t)length;
    return base + (size_t)offset;
  }
  return NULL;
}

uint8_t* eddy_js_bytes(JSContextRef ctx, JSValueRef v, size_t* len) {
  *len = 0;
  /* Buffers, the common case, without the public API's type checks (and locks). */
  if (eddy_js_view_is_u8(ctx, v)) return eddy_js_view_bytes_held(ctx, v, len);
  if (!JSValueIsObject(ctx, v)) return NULL;
  JSObjectRef obj = (JSObjectRef)v;
  JSTypedArrayType type = JSValueGetTypedArrayType(ctx, v, NULL);
  if (type == kJSTypedArrayTypeNone) return other_view_bytes(ctx, obj, len);
  if (type == kJSTypedArrayTypeArrayBuffer) {
    *len = JSObjectGetArrayBufferByteLength(ctx, obj, NULL);
    return JSObjectGetArrayBufferBytesPtr(ctx, obj, NULL);
  }
  if (type == kJSTypedArrayTypeUint8Array) return eddy_js_view_bytes_held(ctx, v, len);
  *len = JSObjectGetTypedArrayByteLength(ctx, obj, NULL);
  /* Measured: JSObjectGetTypedArrayBytesPtr points at the start of the whole buffer,
   * not at the view, so the view's byteOffset is added here. */
  uint8_t* base = JSObjectGetTypedArrayBytesPtr(ctx, obj, NULL);
  return base ? base + JSObjectGetTypedArrayByteOffset(ctx, obj, NULL) : NULL;
}

void eddy_js_class_publish(_Atomic(JSClassRef)* slot, JSClassRef made) {
  JSClassRef expected = NULL;
  if (!atomic_compare_exchange_strong(slot, &expected, made)) JSClassRelease(made);
}

size_t eddy_js_count(JSContextRef ctx, JSValueRef v) {
  double n = v ? JSValueToNumber(ctx, v, NULL) : 0;
  /* (NaN, the number of a failed read while an exception is pending, made a
   * size_t of 2^63: a loop that never ended in a terminated worker.) */
  return n > 0 && n <= 4294967295.0 ? (size_t)n : 0;
}

size_t eddy_js_length(JSContextRef ctx, JSObjectRef array) {
  return eddy_js_count(ctx, array ? eddy_js_get(ctx, array, "length") : NULL);
}

JSObjectRef eddy_js_array_of(JSContextRef ctx, size_t n, const JSValueRef items[]) {
  JSObjectRef array = JSObjectMakeArray(ctx, n, n ? items : NULL, NULL);
  /* NULL: an exception is already pending, a worker's termination (the engine makes
   * no array while one unwinds). The caller gets a plain object to fill instead, and
   * the pending exception discards whatever its native function returns. */
  return array ? array : JSObjectMake(ctx, NULL, NULL);
}

JSObjectRef eddy_js_array_new(JSContextRef ctx) { return eddy_js_array_of(ctx, 0, NULL); }

void eddy_js_array_set(JSContextRef ctx, JSObjectRef array, size_t index, JSValueRef value) {
  if (!array || !value) return; /* an exception is pending (see eddy_js_array_of) */
  JSObjectSetPropertyAtIndex(ctx, array, (unsigned)index, value, NULL);
}

char* eddy_js_string_prop(JSContextRef ctx, JSObjectRef o, const char* name) {
  JSValueRef v = eddy_js_get(ctx, o, name);
  if (!JSValueIsString(ctx, v)) return NULL;
  return eddy_js_to_utf8(ctx, v, NULL, NULL);
}

char** eddy_js_string_array_prop(JSContextRef ctx, JSObjectRef o, const char* name) {
  JSValueRef v = eddy_js_get(ctx, o, name);
  if (!JSValueIsArray(ctx, v)) return NULL;
  JSObjectRef arr = (JSObjectRef)v;
  size_t n = eddy_js_length(ctx, arr);
  char** out = eddy_calloc(n + 1, sizeof(char*));
  for (size_t i = 0; i < n; i++)
    out[i] =
        eddy_js_to_utf8(ctx, JSObjectGetPropertyAtIndex(ctx, arr, (unsigned)i, NULL), NULL, NULL);
  return out;
}

void eddy_free_strings(char** strings) {
  if (!strings) return;
  for (char** p = strings; *p; p++) free(*p);
  free(strings);
}

void eddy_js_free_bytes(void* bytes, void* context) {
  (void)context;
  free(bytes);
}

JSValueRef eddy_js_error(JSContextRef ctx, const char* message) {
  JSValueRef arg = eddy_js_cstr(ctx, message);
  JSObjectRef error = JSObjectMakeError(ctx, 1, &arg, NULL);
  /* NULL: an exception is already pending (see eddy_js_array_of); callers still get
   * an object to decorate, which that exception discards. */
  return error ? error : JSObjectMake(ctx, NULL, NULL);
}

JSValueRef eddy_js_type_error(JSContextRef ctx, const char* message) {
  JSObjectRef global = JSContextGetGlobalObject(ctx);
  JSObjectRef ctor = (JSObjectRef)eddy_js_get(ctx, global, "TypeError");
  JSValueRef arg = eddy_js_cstr(ctx, message);
  JSValueRef exception = NULL;
  JSObjectRef error =
      JSValueIsObject(ctx, ctor) ? JSObjectCallAsConstructor(ctx, ctor, 1, &arg, &exception) : NULL;
  return error ? error : eddy_js_error(ctx, message);
}

void* eddy_js_private_of_class(JSContextRef ctx, JSValueRef v, JSClassRef cls,
                               JSValueRef* exception) {
  if (JSValueIsObjectOfClass(ctx, v, cls)) return JSObjectGetPrivate((JSObjectRef)v);
  *exception = eddy_js_type_error(ctx, "Illegal invocation");
  return NULL;
}

JSValueRef eddy_js_eval(JSContextRef ctx, const char* source) {
  JSStringRef s = JSStringCreateWithUTF8CString(source);
  JSValueRef exception = NULL;
  JSValueRef v = JSEvaluateScript(ctx, s, NULL, NULL, 1, &exception);
  JSStringRelease(s);
  return exception ? NULL : v;
}
