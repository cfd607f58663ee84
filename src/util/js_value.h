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
/* The JSType byte of a cell's header (calibrated by each user before it relies on it). */
static inline uint8_t eddy_jsv_cell_type(JSValueRef v) { return ((const uint8_t*)(uintptr_t)v)[5]; }

#endif
