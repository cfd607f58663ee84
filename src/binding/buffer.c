#define _GNU_SOURCE /* memmem, memrchr */
/* internalBinding('buffer'): the byte work behind lib/buffer.js, string_decoder and
 * TextEncoder/TextDecoder — encoding JS strings into bytes and back, searching,
 * comparing, filling and swapping. lib/ validates every argument (ranges are
 * already clamped to the view) and picks the encoding; C trusts it and CHECKs.
 *
 * Strings cross the boundary through util/js_string: read in place in whichever
 * width the engine stores them (Latin-1 or UTF-16), and made by writing the
 * characters straight into the engine's string, 8-bit whenever the encoding's
 * output is (latin1, ascii, hex, base64, ASCII-only utf8). Memory made here for JS
 * is an ArrayBuffer that owns its malloc'd bytes and frees them in its deallocator. */
#include <stdlib.h>
#include <string.h>

#include "../runtime/runtime.h"
#include "../util/check.h"
#include "../util/encoding.h"
#include "../util/js.h"
#include "../util/js_string.h"
#include "../util/js_value.h"
#include "../util/js_view.h"
#include "../util/utf8.h"

/* Encoding ids shared with lib/internal/buffer/encodings.js. */
enum {
  ENC_UTF8 = 1,
  ENC_UCS2 = 2,
  ENC_LATIN1 = 3,
  ENC_ASCII = 4,
  ENC_BASE64 = 5,
  ENC_BASE64URL = 6,
  ENC_HEX = 7,
};

/* The bytes of a typed array argument lib/ guarantees to be one. */
static uint8_t* arg_bytes(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i,
                          size_t* len) {
  CHECK(i < argc);
  uint8_t* p = eddy_js_view_bytes(ctx, argv[i], len);
  CHECK(p != NULL || *len == 0);
  return p;
}

/* Small integers cross as JSC's JSVALUE64 int32 encoding (tag 0xfffe in the top
 * 16 bits, the value in the low 32): read and made here without JSValueToNumber /
 * JSValueMakeNumber, which take the engine's lock (about 200 instructions per
 * argument, measured with callgrind on a 1 KB toString). Anything else (a double)
 * takes the public API. */

static int64_t arg_int(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i) {
  if (i < argc) {
    if (eddy_jsv_is_int32(argv[i])) return eddy_jsv_int32(argv[i]);
  }
  return eddy_js_arg_int(ctx, argc, argv, i);
}

static size_t arg_size(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i) {
  int64_t v = arg_int(ctx, argc, argv, i);
  CHECK(v >= 0);
  return (size_t)v;
}

/* A count or index as a JS number (-1 for none). */
static JSValueRef make_int(JSContextRef ctx, double v) {
  if (v >= -1 && v <= 0x7fffffff) return eddy_jsv_make_int32((int32_t)v);
  return JSValueMakeNumber(ctx, v);
}

/* An ArrayBuffer that takes ownership of malloc'd bytes (len may be 0). */
static JSValueRef make_array_buffer(JSContextRef ctx, uint8_t* bytes, size_t len,
                                    JSValueRef* exception) {
  return JSObjectMakeArrayBufferWithBytesNoCopy(ctx, bytes, len, eddy_js_free_bytes, NULL,
                                                exception);
}

/* The RangeError for memory that is not there: huge inputs must throw, not abort. */
static JSValueRef out_of_memory(JSContextRef ctx, JSValueRef* exception) {
  JSValueRef msg = eddy_js_cstr(ctx, "Array buffer allocation failed");
  *exception = JSObjectMakeError(ctx, 1, &msg, NULL);
  JSValueRef range = eddy_js_get(ctx, JSContextGetGlobalObject(ctx), "RangeError");
  if (JSValueIsObject(ctx, range)) {
    JSValueRef e = JSObjectCallAsConstructor(ctx, (JSObjectRef)range, 1, &msg, NULL);
    if (e) *exception = e;
  }
  return NULL;
}

