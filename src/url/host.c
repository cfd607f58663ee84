/* The URL Standard's percent-encode sets and host parser: IPv6 literals, IPv4 in
 * all its number forms, opaque hosts of non-special URLs, and domains (ASCII ones
 * are only lower-cased; anything else goes through the caller's UTS #46 ToASCII). */
#include <stdlib.h>
#include <string.h>

#include "../util/check.h"
#include "../util/hex.h"
#include "../util/utf8.h"
#include "url.h"

/* --- byte strings ------------------------------------------------------------- */

/* Room for extra more bytes. Afterwards b->p is never NULL, even for extra 0, so
 * callers may form b->p + b->len (NULL + 0 is undefined in C). */
void url_buf_reserve(url_buf* b, size_t extra) {
  if (b->p != NULL && b->len + extra <= b->cap) return;
  size_t cap = b->cap ? b->cap * 2 : 64;
  while (cap < b->len + extra) cap *= 2;
  b->p = eddy_realloc(b->p, cap);
  b->cap = cap;
}

void url_buf_append(url_buf* b, const char* s, size_t n) {
  if (n == 0) return;
  url_buf_reserve(b, n);
  memcpy(b->p + b->len, s, n);
  b->len += n;
}

void url_buf_copy(url_buf* dst, const url_buf* src) {
  dst->len = 0;
  url_buf_append(dst, src->p, src->len);
}

void url_buf_free(url_buf* b) {
  free(b->p);
  *b = (url_buf){0};
}

/* --- percent-encoding ------------------------------------------------------------ */

/* C0 controls and DEL; each later set adds to the one before it. */
#define C0_ROWS                                                                             \
  [0] = 1, [1] = 1, [2] = 1, [3] = 1, [4] = 1, [5] = 1, [6] = 1, [7] = 1, [8] = 1, [9] = 1, \
  [10] = 1, [11] = 1, [12] = 1, [13] = 1, [14] = 1, [15] = 1, [16] = 1, [17] = 1, [18] = 1, \
  [19] = 1, [20] = 1, [21] = 1, [22] = 1, [23] = 1, [24] = 1, [25] = 1, [26] = 1, [27] = 1, \
  [28] = 1, [29] = 1, [30] = 1, [31] = 1, [0x7f] = 1
#define QUERY_ROWS C0_ROWS, [' '] = 1, ['"'] = 1, ['#'] = 1, ['<'] = 1, ['>'] = 1
#define PATH_ROWS QUERY_ROWS, ['?'] = 1, ['^'] = 1, ['`'] = 1, ['{'] = 1, ['}'] = 1

const uint8_t url_set_c0[128] = {C0_ROWS};
const uint8_t url_set_fragment[128] = {
    C0_ROWS, [' '] = 1, ['"'] = 1, ['<'] = 1, ['>'] = 1, ['`'] = 1};
const uint8_t url_set_query[128] = {QUERY_ROWS};
const uint8_t url_set_special_query[128] = {QUERY_ROWS, ['\''] = 1};
const uint8_t url_set_path[128] = {PATH_ROWS};
const uint8_t url_set_userinfo[128] = {PATH_ROWS, ['/'] = 1, [':'] = 1,  [';'] = 1, ['='] = 1,
                                       ['@'] = 1, ['['] = 1, ['\\'] = 1, [']'] = 1, ['|'] = 1};

static const char hex_upper[] = "0123456789ABCDEF";

static void encode_byte(url_buf* out, unsigned b) {
  url_buf_reserve(out, 3);
  out->p[out->len++] = '%';
  out->p[out->len++] = hex_upper[b >> 4];
  out->p[out->len++] = hex_upper[b & 15];
}

