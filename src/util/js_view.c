#include "js_view.h"

#include <stdbool.h>
#include <string.h>

#include "engine_path.h"
#include "js.h"
#include "js_value.h"

/* JSArrayBufferView, in 64-bit words: the cell header (type in byte 5), the
 * butterfly, then the data pointer, the length in elements, the byte offset, and
 * the view's mode in the low byte of the next word (the rest is padding). */
enum { W_VECTOR = 2, W_LENGTH = 3, W_OFFSET = 4, W_MODE = 5 };

static struct {
  uint8_t u8_type;   /* the cell type of Uint8Array */
  uint8_t plain;     /* the mode of a fixed-length view */
} layout;

static const uint64_t* words(JSValueRef v) { return (const uint64_t*)(uintptr_t)v; }
static uint8_t mode(JSValueRef v) { return (uint8_t)words(v)[W_MODE]; }

/* An object made by source, or NULL. */
static JSValueRef eval(JSContextRef ctx, const char* src) {
  JSValueRef v = eddy_js_eval(ctx, src);
  return v && JSValueIsObject(ctx, v) ? v : NULL;
}

/* The fields of v read as the fast path reads them agree with the public API. */
static bool agrees(JSContextRef ctx, JSValueRef v) {
  if (!v) return false;
  JSObjectRef o = (JSObjectRef)v;
  if (JSValueGetTypedArrayType(ctx, v, NULL) != kJSTypedArrayTypeUint8Array) return false;
  const uint64_t* w = words(v);
  uint8_t* base = JSObjectGetTypedArrayBytesPtr(ctx, o, NULL);
  size_t len = JSObjectGetTypedArrayByteLength(ctx, o, NULL);
  size_t off = JSObjectGetTypedArrayByteOffset(ctx, o, NULL);
  uint8_t* data = base ? base + off : NULL;
  return eddy_jsv_cell_type(v) == layout.u8_type && mode(v) == layout.plain &&
         (uint8_t*)(uintptr_t)w[W_VECTOR] == data && w[W_LENGTH] == len &&
         (base == NULL || w[W_OFFSET] == off);
}

static bool probe(JSContextRef ctx) {
  JSValueRef small = JSObjectMakeTypedArray(ctx, kJSTypedArrayTypeUint8Array, 10, NULL);
  if (!small) return false;
  layout.u8_type = eddy_jsv_cell_type(small);
  layout.plain = mode(small);
  JSValueRef large = JSObjectMakeTypedArray(ctx, kJSTypedArrayTypeUint8Array, 5000, NULL);
  JSValueRef sub = eval(ctx,
      "(function(){class F extends Uint8Array{}return new F(new ArrayBuffer(64),3,7)})()");
  JSValueRef detached = eval(ctx,
      "(function(){var a=new ArrayBuffer(8),u=new Uint8Array(a,2,4);a.transfer();return u})()");
  JSValueRef view = eval(ctx, "(function(){var u=new Uint8Array(64);u.buffer;return u})()");
  if (!agrees(ctx, small) || !agrees(ctx, large) || !agrees(ctx, sub) ||
      !agrees(ctx, detached) || !agrees(ctx, view))
    return false;
  /* Views whose length is not in the length field must not look fixed-length. */
  static const char* const varying[] = {
      "new Uint8Array(new ArrayBuffer(8,{maxByteLength:16}))",
      "new Uint8Array(new ArrayBuffer(8,{maxByteLength:16}),1,2)",
      "typeof SharedArrayBuffer=='function'?"
      "new Uint8Array(new SharedArrayBuffer(8,{maxByteLength:16})):null",
  };
  for (size_t i = 0; i < sizeof varying / sizeof varying[0]; i++) {
    JSValueRef v = eval(ctx, varying[i]);
    if (v && mode(v) == layout.plain) return false;
  }
  /* A Uint16Array is told apart by its type. */
  JSValueRef wide = JSObjectMakeTypedArray(ctx, kJSTypedArrayTypeUint16Array, 4, NULL);
  return wide && eddy_jsv_cell_type(wide) != layout.u8_type;
}

static eddy_engine_path path = EDDY_ENGINE_PATH_INIT;

uint8_t* eddy_js_view_bytes(JSContextRef ctx, JSValueRef v, size_t* len) {
  if (eddy_engine_path_usable(&path, "EDDY_PUBLIC_VIEWS", probe, ctx) &&
      eddy_jsv_cell_type(v) == layout.u8_type && mode(v) == layout.plain) {
    const uint64_t* w = words(v);
    *len = (size_t)w[W_LENGTH];
    return (uint8_t*)(uintptr_t)w[W_VECTOR];
  }
  JSObjectRef view = (JSObjectRef)v;
  uint8_t* base = JSObjectGetTypedArrayBytesPtr(ctx, view, NULL);
  *len = JSObjectGetTypedArrayByteLength(ctx, view, NULL);
  return base ? base + JSObjectGetTypedArrayByteOffset(ctx, view, NULL) : NULL;
}
