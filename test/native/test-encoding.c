/* Unit tests of src/util/encoding.c: node's base64/hex rules and the UTF-8 checks. */
#include <stdio.h>
#include <string.h>

#include "util/encoding.h"
#include "util/utf8.h"

static int failures;

#define EXPECT(cond)                                                      \
  do {                                                                    \
    if (!(cond)) {                                                        \
      fprintf(stderr, "%s:%d: expected %s\n", __FILE__, __LINE__, #cond); \
      failures++;                                                         \
    }                                                                     \
  } while (0)

static size_t units(const char* s, uint16_t* out) {
  size_t n = strlen(s);
  for (size_t i = 0; i < n; i++) out[i] = (uint8_t)s[i];
  return n;
}

static int b64(const char* text, const char* expect) {
  uint16_t u[64];
  uint8_t out[64];
  size_t n = units(text, u);
  size_t got = eddy_base64_decode(u, n, out, sizeof out);
  return got == strlen(expect) && memcmp(out, expect, got) == 0;
}

static int hex(const char* text, const char* expect) {
  uint16_t u[64];
  uint8_t out[64];
  size_t n = units(text, u);
  size_t got = eddy_hex_decode(u, n, out, sizeof out);
  return got == strlen(expect) && memcmp(out, expect, got) == 0;
}

int main(void) {
  uint8_t out[64];
  EXPECT(eddy_base64_encode((const uint8_t*)"abcd", 4, out, 0) == 8 && !memcmp(out, "YWJjZA==", 8));
  EXPECT(eddy_base64_encode((const uint8_t*)"abcd", 4, out, 1) == 6 && !memcmp(out, "YWJjZA", 6));
  EXPECT(eddy_base64_encode((const uint8_t*)"\xfb\xff", 2, out, 1) == 3 && !memcmp(out, "-_8", 3));
  EXPECT(eddy_base64_encoded_length(4, 0) == 8 && eddy_base64_encoded_length(4, 1) == 6);
  EXPECT(b64("YWJj", "abc"));
  EXPECT(b64("YW Jj", "abc"));
  EXPECT(b64("YW*\nJj", "abc"));
  EXPECT(b64("YQ==YQ==", "a"));
  EXPECT(b64("YW=Jj", "a"));
  EXPECT(b64("Y", ""));
  EXPECT(b64("YWJjZA", "abcd"));
  EXPECT(b64("YW-_", "a\x6f\xbf"));
  EXPECT(b64("=YWJj", ""));
  {
    uint16_t u[] = {'Y', 'W', 0x100, 'J', 'j'};
    EXPECT(eddy_base64_decode(u, 5, out, 64) == 3 && !memcmp(out, "abc", 3));
    EXPECT(eddy_base64_decode(u, 5, out, 2) == 2);
  }
  EXPECT(hex("6162", "ab"));
  EXPECT(hex("616", "a"));
  EXPECT(hex("61zz62", "a"));
  EXPECT(hex("zz", ""));
  EXPECT(hex("4A4b", "JK"));
  eddy_hex_encode((const uint8_t*)"\x01\xab", 2, out);
  EXPECT(!memcmp(out, "01ab", 4));

  EXPECT(eddy_is_utf8((const uint8_t*)"plain ascii text", 16));
  EXPECT(eddy_is_utf8((const uint8_t*)"\xe2\x82\xac", 3));
  EXPECT(!eddy_is_utf8((const uint8_t*)"\xe2\x82", 2));
  EXPECT(!eddy_is_utf8((const uint8_t*)"\xed\xa0\x80", 3));
  EXPECT(!eddy_is_utf8((const uint8_t*)"\xc0\xaf", 2));
  {
    /* Latin-1 text (an 8-bit JS string) to UTF-8, whole and cut at a capacity that
     * falls inside a two-byte character. */
    static const uint8_t text[] = {'a', 0xE9, 'b', 0xFF, 'c', 'd', 'e', 'f', 'g', 'h', 0x80};
    static const uint8_t want[] = {'a', 0xC3, 0xA9, 'b', 0xC3, 0xBF, 'c',
                                   'd', 'e',  'f',  'g', 'h',  0xC2, 0x80};
    uint8_t out[16];
    size_t read = 0;
    EXPECT(eddy_utf8_length_latin1(text, sizeof text) == sizeof want);
    EXPECT(eddy_utf8_encode_latin1(text, sizeof text, out, sizeof out, &read) == sizeof want);
    EXPECT(read == sizeof text && memcmp(out, want, sizeof want) == 0);
    EXPECT(eddy_utf8_encode_latin1(text, sizeof text, out, 2, &read) == 1 && read == 1);
    EXPECT(eddy_utf8_encode_latin1(text, sizeof text, out, 3, &read) == 3 && read == 2);
    EXPECT(eddy_utf8_encode_latin1(text, sizeof text, out, 13, &read) == 12 && read == 10);
  }
  {
    /* The block scans (16 or 8 bytes a step, lane counters summed every 255 steps)
     * agree with a byte-at-a-time count at every length and alignment, with the
     * high bytes placed in every position of a block, and past 255 blocks. */
    enum { kBig = 255 * 16 * 2 + 37 };
    static uint8_t text[kBig + 16];
    for (size_t i = 0; i < sizeof text; i++)
      text[i] = (uint8_t)((i * 7 + i / 13) % 3 == 0 ? 0xE9 : 'a');
    for (size_t start = 0; start < 16; start++) {
      for (size_t len = 0; len <= 70; len++) {
        size_t high = 0;
        for (size_t i = 0; i < len; i++) high += text[start + i] >> 7;
        EXPECT(eddy_utf8_length_latin1(text + start, len) == len + high);
      }
    }
    size_t high = 0;
    for (size_t i = 0; i < kBig; i++) high += text[i] >> 7;
    EXPECT(eddy_utf8_length_latin1(text, kBig) == kBig + high);
    static uint8_t ascii[kBig];
    memset(ascii, 'x', sizeof ascii);
    EXPECT(eddy_is_ascii(ascii, kBig));
    for (size_t at = 0; at < 70; at++) {
      ascii[at] = 0x80;
      EXPECT(!eddy_is_ascii(ascii, kBig) && eddy_is_ascii(ascii, at));
      static uint8_t out[80];
      size_t read = 0;
      EXPECT(eddy_utf8_encode_latin1(ascii, 70, out, sizeof out, &read) == 71 && read == 70);
      EXPECT(memcmp(out, ascii, at) == 0 && out[at] == 0xC2 && out[at + 1] == 0x80);
      ascii[at] = 'x';
    }
    ascii[kBig - 1] = 0xFF;
    EXPECT(!eddy_is_ascii(ascii, kBig) && eddy_is_ascii(ascii, kBig - 1));
  }
  EXPECT(eddy_utf8_incomplete_tail((const uint8_t*)"a\xe2\x82", 3) == 2);
  EXPECT(eddy_utf8_incomplete_tail((const uint8_t*)"a\xe2\x82\xac", 4) == 0);
  EXPECT(eddy_utf8_incomplete_tail((const uint8_t*)"a\xf0", 2) == 1);
  EXPECT(eddy_utf8_incomplete_tail((const uint8_t*)"a\xe0\x80", 3) == 0);
  EXPECT(eddy_utf8_incomplete_tail((const uint8_t*)"a\x80", 2) == 0);

  {
    /* The table-driven encoders agree with a digit-at-a-time reference and decode
     * back, over every length. */
    static const char std[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    uint8_t src[40], b8[96], ref[64], back8[40];
    for (int i = 0; i < 40; i++) src[i] = (uint8_t)(i * 37 + 11);
    for (size_t len = 0; len <= 40; len++) {
      size_t r = 0;
      for (size_t i = 0; i < len; i += 3) {
        uint32_t v = (uint32_t)src[i] << 16 | (i + 1 < len ? (uint32_t)src[i + 1] << 8 : 0) |
                     (i + 2 < len ? src[i + 2] : 0);
        ref[r++] = (uint8_t)std[v >> 18];
        ref[r++] = (uint8_t)std[(v >> 12) & 63];
        ref[r++] = i + 1 < len ? (uint8_t)std[(v >> 6) & 63] : '=';
        ref[r++] = i + 2 < len ? (uint8_t)std[v & 63] : '=';
      }
      size_t n8 = eddy_base64_encode(src, len, b8, 0);
      EXPECT(n8 == r && n8 == eddy_base64_encoded_length(len, 0) && memcmp(b8, ref, r) == 0);
      EXPECT(eddy_base64_decode8(b8, n8, back8, sizeof back8) == len);
      EXPECT(memcmp(back8, src, len) == 0);
      n8 = eddy_base64_encode(src, len, b8, 1);
      EXPECT(n8 == eddy_base64_encoded_length(len, 1));
      EXPECT(eddy_base64_decode8(b8, n8, back8, sizeof back8) == len);
      EXPECT(memcmp(back8, src, len) == 0);
      eddy_hex_encode(src, len, b8);
      for (size_t k = 0; k < len; k++) {
        EXPECT(b8[2 * k] == "0123456789abcdef"[src[k] >> 4]);
        EXPECT(b8[2 * k + 1] == "0123456789abcdef"[src[k] & 15]);
      }
      EXPECT(eddy_hex_decode8(b8, 2 * len, back8, sizeof back8) == len);
      EXPECT(memcmp(back8, src, len) == 0);
    }
    uint16_t w[40];
    eddy_units_from_latin1(src, 40, w);
    for (int i = 0; i < 40; i++) EXPECT(w[i] == src[i]);
    uint8_t a7[40];
    eddy_ascii_from_bytes(src, 40, a7);
    for (int i = 0; i < 40; i++) EXPECT(a7[i] == (src[i] & 0x7F));
    uint8_t back[40];
    for (int i = 0; i < 40; i++) w[i] = (uint16_t)(0x100 * i + src[i]);
    eddy_latin1_from_units(w, 40, back);
    EXPECT(memcmp(back, src, 40) == 0);
  }

  uint8_t sw[8] = {1, 2, 3, 4, 5, 6, 7, 8};
  eddy_swap64(sw, 8);
  EXPECT(sw[0] == 8 && sw[7] == 1);
  eddy_swap16(sw, 8);
  EXPECT(sw[0] == 7 && sw[1] == 8);

  /* eddy_is_ascii: a byte with its top bit set is found at every position, in
   * every length around its 32- and 8-byte steps. */
  uint8_t text[100];
  for (size_t len = 0; len <= sizeof text; len++) {
    memset(text, 'a', sizeof text);
    EXPECT(eddy_is_ascii(text, len));
    for (size_t at = 0; at < len; at++) {
      text[at] = 0x80;
      EXPECT(!eddy_is_ascii(text, len));
      text[at] = 0x7f;
      EXPECT(eddy_is_ascii(text, len));
      text[at] = 'a';
    }
    if (len < sizeof text) {
      text[len] = 0xff; /* past the end: not looked at */
      EXPECT(eddy_is_ascii(text, len));
    }
  }

  if (failures) return 1;
  printf("test-encoding: ok\n");
  return 0;
}