/* How many characters decoding len bytes makes at most, and whether they need 16 bits. */
static size_t decoded_max(const uint8_t* p, size_t len, int enc, bool* wide) {
  *wide = false;
  switch (enc) {
    case ENC_UCS2: *wide = true; return len / 2;
    case ENC_HEX: return len * 2;
    case ENC_BASE64:
    case ENC_BASE64URL: return eddy_base64_encoded_length(len, enc == ENC_BASE64URL);
    case ENC_UTF8: *wide = !eddy_is_ascii(p, len); return len;
    default: return len;
  }
}

/* Decodes bytes into a string with one of node's encodings (NULL and an
 * exception when the memory for it is not there). */
static JSValueRef decode_bytes(JSContextRef ctx, const uint8_t* p, size_t len, int enc,
                               JSValueRef* exception) {
  bool wide;
  size_t cap = decoded_max(p, len, enc, &wide);
  if (cap == 0) return eddy_js_latin1(ctx, NULL, 0);
  eddy_string_builder b;
  void* out =
      wide ? (void*)eddy_string_begin16(ctx, &b, cap) : (void*)eddy_string_begin8(ctx, &b, cap);
  if (!out) return out_of_memory(ctx, exception);
  uint8_t* out8 = out;
  uint16_t* out16 = out;
  size_t n = cap;
  switch (enc) {
    case ENC_UTF8:
      if (wide)
        n = eddy_utf8_decode(p, len, out16);
      else
        memcpy(out8, p, len);
      break;
    case ENC_UCS2:
      for (size_t i = 0; i < n; i++) out16[i] = (uint16_t)(p[2 * i] | p[2 * i + 1] << 8);
      break;
    case ENC_LATIN1: memcpy(out8, p, len); break;
    case ENC_ASCII: eddy_ascii_from_bytes(p, len, out8); break;
    case ENC_HEX: eddy_hex_encode(p, len, out8); break;
    case ENC_BASE64:
    case ENC_BASE64URL: n = eddy_base64_encode(p, len, out8, enc == ENC_BASE64URL); break;
    default: CHECK(!"unknown encoding");
  }
  JSValueRef v = eddy_string_finish(ctx, &b, n);
  return v ? v : out_of_memory(ctx, exception);
}

/* Encodes a string's characters into at most cap bytes; returns bytes written. */
static size_t encode_string(const eddy_string_view* s, uint8_t* out, size_t cap, int enc) {
  const uint8_t* c8 = s->latin1;
  const uint16_t* u = s->utf16;
  size_t n = s->len;
  if (n == 0) return 0;
  switch (enc) {
    case ENC_UTF8: return eddy_string_view_utf8(s, out, cap, NULL);
    case ENC_UCS2: {
      size_t k = n < cap / 2 ? n : cap / 2;
      for (size_t i = 0; i < k; i++) {
        uint16_t c = c8 ? c8[i] : u[i];
        out[2 * i] = (uint8_t)c;
        out[2 * i + 1] = (uint8_t)(c >> 8);
      }
      return k * 2;
    }
    case ENC_LATIN1:
    case ENC_ASCII: return eddy_string_view_latin1(s, out, cap);
    case ENC_BASE64:
    case ENC_BASE64URL:
      return c8 ? eddy_base64_decode8(c8, n, out, cap) : eddy_base64_decode(u, n, out, cap);
    case ENC_HEX: return c8 ? eddy_hex_decode8(c8, n, out, cap) : eddy_hex_decode(u, n, out, cap);
    default: CHECK(!"unknown encoding");
  }
  return 0;
}

/* The most bytes a string can encode to. */
static size_t encoded_max(const eddy_string_view* s, int enc) {
  size_t n = s->len;
  switch (enc) {
    case ENC_UTF8: return eddy_string_view_utf8_length(s);
    case ENC_UCS2: return n * 2;
    case ENC_BASE64:
    case ENC_BASE64URL: return n / 4 * 3 + 3;
    case ENC_HEX: return n / 2;
    default: return n;
  }
}

