/* The WHATWG URL Standard's basic URL parser in C (https://url.spec.whatwg.org/):
 * URL records, the parser with its state overrides (the URL setters), the host
 * parser and the serializer. No engine types here: src/binding/url.c is the glue
 * that hands lib/internal/url.js an href and its component offsets.
 *
 * The parser reads UTF-16 units (what JS strings hold). Everything it writes is
 * ASCII: paths, queries, fragments, userinfo and opaque hosts are
 * percent-encoded, and domains go through UTS #46 ToASCII, which the caller
 * supplies (eddy's IDNA tables live in lib/internal/idna.js). */
#ifndef EDDY_URL_URL_H
#define EDDY_URL_URL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A growable byte string. */
typedef struct {
  char* p;
  size_t len, cap;
} url_buf;

void url_buf_reserve(url_buf* b, size_t extra);
void url_buf_append(url_buf* b, const char* s, size_t n);
void url_buf_copy(url_buf* dst, const url_buf* src);
void url_buf_free(url_buf* b);
static inline void url_buf_push(url_buf* b, char c) {
  if (b->len == b->cap) url_buf_reserve(b, 1);
  b->p[b->len++] = c;
}

/* A URL record. host, query and fragment exist only when their flag is set. The
 * path is kept serialized: each segment preceded by '/' ("" is the empty list,
 * "/" the list of one empty segment), or the opaque path itself when `opaque`. */
typedef struct {
  url_buf scheme, username, password, host, path, query, fragment;
  bool has_host, opaque, has_query, has_fragment;
  int32_t port; /* -1: none */
} url_record;

void url_record_reset(url_record* u);
void url_record_free(url_record* u);

/* UTS #46 ToASCII of a domain (UseSTD3ASCIIRules and VerifyDnsLength off): writes
 * the ASCII result into out and answers true, or false for failure. */
typedef bool (*url_to_ascii_fn)(void* data, const uint16_t* domain, size_t len, url_buf* out);

/* States a setter starts the parser in (the standard's state overrides). */
enum {
  URL_NO_OVERRIDE = 0,
  URL_SCHEME_START,
  URL_HOST,
  URL_HOSTNAME,
  URL_PORT,
  URL_PATH_START,
  URL_OPAQUE_PATH,
  URL_QUERY,
  URL_FRAGMENT,
};

typedef struct {
  url_to_ascii_fn to_ascii;
  void* to_ascii_data;
  url_buf scratch; /* percent-decoded host bytes */
  url_buf host;    /* a host being parsed */
  uint16_t* units; /* a host as UTF-16 after percent-decoding */
  size_t units_cap;
} url_env;

/* Input cleaning: leading and trailing C0 controls and spaces go (trim), and every
 * tab and newline. Writes at most len units into out and returns how many. */
size_t url_clean(const uint16_t* in, size_t len, uint16_t* out, bool trim);

/* The basic URL parser. Without an override it fills the reset record u from
 * input against base (NULL for none) and answers whether the input is a URL. With
 * one it changes u in place and answers false when the change is refused (u may
 * still have been changed in part, as the standard's setters do). */
bool url_parse(url_env* env, const uint16_t* input, size_t len, const url_record* base,
               url_record* u, int override);

/* The host parser: the serialized host of input into out, or false. */
bool url_parse_host(url_env* env, const uint16_t* input, size_t len, bool opaque, url_buf* out);

/* Percent-encode sets: 128-entry tables (every unit above 0x7e is in all of them). */
extern const uint8_t url_set_c0[128], url_set_fragment[128], url_set_query[128],
    url_set_special_query[128], url_set_path[128], url_set_userinfo[128];
/* Appends input UTF-8 percent-encoded with `set` (lone surrogates as U+FFFD). */
void url_percent_encode(url_buf* out, const uint16_t* input, size_t len, const uint8_t* set);

bool url_is_special(const url_buf* scheme);
int32_t url_default_port(const url_buf* scheme);

/* Offsets of the serialization's components, as lib/internal/url.js reads them. */
enum {
  URL_OFF_SCHEME_END, /* the ':' after the scheme */
  URL_OFF_USERNAME_END,
  URL_OFF_HOST_START,
  URL_OFF_HOST_END,
  URL_OFF_PORT, /* the port number, or URL_OMITTED */
  URL_OFF_PATH_START,
  URL_OFF_SEARCH, /* the '?', or URL_OMITTED */
  URL_OFF_HASH,   /* the '#', or URL_OMITTED */
  URL_OFF_FLAGS,  /* URL_HAS_HOST | URL_OPAQUE_PATH */
  URL_OFF_COUNT
};
#define URL_OMITTED 0xffffffffu
#define URL_FLAG_HAS_HOST 1u
#define URL_FLAG_OPAQUE 2u

/* Serializes u into out (cleared first) and fills off[URL_OFF_COUNT]. */
void url_serialize(const url_record* u, url_buf* out, uint32_t* off);

#endif
