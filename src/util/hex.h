/* One hexadecimal digit's value. */
#ifndef EDDY_UTIL_HEX_H
#define EDDY_UTIL_HEX_H

#include <stdint.h>

/* The value of hex digit c (0-9, a-f, A-F), or -1 for any other code point or unit.
 * (Buffer's hex decoding has its own table in encoding.c: it is the hot loop there,
 * and node reads only the low byte of each UTF-16 unit.) */
static inline int eddy_hex_digit(uint32_t c) {
  if (c >= '0' && c <= '9') return (int)c - '0';
  uint32_t lower = c | 0x20;
  if (lower >= 'a' && lower <= 'f') return (int)lower - 'a' + 10;
  return -1;
}

#endif
