#include "js.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "encoding.h"
#include "js_string.h"
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
  JSObjectRef f = JSObjectMakeFunctionWithCallback(ctx, key, fn);
  JSObjectSetProperty(ctx, obj, key, f, kJSPropertyAttributeNone, NULL);
  JSStringRelease(key);
}

double eddy_js_arg_num(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i) {
  if (i >= argc) return 0;
  return JSValueToNumber(ctx, argv[i], NULL);
}

int64_t eddy_js_arg_int(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i) {
  double d = eddy_js_arg_num(ctx, argc, argv, i);
  return d != d ? 0 : (int64_t)d;
}

/* JSC's C API has no DataView calls: a DataView's bytes are found through its
 * buffer, byteOffset and byteLength (only for real DataViews). */
static uint8_t* dataview_bytes(JSContextRef ctx, JSObjectRef obj, size_t* len) {
  JSValueRef ctor = eddy_js_get(ctx, JSContextGetGlobalObject(ctx), "DataView");
  if (!JSValueIsObject(ctx, ctor) || !JSValueIsInstanceOfConstructor(ctx, obj, (JSObjectRef)ctor, NULL)) return NULL;
  JSValueRef buffer = eddy_js_get(ctx, obj, "buffer");
  if (JSValueGetTypedArrayType(ctx, buffer, NULL) != kJSTypedArrayTypeArrayBuffer) return NULL;
  double offset = JSValueToNumber(ctx, eddy_js_get(ctx, obj, "byteOffset"), NULL);
  double length = JSValueToNumber(ctx, eddy_js_get(ctx, obj, "byteLength"), NULL);
  uint8_t* base = JSObjectGetArrayBufferBytesPtr(ctx, (JSObjectRef)buffer, NULL);
  if (!base || !(offset >= 0) || !(length >= 0)) return NULL;
  *len = (size_t)length;
  return base + (size_t)offset;
}

uint8_t* eddy_js_bytes(JSContextRef ctx, JSValueRef v, size_t* len) {
  *len = 0;
  if (!JSValueIsObject(ctx, v)) return NULL;
  JSObjectRef obj = (JSObjectRef)v;
  JSTypedArrayType type = JSValueGetTypedArrayType(ctx, v, NULL);
  if (type == kJSTypedArrayTypeNone) return dataview_bytes(ctx, obj, len);
  if (type == kJSTypedArrayTypeArrayBuffer) {
    *len = JSObjectGetArrayBufferByteLength(ctx, obj, NULL);
    return JSObjectGetArrayBufferBytesPtr(ctx, obj, NULL);
  }
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

JSObjectRef eddy_js_array_new(JSContextRef ctx) { return JSObjectMakeArray(ctx, 0, NULL, NULL); }

void eddy_js_array_set(JSContextRef ctx, JSObjectRef array, size_t index, JSValueRef value) {
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
  size_t n = (size_t)JSValueToNumber(ctx, eddy_js_get(ctx, arr, "length"), NULL);
  char** out = eddy_calloc(n + 1, sizeof(char*));
  for (size_t i = 0; i < n; i++)
    out[i] = eddy_js_to_utf8(ctx, JSObjectGetPropertyAtIndex(ctx, arr, (unsigned)i, NULL), NULL, NULL);
  return out;
}

void eddy_free_strings(char** strings) {
  if (!strings) return;
  for (char** p = strings; *p; p++) free(*p);
  free(strings);
}

JSValueRef eddy_js_error(JSContextRef ctx, const char* message) {
  JSValueRef arg = eddy_js_cstr(ctx, message);
  return JSObjectMakeError(ctx, 1, &arg, NULL);
}