/* slice(buf, start, end, enc) -> string */
static EDDY_JS_FN(buffer_slice) {
  size_t len;
  uint8_t* p = arg_bytes(ctx, argc, argv, 0, &len);
  size_t start = arg_size(ctx, argc, argv, 1), end = arg_size(ctx, argc, argv, 2);
  CHECK(start <= end && end <= len);
  return decode_bytes(ctx, p + start, end - start, (int)arg_int(ctx, argc, argv, 3), exception);
}

/* write(buf, string, offset, maxLength, enc) -> bytes written */
static EDDY_JS_FN(buffer_write) {
  size_t len;
  uint8_t* p = arg_bytes(ctx, argc, argv, 0, &len);
  size_t offset = arg_size(ctx, argc, argv, 2), max = arg_size(ctx, argc, argv, 3);
  CHECK(offset <= len && max <= len - offset);
  eddy_string_view s;
  if (!eddy_string_view_open(ctx, eddy_js_arg(ctx, argc, argv, 1), &s, exception)) return NULL;
  size_t w = encode_string(&s, p + offset, max, (int)arg_int(ctx, argc, argv, 4));
  eddy_string_view_close(&s);
  return make_int(ctx, (double)w);
}

/* fromString(string, enc) -> ArrayBuffer holding exactly the encoded bytes */
static EDDY_JS_FN(buffer_from_string) {
  eddy_string_view s;
  if (!eddy_string_view_open(ctx, eddy_js_arg(ctx, argc, argv, 0), &s, exception)) return NULL;
  int enc = (int)arg_int(ctx, argc, argv, 1);
  size_t cap = encoded_max(&s, enc);
  uint8_t* bytes = malloc(cap ? cap : 1);
  if (!bytes) {
    eddy_string_view_close(&s);
    return JSValueMakeUndefined(ctx);
  }
  size_t w = encode_string(&s, bytes, cap, enc);
  eddy_string_view_close(&s);
  if (w < cap && w > 0) {
    uint8_t* shrunk = realloc(bytes, w);
    if (shrunk) bytes = shrunk;
  }
  return make_array_buffer(ctx, bytes, w, exception);
}

/* encodeIntoUtf8(string, dest) -> [units read, bytes written]: TextEncoder's
 * encodeInto, which never splits a character. */
static EDDY_JS_FN(buffer_encode_into_utf8) {
  size_t len;
  uint8_t* p = arg_bytes(ctx, argc, argv, 1, &len);
  eddy_string_view s;
  if (!eddy_string_view_open(ctx, eddy_js_arg(ctx, argc, argv, 0), &s, exception)) return NULL;
  size_t read = 0;
  size_t written = eddy_string_view_utf8(&s, p, len, &read);
  eddy_string_view_close(&s);
  JSValueRef r[2] = {JSValueMakeNumber(ctx, (double)read), JSValueMakeNumber(ctx, (double)written)};
  return JSObjectMakeArray(ctx, 2, r, exception);
}

/* byteLengthUtf8(string) -> bytes */
static EDDY_JS_FN(buffer_byte_length_utf8) {
  eddy_string_view s;
  if (!eddy_string_view_open(ctx, eddy_js_arg(ctx, argc, argv, 0), &s, exception)) return NULL;
  size_t n = encoded_max(&s, ENC_UTF8);
  eddy_string_view_close(&s);
  return make_int(ctx, (double)n);
}

/* allocUninitialized(size) -> ArrayBuffer of size bytes that are not cleared, or
 * undefined when the memory is not there (lib/ throws node's RangeError). For a
 * large Buffer.alloc(size, fill), which writes every byte itself: the engine's own
 * typed array clears its memory with a memset first, as long a pass as the fill. */
static EDDY_JS_FN(buffer_alloc_uninitialized) {
  size_t size = arg_size(ctx, argc, argv, 0);
  uint8_t* bytes = malloc(size ? size : 1);
  if (!bytes) return JSValueMakeUndefined(ctx);
  JSValueRef ab = make_array_buffer(ctx, bytes, size, exception);
  if (!ab) free(bytes);
  return ab;
}