void url_percent_encode(url_buf* out, const uint16_t* s, size_t n, const uint8_t* set) {
  url_buf_reserve(out, n);
  /* Most text needs no encoding: copy the run that needs none in one go. */
  char* d = out->p + out->len;
  size_t i = 0;
  for (; i < n; i++) {
    uint16_t c = s[i];
    if (c >= 0x80 || set[c]) break;
    d[i] = (char)c;
  }
  out->len += i;
  for (; i < n; i++) {
    uint32_t c = s[i];
    if (c < 0x80) {
      if (!set[c]) {
        url_buf_push(out, (char)c);
        continue;
      }
      encode_byte(out, c);
      continue;
    }
    /* Outside ASCII: the code point's UTF-8 bytes, each escaped (a lone surrogate's
     * are U+FFFD's). A high surrogate goes to the encoder with its low one only. */
    bool pair = c >= 0xd800 && c <= 0xdbff && i + 1 < n && s[i + 1] >= 0xdc00 && s[i + 1] <= 0xdfff;
    size_t units = pair ? 2 : 1;
    uint8_t bytes[4];
    size_t read = 0;
    size_t k = eddy_utf8_encode(s + i, units, bytes, sizeof bytes, &read);
    for (size_t b = 0; b < k; b++) encode_byte(out, bytes[b]);
    i += units - 1;
  }
}

/* --- IPv4 ------------------------------------------------------------------------ */

#define IPV4_BIG ((uint64_t)1 << 40) /* any part this large fails whatever its place */

/* The IPv4 number in s[start, end): decimal, octal ('0' prefix) or hex ('0x'); -1
 * when it is none. Values saturate at IPV4_BIG. */
static int64_t ipv4_number(const char* s, size_t start, size_t end) {
  if (start == end) return -1;
  unsigned radix = 10;
  if (end - start >= 2 && s[start] == '0') {
    if ((s[start + 1] | 0x20) == 'x') {
      radix = 16;
      start += 2;
    } else {
      radix = 8;
      start += 1;
    }
  }
  uint64_t value = 0;
  for (size_t i = start; i < end; i++) {
    int d = eddy_hex_digit((unsigned char)s[i]);
    if (d < 0 || (unsigned)d >= radix) return -1;
    value = value * radix + (unsigned)d;
    if (value > IPV4_BIG) value = IPV4_BIG;
  }
  return (int64_t)value;
}

/* Whether the last label (a final '.' ignored) is all digits or an IPv4 number. */
static bool ends_in_a_number(const char* s, size_t len) {
  size_t end = len;
  if (end > 0 && s[end - 1] == '.') {
    end--;
    if (end == 0) return false;
  }
  size_t start = end;
  while (start > 0 && s[start - 1] != '.') start--;
  if (start == end) return false;
  size_t i = start;
  while (i < end && s[i] >= '0' && s[i] <= '9') i++;
  return i == end || ipv4_number(s, start, end) != -1;
}

/* The IPv4 parser: the address, or -1. */
static int64_t parse_ipv4(const char* s, size_t len) {
  size_t end = len;
  if (end > 1 && s[end - 1] == '.') end--;
  uint64_t address = 0;
  int parts = 0;
  size_t start = 0;
  for (size_t i = 0; i <= end; i++) {
    if (i < end && s[i] != '.') continue;
    if (parts == 4) return -1;
    int64_t n = ipv4_number(s, start, i);
    if (n < 0) return -1;
    parts++;
    if (i < end) {
      if (n > 255) return -1;
      address += (uint64_t)n << (8 * (4 - parts));
    } else {
      if ((uint64_t)n >= ((uint64_t)1 << (8 * (5 - parts)))) return -1;
      address += (uint64_t)n;
    }
    start = i + 1;
  }
  return (int64_t)address;
}

static void serialize_ipv4(url_buf* out, uint32_t a) {
  char tmp[16];
  int n = 0;
  for (int k = 3; k >= 0; k--) {
    unsigned part = (a >> (8 * k)) & 255;
    if (part >= 100) tmp[n++] = (char)('0' + part / 100);
    if (part >= 10) tmp[n++] = (char)('0' + part / 10 % 10);
    tmp[n++] = (char)('0' + part % 10);
    if (k) tmp[n++] = '.';
  }
  url_buf_append(out, tmp, (size_t)n);
}

/* --- IPv6 ------------------------------------------------------------------------ */

