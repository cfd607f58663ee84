#include "encoding.h"

#include <pthread.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

static const char b64_std[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static const char b64_url[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/* 0..63 for a digit of either alphabet, 64 for '=', 255 for anything else. */
static const uint8_t b64_value[256] = {
#define R4(x) x, x, x, x
#define R16(x) R4(x), R4(x), R4(x), R4(x)
    R16(255),
    R16(255),
    /* 0x20 */ 255,
    255,
    255,
    255,
    255,
    255,
    255,
    255,
    255,
    255,
    255,
    62,
    255,
    62,
    255,
    63,
    /* 0x30 */ 52,
    53,
    54,
    55,
    56,
    57,
    58,
    59,
    60,
    61,
    255,
    255,
    255,
    64,
    255,
    255,
    /* 0x40 */ 255,
    0,
    1,
    2,
    3,
    4,
    5,
    6,
    7,
    8,
    9,
    10,
    11,
    12,
    13,
    14,
    /* 0x50 */ 15,
    16,
    17,
    18,
    19,
    20,
    21,
    22,
    23,
    24,
    25,
    255,
    255,
    255,
    255,
    63,
    /* 0x60 */ 255,
    26,
    27,
    28,
    29,
    30,
    31,
    32,
    33,
    34,
    35,
    36,
    37,
    38,
    39,
    40,
    /* 0x70 */ 41,
    42,
    43,
    44,
    45,
    46,
    47,
    48,
    49,
    50,
    51,
    255,
    255,
    255,
    255,
    255,
    R16(255),
    R16(255),
    R16(255),
    R16(255),
    R16(255),
    R16(255),
    R16(255),
    R16(255),
#undef R16
#undef R4
};

size_t eddy_base64_encoded_length(size_t len, int url) {
  if (!url) return (len + 2) / 3 * 4;
  return len / 3 * 4 + (len % 3 == 0 ? 0 : len % 3 + 1);
}

/* Pairs of base64 digits for every 12-bit value, built once: two table loads
 * per three input bytes. */
static uint16_t b64_pairs[2][4096];
static uint16_t hex_pairs[256];
/* b64_dec[k][c]: digit c's 6 bits shifted into position k of a 24-bit group, or
 * kBad for anything but a digit, so one OR of four loads decodes a group. */
static uint32_t b64_dec[4][256];
#define kBad 0x01000000u
static pthread_once_t tables_once = PTHREAD_ONCE_INIT;

/* Two characters packed so that a 2-byte store puts first before second. */
static uint16_t char_pair(uint8_t first, uint8_t second) {
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  return (uint16_t)(first << 8 | second);
#else
  return (uint16_t)(second << 8 | first);
#endif
}

static void tables_init(void) {
  static const char digits[] = "0123456789abcdef";
  for (int url = 0; url < 2; url++) {
    const char* a = url ? b64_url : b64_std;
    for (uint32_t v = 0; v < 4096; v++)
      b64_pairs[url][v] = char_pair((uint8_t)a[v >> 6], (uint8_t)a[v & 63]);
  }
  for (uint32_t b = 0; b < 256; b++)
    hex_pairs[b] = char_pair((uint8_t)digits[b >> 4], (uint8_t)digits[b & 15]);
  for (int k = 0; k < 4; k++) {
    for (uint32_t c = 0; c < 256; c++) {
      uint8_t v = b64_value[c];
      b64_dec[k][c] = v < 64 ? (uint32_t)v << (18 - 6 * k) : kBad;
    }
  }
}

static const uint16_t* base64_pairs(int url) {
  pthread_once(&tables_once, tables_init);
  return b64_pairs[url];
}

size_t eddy_base64_encode(const uint8_t* in, size_t len, uint8_t* out, int url) {
  const uint16_t* pairs = base64_pairs(url);
  const char* a = url ? b64_url : b64_std;
  size_t i = 0, o = 0;
  for (; i + 3 <= len; i += 3) {
    uint32_t v = (uint32_t)in[i] << 16 | (uint32_t)in[i + 1] << 8 | in[i + 2];
    memcpy(out + o, &pairs[v >> 12], 2);
    memcpy(out + o + 2, &pairs[v & 4095], 2);
    o += 4;
  }
  size_t rest = len - i;
  if (rest) {
    uint32_t v = (uint32_t)in[i] << 16 | (rest == 2 ? (uint32_t)in[i + 1] << 8 : 0);
    out[o++] = (uint8_t)a[v >> 18];
    out[o++] = (uint8_t)a[(v >> 12) & 63];
    if (rest == 2) out[o++] = (uint8_t)a[(v >> 6) & 63];
    if (!url) {
      if (rest == 1) out[o++] = '=';
      out[o++] = '=';
    }
  }
  return o;
}

/* The decoder core for either unit width: a fast path over clean groups of four,
 * then a character-at-a-time path that skips junk and stops at '='. Like node,
 * only a unit's low byte counts (so U+D83D reads as '=' and ends the input). */
#define BASE64_DECODE_BODY(in, n, out, cap)                                       \
  pthread_once(&tables_once, tables_init);                                        \
  size_t i = 0, o = 0;                                                            \
  while (i + 4 <= n && o + 3 <= cap) {                                            \
    uint32_t v = b64_dec[0][(uint8_t)in[i]] | b64_dec[1][(uint8_t)in[i + 1]] |    \
                 b64_dec[2][(uint8_t)in[i + 2]] | b64_dec[3][(uint8_t)in[i + 3]]; \
    if (v & kBad) break;                                                          \
    out[o++] = (uint8_t)(v >> 16);                                                \
    out[o++] = (uint8_t)(v >> 8);                                                 \
    out[o++] = (uint8_t)v;                                                        \
    i += 4;                                                                       \
  }                                                                               \
  uint32_t acc = 0;                                                               \
  int have = 0;                                                                   \
  for (; i < n && o < cap; i++) {                                                 \
    uint8_t v = b64_value[(uint8_t)in[i]];                                        \
    if (v == 64) break;                                                           \
    if (v == 255) continue;                                                       \
    acc = acc << 6 | v;                                                           \
    if (++have == 4) {                                                            \
      out[o++] = (uint8_t)(acc >> 16);                                            \
      if (o < cap) out[o++] = (uint8_t)(acc >> 8);                                \
      if (o < cap) out[o++] = (uint8_t)acc;                                       \
      acc = 0;                                                                    \
      have = 0;                                                                   \
    }                                                                             \
  }                                                                               \
  if (have >= 2 && o < cap) out[o++] = (uint8_t)(acc >> (have == 2 ? 4 : 10));    \
  if (have == 3 && o < cap) out[o++] = (uint8_t)(acc >> 2);                       \
  return o;

size_t eddy_base64_decode(const uint16_t* in, size_t n, uint8_t* out,
                          size_t cap){BASE64_DECODE_BODY(in, n, out, cap)}

size_t eddy_base64_decode8(const uint8_t* in, size_t n, uint8_t* out, size_t cap) {
  BASE64_DECODE_BODY(in, n, out, cap)
}

/* Only the low byte of a unit counts, as in node. */
static const int8_t hex_values[256] = {
#define H4 -1, -1, -1, -1
#define H16 H4, H4, H4, H4
    H16,           H16, H16,
    /* 0x30 */ 0,  1,   2,   3,   4,   5,   6,   7,   8,  9,  -1, -1, -1, -1, -1, -1,
    /* 0x40 */ -1, 10,  11,  12,  13,  14,  15,  -1,  -1, -1, -1, -1, -1, -1, -1, -1, H16,
    /* 0x60 */ -1, 10,  11,  12,  13,  14,  15,  -1,  -1, -1, -1, -1, -1, -1, -1, -1, H16,
    H16,           H16, H16, H16, H16, H16, H16, H16,
#undef H16
#undef H4
};

static int hex_value(uint16_t unit) { return hex_values[(uint8_t)unit]; }

void eddy_hex_encode(const uint8_t* in, size_t len, uint8_t* out) {
  pthread_once(&tables_once, tables_init);
  for (size_t i = 0; i < len; i++) memcpy(out + 2 * i, &hex_pairs[in[i]], 2);
}

size_t eddy_hex_decode(const uint16_t* in, size_t n, uint8_t* out, size_t cap) {
  size_t o = 0;
  for (size_t i = 0; i + 1 < n && o < cap; i += 2) {
    int hi = hex_value(in[i]), lo = hex_value(in[i + 1]);
    if (hi < 0 || lo < 0) break;
    out[o++] = (uint8_t)(hi << 4 | lo);
  }
  return o;
}

size_t eddy_hex_decode8(const uint8_t* in, size_t n, uint8_t* out, size_t cap) {
  size_t o = 0;
  for (size_t i = 0; i + 1 < n && o < cap; i += 2) {
    int hi = hex_values[in[i]], lo = hex_values[in[i + 1]];
    if (hi < 0 || lo < 0) break;
    out[o++] = (uint8_t)(hi << 4 | lo);
  }
  return o;
}

void eddy_latin1_from_units(const uint16_t* in, size_t n, uint8_t* out) {
  size_t i = 0;
#ifdef __SSE2__
  const __m128i low = _mm_set1_epi16(0xFF);
  for (; i + 16 <= n; i += 16) {
    __m128i a = _mm_and_si128(_mm_loadu_si128((const __m128i*)(in + i)), low);
    __m128i b = _mm_and_si128(_mm_loadu_si128((const __m128i*)(in + i + 8)), low);
    _mm_storeu_si128((__m128i*)(out + i), _mm_packus_epi16(a, b));
  }
#endif
  for (; i < n; i++) out[i] = (uint8_t)in[i];
}

/* Widening is on the path of every latin1/ascii/utf8 string made from bytes, so
 * it goes 16 bytes at a time where SSE2 is there. */
void eddy_units_from_latin1(const uint8_t* in, size_t n, uint16_t* out) {
  size_t i = 0;
#ifdef __SSE2__
  const __m128i zero = _mm_setzero_si128();
  for (; i + 16 <= n; i += 16) {
    __m128i v = _mm_loadu_si128((const __m128i*)(in + i));
    _mm_storeu_si128((__m128i*)(out + i), _mm_unpacklo_epi8(v, zero));
    _mm_storeu_si128((__m128i*)(out + i + 8), _mm_unpackhi_epi8(v, zero));
  }
#endif
  for (; i < n; i++) out[i] = in[i];
}

void eddy_ascii_from_bytes(const uint8_t* in, size_t n, uint8_t* out) {
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    memcpy(&w, in + i, 8);
    w &= 0x7F7F7F7F7F7F7F7Full;
    memcpy(out + i, &w, 8);
  }
  for (; i < n; i++) out[i] = in[i] & 0x7F;
}

void eddy_swap16(uint8_t* p, size_t len) {
  for (size_t i = 0; i + 2 <= len; i += 2) {
    uint16_t v;
    memcpy(&v, p + i, 2);
    v = __builtin_bswap16(v);
    memcpy(p + i, &v, 2);
  }
}

void eddy_swap32(uint8_t* p, size_t len) {
  for (size_t i = 0; i + 4 <= len; i += 4) {
    uint32_t v;
    memcpy(&v, p + i, 4);
    v = __builtin_bswap32(v);
    memcpy(p + i, &v, 4);
  }
}

void eddy_swap64(uint8_t* p, size_t len) {
  for (size_t i = 0; i + 8 <= len; i += 8) {
    uint64_t v;
    memcpy(&v, p + i, 8);
    v = __builtin_bswap64(v);
    memcpy(p + i, &v, 8);
  }
}

/* Bounds of the second byte for a lead byte, per the UTF-8 well-formed table;
 * returns the sequence length, or 0 for a byte that cannot lead. */
static size_t utf8_lead(uint8_t b, uint8_t* lo, uint8_t* hi) {
  *lo = 0x80;
  *hi = 0xBF;
  if (b >= 0xC2 && b <= 0xDF) return 2;
  if (b >= 0xE0 && b <= 0xEF) {
    if (b == 0xE0) *lo = 0xA0;
    if (b == 0xED) *hi = 0x9F;
    return 3;
  }
  if (b >= 0xF0 && b <= 0xF4) {
    if (b == 0xF0) *lo = 0x90;
    if (b == 0xF4) *hi = 0x8F;
    return 4;
  }
  return 0;
}

int eddy_is_utf8(const uint8_t* in, size_t len) {
  size_t i = 0;
  while (i < len) {
    if (in[i] < 0x80) {
      size_t j = i;
      while (j + 8 <= len) {
        uint64_t w;
        memcpy(&w, in + j, 8);
        if (w & 0x8080808080808080ull) break;
        j += 8;
      }
      i = j;
      while (i < len && in[i] < 0x80) i++;
      continue;
    }
    uint8_t lo, hi;
    size_t need = utf8_lead(in[i], &lo, &hi);
    if (need == 0 || i + need > len) return 0;
    if (in[i + 1] < lo || in[i + 1] > hi) return 0;
    for (size_t k = 2; k < need; k++)
      if ((in[i + k] & 0xC0) != 0x80) return 0;
    i += need;
  }
  return 1;
}

size_t eddy_utf8_incomplete_tail(const uint8_t* in, size_t len) {
  for (size_t back = 1; back <= 3 && back <= len; back++) {
    uint8_t b = in[len - back];
    if ((b & 0xC0) == 0x80) continue;
    uint8_t lo, hi;
    size_t need = utf8_lead(b, &lo, &hi);
    if (need <= back) return 0;
    if (back >= 2 && (in[len - back + 1] < lo || in[len - back + 1] > hi)) return 0;
    return back;
  }
  return 0;
}