/* concat.apply(target, pieces): copies the pieces into target one after another
 * until it is full (Buffer.concat's copy loop, one call instead of a
 * TypedArray#set per piece, which costs more than copying a small piece). Returns
 * the bytes copied, or -(i + 1) at the first argument i that is not a fixed-length
 * Uint8Array (or -1 when target is not one): lib/ validates and copies from there. */
static EDDY_JS_FN(buffer_concat) {
  uint8_t* out;
  size_t cap;
  if (!eddy_js_view_plain_u8(ctx, self, &out, &cap)) return eddy_jsv_make_int32(-1);
  size_t pos = 0;
  for (size_t i = 0; i < argc; i++) {
    uint8_t* p;
    size_t n;
    if (!eddy_js_view_plain_u8(ctx, argv[i], &p, &n)) return eddy_jsv_make_int32(-(int32_t)i - 1);
    if (n > cap - pos) n = cap - pos;
    if (n > 0) memmove(out + pos, p, n); /* a piece may view the same memory */
    pos += n;
  }
  return make_int(ctx, (double)pos);
}

/* compare(a, aStart, aEnd, b, bStart, bEnd) -> -1, 0 or 1 */
static EDDY_JS_FN(buffer_compare) {
  size_t alen, blen;
  uint8_t* a = arg_bytes(ctx, argc, argv, 0, &alen);
  size_t as = arg_size(ctx, argc, argv, 1), ae = arg_size(ctx, argc, argv, 2);
  uint8_t* b = arg_bytes(ctx, argc, argv, 3, &blen);
  size_t bs = arg_size(ctx, argc, argv, 4), be = arg_size(ctx, argc, argv, 5);
  CHECK(as <= ae && ae <= alen && bs <= be && be <= blen);
  size_t an = ae - as, bn = be - bs;
  int r = memcmp(a + as, b + bs, an < bn ? an : bn);
  if (r == 0) r = an < bn ? -1 : an > bn;
  return make_int(ctx, r < 0 ? -1 : r > 0 ? 1 : 0);
}

/* The first occurrence of needle in h. memchr on the needle's first byte runs at
 * memory speed and wins when that byte is rare; when it keeps hitting without a
 * match, memmem's two-way search takes over so the worst case stays linear. */
static uint8_t* find_forward(uint8_t* h, size_t hlen, const uint8_t* nd, size_t nlen) {
  if (nlen > hlen) return NULL;
  uint8_t* p = h;
  uint8_t* end = h + (hlen - nlen) + 1; /* past the last possible start */
  size_t misses = 0;
  while (p < end) {
    uint8_t* hit = memchr(p, nd[0], (size_t)(end - p));
    if (!hit) return NULL;
    if (memcmp(hit + 1, nd + 1, nlen - 1) == 0) return hit;
    p = hit + 1;
    if (++misses > 16 && (size_t)(p - h) < misses * 64) {
      return memmem(p, (size_t)(h + hlen - p), nd, nlen);
    }
  }
  return NULL;
}

/* indexOf(haystack, needle, byteOffset, forward, step) -> index or -1. Forward
 * searches start at byteOffset; backward ones find the last match starting at or
 * before it. step 2 keeps only matches at even offsets (ucs2). */
static EDDY_JS_FN(buffer_index_of) {
  size_t hlen, nlen;
  uint8_t* h = arg_bytes(ctx, argc, argv, 0, &hlen);
  uint8_t* nd = arg_bytes(ctx, argc, argv, 1, &nlen);
  size_t off = arg_size(ctx, argc, argv, 2);
  int forward = JSValueToBoolean(ctx, eddy_js_arg(ctx, argc, argv, 3));
  size_t step = arg_size(ctx, argc, argv, 4);
  CHECK(nlen > 0 && step >= 1);
  if (nlen > hlen) return make_int(ctx, -1);
  size_t last = hlen - nlen;
  if (forward) {
    for (size_t i = off; i <= last;) {
      uint8_t* hit = find_forward(h + i, hlen - i, nd, nlen);
      if (!hit) break;
      size_t at = (size_t)(hit - h);
      if (at % step == 0) return make_int(ctx, (double)at);
      i = at + 1;
    }
  } else {
    size_t i = off < last ? off : last;
    for (;;) {
      uint8_t* hit = memrchr(h, nd[0], i + 1);
      if (!hit) break;
      size_t at = (size_t)(hit - h);
      if (at % step == 0 && memcmp(hit, nd, nlen) == 0) return make_int(ctx, (double)at);
      if (at == 0) break;
      i = at - 1;
    }
  }
  return make_int(ctx, -1);
}