static bool parse_ipv6(const uint16_t* s, size_t len, uint16_t address[8]) {
  memset(address, 0, 8 * sizeof(uint16_t));
  int piece = 0, compress = -1;
  size_t p = 0;
#define AT(i) ((i) < len ? (uint32_t)s[i] : 0xffffffffu)
  if (AT(0) == ':') {
    if (AT(1) != ':') return false;
    p = 2;
    compress = ++piece;
  }
  while (p < len) {
    if (piece == 8) return false;
    if (s[p] == ':') {
      if (compress != -1) return false;
      p++;
      compress = ++piece;
      continue;
    }
    uint32_t value = 0;
    int length = 0;
    while (length < 4 && p < len && eddy_hex_digit(s[p]) >= 0) {
      value = value * 16 + (uint32_t)eddy_hex_digit(s[p]);
      p++;
      length++;
    }
    if (AT(p) == '.') {
      if (length == 0) return false;
      p -= (size_t)length;
      if (piece > 6) return false;
      int seen = 0;
      while (p < len) {
        int v4 = -1;
        if (seen > 0) {
          if (s[p] == '.' && seen < 4)
            p++;
          else
            return false;
        }
        uint32_t c = AT(p);
        if (!(c >= '0' && c <= '9')) return false;
        while (c >= '0' && c <= '9') {
          int number = (int)c - '0';
          if (v4 == -1)
            v4 = number;
          else if (v4 == 0)
            return false;
          else
            v4 = v4 * 10 + number;
          if (v4 > 255) return false;
          p++;
          c = AT(p);
        }
        address[piece] = (uint16_t)(address[piece] * 0x100 + v4);
        seen++;
        if (seen == 2 || seen == 4) piece++;
      }
      if (seen != 4) return false;
      break;
    } else if (AT(p) == ':') {
      p++;
      if (p >= len) return false;
    } else if (p < len) {
      return false;
    }
    address[piece++] = (uint16_t)value;
  }
#undef AT
  if (compress != -1) {
    int swaps = piece - compress;
    piece = 7;
    while (piece != 0 && swaps > 0) {
      uint16_t t = address[piece];
      address[piece] = address[compress + swaps - 1];
      address[compress + swaps - 1] = t;
      piece--;
      swaps--;
    }
  } else if (piece != 8) {
    return false;
  }
  return true;
}

static void serialize_ipv6(url_buf* out, const uint16_t a[8]) {
  /* The first longest run of two or more zero pieces becomes '::'. */
  int best = -1, best_len = 1;
  for (int i = 0; i < 8;) {
    if (a[i] != 0) {
      i++;
      continue;
    }
    int j = i;
    while (j < 8 && a[j] == 0) j++;
    if (j - i > best_len) {
      best = i;
      best_len = j - i;
    }
    i = j;
  }
  url_buf_push(out, '[');
  for (int i = 0; i < 8; i++) {
    if (i == best) {
      url_buf_append(out, i == 0 ? "::" : ":", i == 0 ? 2 : 1);
      i += best_len - 1;
      continue;
    }
    static const char digits[] = "0123456789abcdef";
    char tmp[4];
    int n = 0;
    unsigned v = a[i];
    do {
      tmp[n++] = digits[v & 15];
      v >>= 4;
    } while (v);
    while (n) url_buf_push(out, tmp[--n]);
    if (i != 7) url_buf_push(out, ':');
  }
  url_buf_push(out, ']');
}

/* --- hosts ----------------------------------------------------------------------- */

/* Forbidden host code points: NUL TAB LF CR space # / : < > ? @ [ \ ] ^ |; forbidden
 * domain code points add the C0 controls, '%' and DEL. */
static const uint8_t forbidden_host[128] = {
    [0] = 1,   ['\t'] = 1, ['\n'] = 1, ['\r'] = 1, [' '] = 1, ['#'] = 1,
    ['/'] = 1, [':'] = 1,  ['<'] = 1,  ['>'] = 1,  ['?'] = 1, ['@'] = 1,
    ['['] = 1, ['\\'] = 1, [']'] = 1,  ['^'] = 1,  ['|'] = 1};

static bool forbidden_domain(unsigned c) {
  return c >= 0x80 || c < 0x20 || c == 0x7f || c == '%' || forbidden_host[c];
}

static void reserve_units(url_env* env, size_t n) {
  if (n <= env->units_cap) return;
  env->units = eddy_realloc(env->units, n * sizeof(uint16_t));
  env->units_cap = n;
}

