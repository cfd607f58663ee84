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
  /* The modes of views made by `new Uint8Array(n)` whose buffer JS never asked
   * for: bytes in the engine's own heap (small) or malloc'd (large). The public
   * API turns such a view into a `plain` one (allocating its ArrayBuffer), so
   * only eddy_js_view_plain_u8 reads them; MODE_NONE when they did not check. */
  uint8_t owned_small, owned_large;
} layout;
enum { MODE_NONE = 0xff };

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

/* The mode of a view made by source (n bytes, byte i holding i * 7 + 1) when the
 * fields read as the fast path reads them hold exactly those bytes, else MODE_NONE.
 * Read before anything asks for its buffer. */
static uint8_t owned_mode(JSContextRef ctx, const char* source, size_t n) {
  JSValueRef v = eval(ctx, source);
  if (!v || eddy_jsv_cell_type(v) != layout.u8_type) return MODE_NONE;
  const uint64_t* w = words(v);
  const uint8_t* data = (const uint8_t*)(uintptr_t)w[W_VECTOR];
  if (w[W_LENGTH] != n || data == NULL) return MODE_NONE;
  for (size_t i = 0; i < n; i++)
    if (data[i] != (uint8_t)(i * 7 + 1)) return MODE_NONE;
  return mode(v);
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
  layout.owned_small = owned_mode(ctx,
      "(function(){var u=new Uint8Array(16);for(var i=0;i<16;i++)u[i]=i*7+1;return u})()", 16);
  layout.owned_large = owned_mode(ctx,
      "(function(){var u=new Uint8Array(100000);for(var i=0;i<1e5;i++)u[i]=i*7+1;return u})()",
      100000);
  /* Views whose length is not in the length field must not look fixed-length. */
  for (size_t i = 0; i < sizeof varying / sizeof varying[0]; i++) {
    JSValueRef v = eval(ctx, varying[i]);
    if (v && (mode(v) == layout.owned_small || mode(v) == layout.owned_large))
      layout.owned_small = layout.owned_large = MODE_NONE;
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

bool eddy_js_view_plain_u8(JSContextRef ctx, JSValueRef v, uint8_t** bytes, size_t* len) {
  if (!eddy_jsv_is_cell(v) || !eddy_engine_path_usable(&path, "EDDY_PUBLIC_VIEWS", probe, ctx) ||
      eddy_jsv_cell_type(v) != layout.u8_type)
    return false;
  uint8_t m = mode(v);
  if (m != layout.plain && m != layout.owned_small && m != layout.owned_large) return false;
  const uint64_t* w = words(v);
  *len = (size_t)w[W_LENGTH];
  *bytes = (uint8_t*)(uintptr_t)w[W_VECTOR];
  return true;
}
