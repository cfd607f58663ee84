#include "utf8.h"

#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* The byte scans below take 16 bytes a step with SSE2, which every x86-64 has;
 * elsewhere eight at a time in a 64-bit word. */
#if defined(__SSE2__)
enum { kStep = 16 };
/* A mask with bit k set when byte k of the 16 at p is 0x80 or above. */
static inline unsigned high_bits(const uint8_t* p) {
  return (unsigned)_mm_movemask_epi8(_mm_loadu_si128((const __m128i*)p));
}
#else
enum { kStep = 8 };
static inline uint64_t high_bits(const uint8_t* p) {
  uint64_t w;
  memcpy(&w, p, 8);
  return w & 0x8080808080808080ull;
}
#endif

/* How many bytes from the start are ASCII. */
static size_t ascii_prefix(const uint8_t* in, size_t n) {
  size_t i = 0;
  for (; i + 2 * kStep <= n; i += 2 * kStep)
    if (high_bits(in + i) | high_bits(in + i + kStep)) break;
  for (; i + kStep <= n; i += kStep)
    if (high_bits(in + i)) break;
  while (i < n && in[i] < 0x80) i++;
  return i;
}

int eddy_is_ascii(const uint8_t* in, size_t len) { return ascii_prefix(in, len) == len; }

/* Returns the length of a valid sequence starting at in[0] (2..4) and stores the code
 * point, or 0 when invalid, storing in *bad how many bytes form the maximal subpart
 * that the WHATWG decoder replaces with one U+FFFD. */
static size_t decode_multibyte(const uint8_t* in, size_t avail, uint32_t* cp, size_t* bad) {
  uint8_t b0 = in[0];
  size_t need;
  uint8_t lo = 0x80, hi = 0xBF;
  uint32_t c;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 1;
    c = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 2;
    c = b0 & 0x0F;
    if (b0 == 0xE0) lo = 0xA0;
    if (b0 == 0xED) hi = 0x9F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 3;
    c = b0 & 0x07;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;
  } else {
    *bad = 1;
    return 0;
  }
  for (size_t k = 1; k <= need; k++) {
    if (k >= avail || in[k] < lo || in[k] > hi) {
      *bad = k;
      return 0;
    }
    lo = 0x80;
    hi = 0xBF;
    c = (c << 6) | (in[k] & 0x3F);
  }
  *cp = c;
  return need + 1;
}

size_t eddy_utf8_decode(const uint8_t* in, size_t len, uint16_t* out) {
  size_t i = 0, o = 0;
  while (i < len) {
    uint8_t b = in[i];
    if (b < 0x80) {
      out[o++] = b;
      i++;
      continue;
    }
    uint32_t cp = 0;
    size_t bad = 0;
    size_t n = decode_multibyte(in + i, len - i, &cp, &bad);
    if (n == 0) {
      out[o++] = 0xFFFD;
      i += bad;
    } else if (cp >= 0x10000) {
      cp -= 0x10000;
      out[o++] = (uint16_t)(0xD800 | (cp >> 10));
      out[o++] = (uint16_t)(0xDC00 | (cp & 0x3FF));
      i += n;
    } else {
      out[o++] = (uint16_t)cp;
      i += n;
    }
  }
  return o;
}

size_t eddy_utf8_length(const uint16_t* in, size_t n) {
  size_t bytes = 0;
  for (size_t i = 0; i < n; i++) {
    uint16_t u = in[i];
    if (u < 0x80)
      bytes += 1;
    else if (u < 0x800)
      bytes += 2;
    else if (u >= 0xD800 && u <= 0xDBFF && i + 1 < n && in[i + 1] >= 0xDC00 &&
             in[i + 1] <= 0xDFFF) {
      bytes += 4;
      i++;
    } else
      bytes += 3;
  }
  return bytes;
}

size_t eddy_utf8_encode(const uint16_t* in, size_t n, uint8_t* out, size_t cap,
                        size_t* units_read) {
  size_t i = 0, o = 0;
  while (i < n) {
    uint32_t u = in[i];
    size_t units = 1;
    if (u >= 0xD800 && u <= 0xDBFF && i + 1 < n && in[i + 1] >= 0xDC00 && in[i + 1] <= 0xDFFF) {
      u = 0x10000 + ((u - 0xD800) << 10) + (in[i + 1] - 0xDC00);
      units = 2;
    } else if (u >= 0xD800 && u <= 0xDFFF) {
      u = 0xFFFD;
    }
    size_t need = u < 0x80 ? 1 : u < 0x800 ? 2 : u < 0x10000 ? 3 : 4;
    if (o + need > cap) break;
    if (need == 1) {
      out[o++] = (uint8_t)u;
    } else if (need == 2) {
      out[o++] = (uint8_t)(0xC0 | (u >> 6));
      out[o++] = (uint8_t)(0x80 | (u & 0x3F));
    } else if (need == 3) {
      out[o++] = (uint8_t)(0xE0 | (u >> 12));
      out[o++] = (uint8_t)(0x80 | ((u >> 6) & 0x3F));
      out[o++] = (uint8_t)(0x80 | (u & 0x3F));
    } else {
      out[o++] = (uint8_t)(0xF0 | (u >> 18));
      out[o++] = (uint8_t)(0x80 | ((u >> 12) & 0x3F));
      out[o++] = (uint8_t)(0x80 | ((u >> 6) & 0x3F));
      out[o++] = (uint8_t)(0x80 | (u & 0x3F));
    }
    i += units;
  }
  if (units_read) *units_read = i;
  return o;
}

/* Bytes from 0x80 on count twice. Eight at a time: the high bits of a word, moved
 * to the bottom of each byte, summed by one multiply into the top byte. */
/* How many bytes are 0x80 or above. With SSE2 each lane of a 16-byte counter
 * takes one 16-byte step at a time (a high byte compares below zero, -1, and is
 * subtracted), and the lanes are summed before any can pass 255. */
static size_t count_high(const uint8_t* in, size_t n) {
  size_t high = 0, i = 0;
#if defined(__SSE2__)
  const __m128i zero = _mm_setzero_si128();
  while (n - i >= 16) {
    size_t steps = (n - i) / 16;
    if (steps > 255) steps = 255;
    __m128i lanes = zero;
    for (size_t k = 0; k < steps; k++, i += 16) {
      __m128i v = _mm_loadu_si128((const __m128i*)(in + i));
      lanes = _mm_sub_epi8(lanes, _mm_cmplt_epi8(v, zero));
    }
    __m128i sums = _mm_sad_epu8(lanes, zero); /* two 64-bit sums of eight lanes */
    high += (size_t)_mm_cvtsi128_si32(sums) + (size_t)_mm_extract_epi16(sums, 4);
  }
#endif
  for (; i < n; i++) high += in[i] >> 7;
  return high;
}

size_t eddy_utf8_length_latin1(const uint8_t* in, size_t n) { return n + count_high(in, n); }

size_t eddy_utf8_encode_latin1(const uint8_t* in, size_t n, uint8_t* out, size_t cap,
                               size_t* chars_read) {
  size_t i = 0, o = 0;
  while (i < n) {
    size_t room = cap - o, left = n - i;
    size_t run = ascii_prefix(in + i, left < room ? left : room);
    memcpy(out + o, in + i, run);
    i += run;
    o += run;
    if (i == n || o + 2 > cap) break;
    out[o++] = (uint8_t)(0xC0 | (in[i] >> 6));
    out[o++] = (uint8_t)(0x80 | (in[i] & 0x3F));
    i++;
  }
  if (chars_read) *chars_read = i;
  return o;
}