/* indexOfByte(buf, byte, byteOffset, forward) -> index or -1 */
static EDDY_JS_FN(buffer_index_of_byte) {
  size_t len;
  uint8_t* p = arg_bytes(ctx, argc, argv, 0, &len);
  int byte = (int)arg_int(ctx, argc, argv, 1);
  size_t off = arg_size(ctx, argc, argv, 2);
  int forward = JSValueToBoolean(ctx, eddy_js_arg(ctx, argc, argv, 3));
  uint8_t* hit = NULL;
  if (forward) {
    if (off < len) hit = memchr(p + off, byte, len - off);
  } else if (len > 0) {
    hit = memrchr(p, byte, (off < len ? off : len - 1) + 1);
  }
  return make_int(ctx, hit ? (double)(hit - p) : -1);
}

/* fill(buf, pattern, start, end): repeats pattern's bytes over [start, end). */
static EDDY_JS_FN(buffer_fill) {
  size_t len, plen;
  uint8_t* p = arg_bytes(ctx, argc, argv, 0, &len);
  uint8_t* pat = arg_bytes(ctx, argc, argv, 1, &plen);
  size_t start = arg_size(ctx, argc, argv, 2), end = arg_size(ctx, argc, argv, 3);
  CHECK(start <= end && end <= len && plen > 0);
  size_t n = end - start;
  if (plen == 1) {
    memset(p + start, pat[0], n);
  } else if (n > 0) {
    size_t first = plen < n ? plen : n;
    memmove(p + start, pat, first);
    /* Double the filled prefix until the range is covered. */
    for (size_t done = first; done < n;) {
      size_t k = done < n - done ? done : n - done;
      memcpy(p + start + done, p + start, k);
      done += k;
    }
  }
  return JSValueMakeUndefined(ctx);
}

/* swap(buf, width): byte-order swap of every 2-, 4- or 8-byte group. */
static EDDY_JS_FN(buffer_swap) {
  size_t len;
  uint8_t* p = arg_bytes(ctx, argc, argv, 0, &len);
  switch (arg_int(ctx, argc, argv, 1)) {
    case 2: eddy_swap16(p, len); break;
    case 4: eddy_swap32(p, len); break;
    case 8: eddy_swap64(p, len); break;
    default: CHECK(!"bad swap width");
  }
  return JSValueMakeUndefined(ctx);
}

static EDDY_JS_FN(buffer_is_utf8) {
  size_t len;
  uint8_t* p = arg_bytes(ctx, argc, argv, 0, &len);
  return JSValueMakeBoolean(ctx, eddy_is_utf8(p, len));
}

static EDDY_JS_FN(buffer_is_ascii) {
  size_t len;
  uint8_t* p = arg_bytes(ctx, argc, argv, 0, &len);
  return JSValueMakeBoolean(ctx, eddy_is_ascii(p, len));
}

/* decodeUtf8(buf, fatal) -> string, or null when fatal and the bytes are malformed. */
static EDDY_JS_FN(buffer_decode_utf8) {
  size_t len;
  uint8_t* p = arg_bytes(ctx, argc, argv, 0, &len);
  if (JSValueToBoolean(ctx, eddy_js_arg(ctx, argc, argv, 1)) && !eddy_is_utf8(p, len))
    return JSValueMakeNull(ctx);
  return decode_bytes(ctx, p, len, ENC_UTF8, exception);
}

/* decodeUtf16le(buf, fatal) -> string with lone surrogates replaced by U+FFFD (the
 * WHATWG rule, unlike Buffer's ucs2), or null when fatal and one is found. A
 * trailing odd byte counts as malformed. */
