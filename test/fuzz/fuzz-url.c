/* libFuzzer target for the WHATWG URL parser in C (src/url/). Besides memory errors
 * it checks the contracts lib/internal/url.js relies on: the component offsets of a
 * serialization lie within it and in order, and a serialized URL parses back to the
 * same serialization (the standard's idempotence). Inputs are bytes mapped to UTF-16
 * units; the first byte chooses: parse alone, parse against a base, or parse then
 * run a setter (the state overrides). Build and run with `make fuzz`. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "url/url.h"
#include "util/check.h"

/* A stand-in for UTS #46 ToASCII: ASCII domains lower-cased, anything else refused. */
static bool ascii_only(void* data, const uint16_t* domain, size_t len, url_buf* out) {
  (void)data;
  for (size_t i = 0; i < len; i++) {
    if (domain[i] > 0x7f) return false;
    char c = (char)domain[i];
    url_buf_push(out, c >= 'A' && c <= 'Z' ? (char)(c + 32) : c);
  }
  return true;
}

/* Bytes 0xF0-0xFF stand for units the parser treats specially. */
static uint16_t unit_of(uint8_t byte) {
  static const uint16_t special[16] = {0x00E9, 0x2028, 0xD800, 0xDC00, 0xFF0E, 0x3002, 0x0130, 0x00DF,
                                       0xFEFF, 0x00A0, 0x0009, 0x000A, 0xFFFD, 0x1F4A, 0x0080, 0xD83D};
  return byte >= 0xF0 ? special[byte - 0xF0] : byte;
}

static size_t to_units(const uint8_t* data, size_t size, uint16_t* out) {
  for (size_t i = 0; i < size; i++) out[i] = unit_of(data[i]);
  return url_clean(out, size, out, true);
}

static void check_offsets(const url_buf* href, const uint32_t* off) {
  size_t len = href->len;
  CHECK(off[URL_OFF_SCHEME_END] < len && href->p[off[URL_OFF_SCHEME_END]] == ':');
  CHECK(off[URL_OFF_SCHEME_END] <= off[URL_OFF_USERNAME_END]);
  CHECK(off[URL_OFF_USERNAME_END] <= off[URL_OFF_HOST_START]);
  CHECK(off[URL_OFF_HOST_START] <= off[URL_OFF_HOST_END]);
  CHECK(off[URL_OFF_HOST_END] <= off[URL_OFF_PATH_START] && off[URL_OFF_PATH_START] <= len);
  uint32_t search = off[URL_OFF_SEARCH], hash = off[URL_OFF_HASH];
  if (search != URL_OMITTED) CHECK(search >= off[URL_OFF_PATH_START] && search < len && href->p[search] == '?');
  if (hash != URL_OMITTED) CHECK(hash >= off[URL_OFF_PATH_START] && hash < len && href->p[hash] == '#');
  if (search != URL_OMITTED && hash != URL_OMITTED) CHECK(search < hash);
  for (size_t i = 0; i < len; i++) CHECK((unsigned char)href->p[i] < 0x80);
}

/* Serializes u, checks the offsets, and, when reparse is set, that the text parses
 * back to itself. */
static void check_record(url_env* env, const url_record* u, bool reparse) {
  url_buf href = {0};
  uint32_t off[URL_OFF_COUNT];
  url_serialize(u, &href, off);
  check_offsets(&href, off);
  if (reparse) {
    uint16_t* units = eddy_malloc((href.len + 1) * sizeof(uint16_t));
    for (size_t i = 0; i < href.len; i++) units[i] = (unsigned char)href.p[i];
    url_record again = {0};
    url_record_reset(&again);
    CHECK(url_parse(env, units, href.len, NULL, &again, URL_NO_OVERRIDE));
    url_buf href2 = {0};
    uint32_t off2[URL_OFF_COUNT];
    url_serialize(&again, &href2, off2);
    CHECK(href2.len == href.len && memcmp(href2.p, href.p, href.len) == 0);
    CHECK(memcmp(off, off2, sizeof(off)) == 0);
    url_buf_free(&href2);
    url_record_free(&again);
    free(units);
  }
  url_buf_free(&href);
}

static const int kOverrides[] = {URL_SCHEME_START, URL_HOST,       URL_HOSTNAME, URL_PORT,
                                 URL_PATH_START,   URL_OPAQUE_PATH, URL_QUERY,    URL_FRAGMENT};

int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1) return 0;
  uint8_t mode = data[0] % 3;
  int override = kOverrides[(data[0] / 3) % 8];
  data++, size--;
  /* A zero byte splits the input from the base (or the setter's value). */
  const uint8_t* split = memchr(data, 0, size);
  size_t first = split ? (size_t)(split - data) : size;
  size_t second = split ? size - first - 1 : 0;
  uint16_t* a = eddy_malloc((first + 1) * sizeof(uint16_t));
  uint16_t* b = eddy_malloc((second + 1) * sizeof(uint16_t));
  size_t alen = to_units(data, first, a);
  size_t blen = split ? to_units(split + 1, second, b) : 0;

  url_env env = {.to_ascii = ascii_only};
  url_record u = {0}, base = {0};
  url_record_reset(&u);
  url_record_reset(&base);
  if (mode == 1 && url_parse(&env, b, blen, NULL, &base, URL_NO_OVERRIDE)) {
    check_record(&env, &base, true);
    if (url_parse(&env, a, alen, &base, &u, URL_NO_OVERRIDE)) check_record(&env, &u, true);
  } else if (url_parse(&env, a, alen, NULL, &u, URL_NO_OVERRIDE)) {
    check_record(&env, &u, true);
    if (mode == 2) {
      /* A setter may leave a URL that serializes to text parsing differently (the
       * standard's own known cases), so only its offsets are checked. */
      url_parse(&env, b, blen, NULL, &u, override);
      check_record(&env, &u, false);
    }
  }
  url_record_free(&u);
  url_record_free(&base);
  url_buf_free(&env.scratch);
  url_buf_free(&env.host);
  free(env.units);
  free(a);
  free(b);
  return 0;
}
