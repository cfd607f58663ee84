/* JSC's C API hands out 64-bit values in their JSVALUE64 encoding (APICast.h: toRef
 * is the encoded bits), and every public call to inspect or make one takes the
 * engine's lock. Where the encoding is stable these read and make values directly:
 * a cell (string, symbol, BigInt, object) has none of the number or "other" tag
 * bits; an int32 is the number tag with the value in the low 32 bits; undefined and
 * null are fixed words. The one place eddy keeps this encoding. */
#ifndef EDDY_UTIL_JS_VALUE_H
#define EDDY_UTIL_JS_VALUE_H

#include <JavaScriptCore/JavaScript.h>
#include <stdbool.h>
#include <stdint.h>

_Static_assert(sizeof(void*) == 8, "JSVALUE64 encoding");
#define EDDY_JSV_NUMBER_TAG 0xfffe000000000000ull
#define EDDY_JSV_NOT_CELL_MASK 0xfffe000000000002ull
#define EDDY_JSV_UNDEFINED 0xaull
#define EDDY_JSV_NULL 0x2ull
#define EDDY_JSV_FALSE 0x6ull
#define EDDY_JSV_TRUE 0x7ull
#define EDDY_JSV_DOUBLE_OFFSET (1ull << 49) /* added to a double's bits */

static inline uint64_t eddy_jsv_bits(JSValueRef v) { return (uint64_t)(uintptr_t)v; }
static inline bool eddy_jsv_word_is_cell(uint64_t w) {
  return w != 0 && (w & EDDY_JSV_NOT_CELL_MASK) == 0;
}
static inline bool eddy_jsv_word_is_int32(uint64_t w) {
  return (w & 0xffff000000000000ull) == EDDY_JSV_NUMBER_TAG;
}
static inline bool eddy_jsv_is_cell(JSValueRef v) {
  return eddy_jsv_word_is_cell(eddy_jsv_bits(v));
}
static inline bool eddy_jsv_is_int32(JSValueRef v) {
  return eddy_jsv_word_is_int32(eddy_jsv_bits(v));
}
static inline int32_t eddy_jsv_int32(JSValueRef v) { return (int32_t)(uint32_t)eddy_jsv_bits(v); }
static inline JSValueRef eddy_jsv_make_int32(int32_t i) {
  return (JSValueRef)(uintptr_t)(EDDY_JSV_NUMBER_TAG | (uint32_t)i);
}
static inline bool eddy_jsv_is_nullish(JSValueRef v) {
  return eddy_jsv_bits(v) == EDDY_JSV_UNDEFINED || eddy_jsv_bits(v) == EDDY_JSV_NULL;
}
static inline JSValueRef eddy_jsv_make_boolean(bool b) {
  return (JSValueRef)(uintptr_t)(b ? EDDY_JSV_TRUE : EDDY_JSV_FALSE);
}
/* A number as the engine makes it: an int32 when d is one (not -0), else a double
 * (NaN as the engine's one NaN). */
static inline JSValueRef eddy_jsv_make_number(double d) {
  if (d >= -2147483648.0 && d <= 2147483647.0 && d == (double)(int32_t)d &&
      !(d == 0 && __builtin_signbit(d)))
    return eddy_jsv_make_int32((int32_t)d);
  if (d != d) d = __builtin_nan("");
  uint64_t bits;
  __builtin_memcpy(&bits, &d, sizeof bits);
  return (JSValueRef)(uintptr_t)(bits + EDDY_JSV_DOUBLE_OFFSET);
}
static inline bool eddy_jsv_is_boolean(JSValueRef v) {
  return eddy_jsv_bits(v) == EDDY_JSV_TRUE || eddy_jsv_bits(v) == EDDY_JSV_FALSE;
}

/* JS's ToBoolean(v), read here for booleans, undefined, null and int32s (the values
 * bindings pass as flags); the rest through the API. */
static inline bool eddy_js_to_boolean(JSContextRef ctx, JSValueRef v) {
  uint64_t w = eddy_jsv_bits(v);
  if (w == EDDY_JSV_TRUE) return true;
  if (w == EDDY_JSV_FALSE || w == EDDY_JSV_UNDEFINED || w == EDDY_JSV_NULL) return false;
  if (eddy_jsv_word_is_int32(w)) return (int32_t)(uint32_t)w != 0;
  return JSValueToBoolean(ctx, v);
}

/* JS's ToNumber(v), read here for numbers; the rest through the API (exceptions
 * from a conversion are dropped, as JSValueToNumber with no exception slot). */
static inline double eddy_js_to_number(JSContextRef ctx, JSValueRef v) {
  uint64_t w = eddy_jsv_bits(v);
  if (eddy_jsv_word_is_int32(w)) return (double)(int32_t)(uint32_t)w;
  if ((w & EDDY_JSV_NUMBER_TAG) != 0) {
    uint64_t bits = w - EDDY_JSV_DOUBLE_OFFSET;
    double d;
    __builtin_memcpy(&d, &bits, sizeof d);
    return d;
  }
  return JSValueToNumber(ctx, v, NULL);
}

/* The JSType byte of a cell's header (calibrated by each user before it relies on it). */
static inline uint8_t eddy_jsv_cell_type(JSValueRef v) { return ((const uint8_t*)(uintptr_t)v)[5]; }

#endif