static EDDY_JS_FN(buffer_decode_utf16le) {
  size_t len;
  uint8_t* p = arg_bytes(ctx, argc, argv, 0, &len);
  int fatal = JSValueToBoolean(ctx, eddy_js_arg(ctx, argc, argv, 1));
  size_t n = len / 2, cap = n + (len & 1);
  if (cap == 0) return eddy_js_latin1(ctx, NULL, 0);
  eddy_string_builder b;
  uint16_t* u = eddy_string_begin16(ctx, &b, cap);
  if (!u) return out_of_memory(ctx, exception);
  for (size_t i = 0; i < n; i++) u[i] = (uint16_t)(p[2 * i] | p[2 * i + 1] << 8);
  int bad = 0;
  for (size_t i = 0; i < n; i++) {
    if (u[i] >= 0xD800 && u[i] <= 0xDBFF && i + 1 < n && u[i + 1] >= 0xDC00 && u[i + 1] <= 0xDFFF) {
      i++;
    } else if (u[i] >= 0xD800 && u[i] <= 0xDFFF) {
      u[i] = 0xFFFD;
      bad = 1;
    }
  }
  /* A trailing odd byte is one more error, unless a lead surrogate waiting for its
   * trail just became U+FFFD: the decoder reports the two as one at the end. */
  bool lead_pending = n > 0 && p[2 * n - 1] >= 0xD8 && p[2 * n - 1] <= 0xDB && u[n - 1] == 0xFFFD;
  if ((len & 1) && !lead_pending) u[n++] = 0xFFFD;
  if (len & 1) bad = 1;
  if (bad && fatal) {
    eddy_string_abandon(&b);
    return JSValueMakeNull(ctx);
  }
  JSValueRef v = eddy_string_finish(ctx, &b, n);
  return v ? v : out_of_memory(ctx, exception);
}

/* utf8IncompleteTail(buf) -> how many trailing bytes start an unfinished sequence. */
static EDDY_JS_FN(buffer_utf8_incomplete_tail) {
  size_t len;
  uint8_t* p = arg_bytes(ctx, argc, argv, 0, &len);
  return make_int(ctx, (double)eddy_utf8_incomplete_tail(p, len));
}

/* src/binding/encoding_icu.c: TextDecoder's legacy encodings. */
void eddy__buffer_add_icu(JSContextRef ctx, JSObjectRef binding);

JSObjectRef eddy_binding_buffer_init(eddy_runtime* rt, JSContextRef ctx) {
  (void)rt;
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  eddy_js_set_fn(ctx, b, "slice", buffer_slice);
  eddy_js_set_fn(ctx, b, "allocUninitialized", buffer_alloc_uninitialized);
  eddy_js_set_fn(ctx, b, "write", buffer_write);
  eddy_js_set_fn(ctx, b, "fromString", buffer_from_string);
  eddy_js_set_fn(ctx, b, "byteLengthUtf8", buffer_byte_length_utf8);
  eddy_js_set_fn(ctx, b, "encodeIntoUtf8", buffer_encode_into_utf8);
  eddy_js_set_fn(ctx, b, "compare", buffer_compare);
  eddy_js_set_fn(ctx, b, "concat", buffer_concat);
  eddy_js_set_fn(ctx, b, "indexOf", buffer_index_of);
  eddy_js_set_fn(ctx, b, "indexOfByte", buffer_index_of_byte);
  eddy_js_set_fn(ctx, b, "fill", buffer_fill);
  eddy_js_set_fn(ctx, b, "swap", buffer_swap);
  eddy_js_set_fn(ctx, b, "isUtf8", buffer_is_utf8);
  eddy_js_set_fn(ctx, b, "isAscii", buffer_is_ascii);
  eddy_js_set_fn(ctx, b, "decodeUtf8", buffer_decode_utf8);
  eddy_js_set_fn(ctx, b, "decodeUtf16le", buffer_decode_utf16le);
  eddy_js_set_fn(ctx, b, "utf8IncompleteTail", buffer_utf8_incomplete_tail);
  eddy__buffer_add_icu(ctx, b);
  return b;
}