/* A domain of ASCII labels, none starting with 'xn--', needs only lower-casing. */
static bool simple_domain(const uint16_t* s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    if (s[i] >= 0x80) return false;
    if ((i == 0 || s[i - 1] == '.') && (s[i] | 0x20) == 'x' && i + 3 < n &&
        (s[i + 1] | 0x20) == 'n' && s[i + 2] == '-' && s[i + 3] == '-')
      return false;
  }
  return true;
}

/* The general case: the host percent-decoded and read as UTF-8 (without BOM
 * handling), then UTS #46 ToASCII (only lower-casing when the result is simple). */
static bool domain_to_ascii(url_env* env, const uint16_t* s, size_t n, url_buf* out) {
  const uint16_t* domain = s;
  size_t dlen = n;
  bool escaped = false;
  for (size_t i = 0; i < n; i++)
    if (s[i] == '%') escaped = true;
  if (escaped) {
    url_buf* bytes = &env->scratch;
    bytes->len = 0;
    for (size_t i = 0; i < n; i++) {
      uint32_t c = s[i];
      if (c == '%' && i + 2 < n && eddy_hex_digit(s[i + 1]) >= 0 && eddy_hex_digit(s[i + 2]) >= 0) {
        url_buf_push(bytes, (char)(eddy_hex_digit(s[i + 1]) * 16 + eddy_hex_digit(s[i + 2])));
        i += 2;
      } else if (c < 0x80) {
        url_buf_push(bytes, (char)c);
      } else {
        size_t k = i + 1 < n && c >= 0xd800 && c <= 0xdbff ? 2 : 1;
        url_buf_reserve(bytes, 4);
        bytes->len += eddy_utf8_encode(s + i, k, (uint8_t*)bytes->p + bytes->len, 4, NULL);
        i += k - 1;
      }
    }
    reserve_units(env, bytes->len + 1);
    dlen = eddy_utf8_decode((const uint8_t*)bytes->p, bytes->len, env->units);
    domain = env->units;
  }
  if (dlen == 0) return false;
  if (simple_domain(domain, dlen)) {
    url_buf_reserve(out, dlen);
    for (size_t i = 0; i < dlen; i++) {
      unsigned c = domain[i];
      out->p[out->len++] = (char)(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
    }
    return true;
  }
  return env->to_ascii(env->to_ascii_data, domain, dlen, out);
}

bool url_parse_host(url_env* env, const uint16_t* s, size_t n, bool opaque, url_buf* out) {
  out->len = 0;
  if (n > 0 && s[0] == '[') {
    if (s[n - 1] != ']') return false;
    uint16_t address[8];
    if (!parse_ipv6(s + 1, n - 2, address)) return false;
    serialize_ipv6(out, address);
    return true;
  }
  if (opaque) {
    for (size_t i = 0; i < n; i++)
      if (s[i] < 0x80 && forbidden_host[s[i]]) return false;
    url_percent_encode(out, s, n, url_set_c0);
    return true;
  }
  /* The common case in one pass: ASCII without '%' and without an 'xn--' label,
   * whose UTS #46 processing is only lower-casing. A forbidden code point there
   * fails only once the whole host is known to be such a one (a later combining
   * mark would make '<' part of another character). */
  bool plain = true, forbidden = false;
  url_buf_reserve(out, n);
  for (size_t i = 0; i < n; i++) {
    unsigned c = s[i];
    if (c >= 0x80 || c == '%' ||
        ((c | 0x20) == 'x' && (i == 0 || s[i - 1] == '.') && i + 3 < n &&
         (s[i + 1] | 0x20) == 'n' && s[i + 2] == '-' && s[i + 3] == '-')) {
      plain = false;
      break;
    }
    forbidden |= c < 0x20 || c == 0x7f || forbidden_host[c];
    out->p[i] = (char)(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
  }
  if (plain) {
    if (n == 0 || forbidden) return false;
    out->len = n;
  } else {
    if (!domain_to_ascii(env, s, n, out) || out->len == 0) return false;
    for (size_t i = 0; i < out->len; i++)
      if (forbidden_domain((unsigned char)out->p[i])) return false;
  }
  if (ends_in_a_number(out->p, out->len)) {
    int64_t address = parse_ipv4(out->p, out->len);
    if (address < 0) return false;
    out->len = 0;
    serialize_ipv4(out, (uint32_t)address);
  }
  return true;
}
