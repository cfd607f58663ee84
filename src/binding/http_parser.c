/* internalBinding('http_parser'): HTTP/1 messages parsed by llhttp (compiled in from the
 * installed node-llhttp package), crossing into JS once per message head.
 *
 * JS API:
 *   new HTTPParser()
 *   initialize(type, maxHeaderSize, lenientFlags, callbacks, owner)  type 0 request, 1 response;
 *       callbacks = [onHeaders, onBody, onComplete, onExecute], called with this = owner
 *       (a plain JS object: properties of objects of a C class are slow to use):
 *       onHeaders(info, method, url, headers, statusCode, statusMessage) -> skip-body flag
 *           info bits: 0-7 major, 8-15 minor, 16 upgrade, 17 keep-alive, 18 message
 *           already complete (no body: onComplete is not called for it)
 *           headers: flat [name, value, ...] of strings
 *       onBody(source, offset, length)   the body bytes are source[offset, +length):
 *           source is the runtime's read buffer (a Uint8Array, valid during the call:
 *           lib copies the chunk out) for a consumed handle's read, the ArrayBuffer of
 *           the view being execute()d, or an ArrayBuffer of the chunk's own
 *       onComplete(trailers | undefined)
 *       onExecute(kind, a, raw)      only while consuming: kind 0 = parse error (a = [code,
 *           reason, bytesParsed], raw = ArrayBuffer of the read), 1 = upgrade (a =
 *           ArrayBuffer of the bytes after the head); consuming has stopped either way
 *   execute(view) -> bytes parsed, or [code, reason, bytesParsed] on a parse error
 *   finish() -> 0 or [code, reason]
 *   consume(handle)   reads of a stream handle go straight into the parser (no JS per
 *                     chunk); EOF and read errors still reach handle.onread. handle
 *                     may also be a byte source (stream_wrap.h: a TLS connection,
 *                     whose cleartext then comes here); -> 0 or a negative errno
 *   unconsume()  readStart() / readStop()  (reading while consumed: backpressure)
 *   pause() / resume()  free(keep)  (keep: the parser goes to lib's idle pool)
 *   timing() -> null between messages, else ms since the message began (as -(ms + 1)
 *               once its head is complete): headersTimeout / requestTimeout
 * A request head is handed to JS at its end (or at its first body bytes, or when the
 * read is used up), so a body-less request crosses into JS once, with bit 18 set. *
 * Strings that repeat are made once: methods and header names are interned runtime-wide
 * (protected for the runtime's life, capped), and URLs and header values go through a
 * runtime-wide cache of recent strings, so a client sending the same head again (or
 * another client sending the same values) costs no new strings. The cache is shared
 * rather than per parser so that an idle keep-alive connection holds no strings. */
#include <llhttp.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../util/check.h"
#include "../util/js.h"
#include "../util/js_value.h"
#include "../util/js_view.h"
#include "stream_wrap.h"

enum {
  kValueCache = 8,       /* header values per head that go through the value cache */
  kValueCacheMax = 96,   /* longest header value cached (URLs: 4x this) */
  kValueTableSize = 512, /* entries of the runtime-wide value cache */
  kNameTableSize = 512,
  kReadSize = 65536
};

typedef struct name_entry {
  char* bytes;
  uint32_t len;
  JSValueRef value; /* protected until the runtime is disposed */
} name_entry;

typedef struct cached_value {
  char* bytes;
  uint32_t len;
  JSValueRef value; /* protected while cached */
} cached_value;

struct parser;
typedef struct consumer_set {
  struct parser** slots;
  size_t cap, count;
} consumer_set;

typedef struct http_state {
  JSValueRef methods[64]; /* protected; interned method names */
  JSValueRef query;       /* protected; "QUERY", which llhttp 8 does not name */
  name_entry names[kNameTableSize];
  size_t name_count;
  /* Recent URLs and header values, one per slot of their hash: a miss replaces. */
  cached_value values[kValueTableSize];
  consumer_set consumers; /* parsers reading straight from their socket's handle or source */
} http_state;

/* The head being accumulated: bytes in buf, spans as (offset, length) pairs. Made when
 * a message begins and freed when it completes, so an idle keep-alive connection holds
 * none of it (with thousands of them it adds up). */
typedef struct head_state {
  char* buf;
  size_t len, cap;
  uint32_t* spans;
  size_t nspans, spans_cap;
  size_t head_spans; /* spans of the head; later ones are trailers */
  uint32_t url_off, url_len, status_off, status_len;
  size_t header_bytes;
  size_t ext_bytes; /* chunk extension bytes of the current chunk */
  int last;         /* 0 none, 1 field, 2 value */
  bool in_trailers;
  bool headers_done;
} head_state;

/* What one run of llhttp over some bytes needs (execute(), finish(), a consumed read):
 * on the C stack of that call, reached through parser->run while it lasts (NULL
 * otherwise), so a parser does not carry it between reads. */
typedef struct run_state {
  const char* exec_start; /* the bytes being executed, to tell a folded line from a split read */
  const char* exec_end;
  /* where the content of the head's last line so far ended (after the request's
   * version, the status text, a header's name or value), and whether a name's colon
   * follows: the bare-LF checks look at the bytes from there (see line ends) */
  const char* line_end;
  bool line_end_is_name;
  const char* version_end; /* where a response's version ended (see status codes) */
  const char* value_end;
  /* the read being parsed (consumed handles only), and its ArrayBuffer once a body
   * chunk took the buffer over (protected until the read is parsed) */
  char* read_base;
  size_t read_len;
  JSObjectRef read_ab;
  /* the view being execute()d: its bytes, and the JS value they belong to; its large
   * body chunks are views on its ArrayBuffer, small ones copies (on_body); exec_copied:
   * exec_base is a copy of a small Buffer's bytes (see parser_execute) */
  const char* exec_base;
  size_t exec_len;
  JSValueRef exec_value;
  bool exec_copied;
  JSValueRef exception;  /* protected once got_exception */
  const char* user_code; /* an error found by us rather than llhttp, or NULL */
  const char* user_reason;
  /* how far before llhttp's error position our error is (bytesParsed; negative: after) */
  int32_t user_back;
  struct run_state* outer; /* the run this one is nested in (execute() from a callback) */
  /* llhttp 8's error came where node's llhttp (9) finds a status code short of three
   * digits: the first byte that is not one (see status codes), or NULL */
  const char* bad_status;
  bool got_exception;
  bool overflow;
  bool queues_held;     /* a consumed read's (parse_read): a body callback lets go meanwhile */
  bool last_callback;   /* the callback being made is the read's last (on_message_complete) */
  const char* body_end; /* where the last body chunk of this run ended */
} run_state;

/* One per connection (a server keeps one per open connection, idle or not): only what
 * lives between reads. */
typedef struct parser {
  llhttp_t llhttp;
  eddy_runtime* rt;
  JSObjectRef object;
  JSObjectRef callbacks[4]; /* protected while initialised */
  /* the array they were read from (protected with them): initialize() given the same
   * array again keeps them without reading it (4 engine calls, ~2,000 instructions) */
  JSObjectRef callbacks_from;
  /* `this` of the callbacks: lib's JS wrapper, which holds this parser's object (so the
   * two live and die together), or the parser's own object. Not protected: a protected
   * value per connection costs an entry in the engine's protect table (measured: 2 MB
   * at 10,000 connections with four each). */
  JSObjectRef owner;
  JSContextRef ctx;
  head_state* head; /* while a message is being parsed, else NULL */
  run_state* run;   /* while llhttp runs, else NULL */
  /* consuming: a stream handle, or a byte source (a TLS connection's cleartext) */
  eddy_handle* handle;
  eddy_byte_source* source;
  uint64_t started; /* loop time the current message began, 0 between messages */
  uint32_t max_header_size;
  /* small fields last, together */
  bool lenient;
  bool pending;     /* a request head parsed but not yet handed to JS */
  bool in_execute;  /* under execute(): callbacks are plain calls even while consuming */
  bool reading;     /* consuming, and the handle is being read */
  bool query;       /* the message being parsed is a QUERY request read as PURGE (run()) */
  bool spilled;     /* a message had trailers or 32+ header fields (see run_queues_now) */
  uint8_t held_len; /* the start of a QUERY request that a read split, kept for the next */
  char held[6];
} parser;

static llhttp_settings_t settings;

/* Read buffers (kReadSize each) that were handed to JS come back here when their
 * ArrayBuffer is collected, to be read into again: freed, they would go back to the
 * system in bursts (the collector frees many at once) and every later read would fault
 * its pages in anew. Process-wide (workers share it), capped. */
enum { kPoolMax = 32 };
static uv_once_t pool_once = UV_ONCE_INIT;
static uv_mutex_t pool_mutex;
static char* pool[kPoolMax];
static size_t pool_count;

static void pool_init(void) { CHECK(uv_mutex_init(&pool_mutex) == 0); }

static char* read_buf_get(void) {
  uv_once(&pool_once, pool_init);
  char* b = NULL;
  uv_mutex_lock(&pool_mutex);
  if (pool_count > 0) b = pool[--pool_count];
  uv_mutex_unlock(&pool_mutex);
  return b ? b : eddy_malloc(kReadSize);
}

static void read_buf_put(void* bytes, void* context) {
  (void)context;
  uv_once(&pool_once, pool_init);
  uv_mutex_lock(&pool_mutex);
  if (pool_count < kPoolMax) {
    pool[pool_count++] = bytes;
    bytes = NULL;
  }
  uv_mutex_unlock(&pool_mutex);
  free(bytes);
}

static _Atomic(JSClassRef) parser_class;

static http_state* state_of(eddy_runtime* rt) {
  return rt->binding_state[EDDY_BINDING_http_parser];
}

/* --- strings ----------------------------------------------------------------- */

static uint32_t hash_bytes(const char* s, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++) h = (h ^ (uint8_t)s[i]) * 16777619u;
  return h;
}

/* A header name: from the runtime table when seen before, else made (and added while
 * the table has room, so a flood of distinct names cannot grow it). */
static JSValueRef header_name(parser* p, const char* s, size_t n) {
  http_state* st = state_of(p->rt);
  if (n > 64) return eddy_js_latin1(p->ctx, (const uint8_t*)s, n);
  uint32_t i = hash_bytes(s, n) & (kNameTableSize - 1);
  for (;;) {
    name_entry* e = &st->names[i];
    if (!e->bytes) break;
    if (e->len == n && memcmp(e->bytes, s, n) == 0) return e->value;
    i = (i + 1) & (kNameTableSize - 1);
  }
  JSValueRef v = eddy_js_latin1(p->ctx, (const uint8_t*)s, n);
  if (st->name_count < kNameTableSize / 2) {
    name_entry* e = &st->names[i];
    e->bytes = eddy_malloc(n ? n : 1);
    memcpy(e->bytes, s, n);
    e->len = (uint32_t)n;
    e->value = v;
    JSValueProtect(p->ctx, v);
    st->name_count++;
  }
  return v;
}

static void cache_clear(JSContextRef ctx, cached_value* c) {
  if (c->value) JSValueUnprotect(ctx, c->value);
  free(c->bytes);
  memset(c, 0, sizeof(*c));
}

/* FNV-1a over 8-byte words: header values and URLs are hashed on every head. */
static uint32_t hash_value(const char* s, size_t n) {
  uint64_t h = 14695981039346656037ull ^ n;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    memcpy(&w, s + i, 8);
    h = (h ^ w) * 1099511628211ull;
  }
  for (; i < n; i++) h = (h ^ (uint8_t)s[i]) * 1099511628211ull;
  return (uint32_t)(h ^ (h >> 32));
}

static JSValueRef cached_string(parser* p, const char* s, size_t n) {
  cached_value* c = &state_of(p->rt)->values[hash_value(s, n) & (kValueTableSize - 1)];
  if (c->value && c->len == n && memcmp(c->bytes, s, n) == 0) return c->value;
  JSValueRef v = eddy_js_latin1(p->ctx, (const uint8_t*)s, n);
  if (n <= kValueCacheMax * 4) {
    cache_clear(p->ctx, c);
    c->bytes = eddy_malloc(n ? n : 1);
    memcpy(c->bytes, s, n);
    c->len = (uint32_t)n;
    c->value = v;
    JSValueProtect(p->ctx, v);
  }
  return v;
}

static JSValueRef method_name(parser* p, uint8_t m) {
  http_state* st = state_of(p->rt);
  if (p->query && m == HTTP_PURGE) {
    if (!st->query) {
      st->query = eddy_js_cstr(p->ctx, "QUERY");
      JSValueProtect(p->ctx, st->query);
    }
    return st->query;
  }
  /* (A string always: it tells the head's callback a request from a response.) */
  if (m >= 64) return eddy_js_cstr(p->ctx, llhttp_method_name((llhttp_method_t)m));
  if (!st->methods[m]) {
    st->methods[m] = eddy_js_cstr(p->ctx, llhttp_method_name((llhttp_method_t)m));
    JSValueProtect(p->ctx, st->methods[m]);
  }
  return st->methods[m];
}

/* --- accumulation -------------------------------------------------------------- */

static void append(parser* p, const char* at, size_t n) {
  if (p->head->len + n > p->head->cap) {
    p->head->cap = (p->head->len + n) * 2 + 256;
    p->head->buf = eddy_realloc(p->head->buf, p->head->cap);
  }
  memcpy(p->head->buf + p->head->len, at, n);
  p->head->len += n;
}

static int count_bytes(parser* p, size_t n) {
  p->head->header_bytes += n;
  if (p->head->header_bytes > p->max_header_size) {
    p->run->overflow = true;
    return HPE_USER;
  }
  return 0;
}

static void span_start(parser* p) {
  if (p->head->nspans + 2 > p->head->spans_cap) {
    p->head->spans_cap = p->head->spans_cap ? p->head->spans_cap * 2 : 64;
    p->head->spans = eddy_realloc(p->head->spans, p->head->spans_cap * sizeof(uint32_t));
  }
  p->head->spans[p->head->nspans++] = (uint32_t)p->head->len;
  p->head->spans[p->head->nspans++] = 0;
}

static int user_error(parser* p, const char* code, const char* reason) {
  p->run->user_code = code;
  p->run->user_reason = reason;
  return HPE_USER;
}

/* --- line ends -------------------------------------------------------------------
 * llhttp 8 ends a request line, a status line or the head with a bare LF as well as
 * with CRLF; node's llhttp (9) wants the CR unless the parser is lenient (a bare LF is
 * how one parser's view of a message is made to differ from another's). llhttp calls
 * a span's data callback in the same execute as the byte that ends the span, so that
 * byte can be read there when it is inside the bytes being executed. */

static void note_line_end(parser* p, const char* end, bool is_name) {
  p->run->line_end = end;
  p->run->line_end_is_name = is_name;
}

/* The byte at `at`, or -1 when it is outside the bytes being executed. */
static int byte_at(parser* p, const char* at) {
  if (!at || at < p->run->exec_start || at >= p->run->exec_end) return -1;
  return (unsigned char)*at;
}

static int on_version(llhttp_t* l, const char* at, size_t n) {
  note_line_end((parser*)l, at + n, false);
  ((parser*)l)->run->version_end = at + n;
  return 0;
}

static int on_version_complete(llhttp_t* l) {
  parser* p = (parser*)l;
  if (l->type == HTTP_REQUEST && !p->lenient && byte_at(p, p->run->line_end) == '\n') {
    p->run->user_back = -1; /* node's error is past the LF */
    return user_error(p, "HPE_INVALID_VERSION", "Expected CRLF after version");
  }
  return 0;
}

/* --- status codes ----------------------------------------------------------------
 * node's llhttp (9) wants one space and three digits after a response's version,
 * lenient or not, and the CR after a code with no reason phrase unless lenient;
 * llhttp 8 takes no digit to three (a missing code reads as 0), more spaces, and the
 * bare LF. Checked when the status line has ended, from the bytes being executed
 * (a line split across reads is left to llhttp). node's error is at the first byte
 * that is not a digit: user_back reaches it from past the line's LF. */
static int check_status_code(parser* p) {
  const char* at = p->run->version_end;
  if (byte_at(p, at) != ' ') return 0;
  for (int i = 1; i <= 3; i++) {
    int c = byte_at(p, at + i);
    if (c < 0) return 0;
    if (c >= '0' && c <= '9') continue;
    const char* lf = at + i;
    while (byte_at(p, lf) >= 0 && *lf != '\n') lf++;
    p->run->user_back = byte_at(p, lf) == '\n' ? (int32_t)(lf + 1 - (at + i)) : 0;
    return user_error(p, "HPE_INVALID_STATUS", "Invalid status code");
  }
  if (!p->lenient && byte_at(p, at + 4) == '\n')
    return user_error(p, "HPE_INVALID_STATUS", "Invalid response status");
  return 0;
}

/* Where node's llhttp would have failed a status code before llhttp 8's own error at
 * `pos` (a CR inside the code, 'HTTP/1.1 \r00', fails as a CR without its LF in 8):
 * the first of the three bytes that is not a digit, when pos is at it or just past. */
static const char* status_code_blame(parser* p, const char* pos) {
  const char* at = p->run->version_end;
  if (!pos || byte_at(p, at) != ' ') return NULL;
  for (int i = 1; i <= 3; i++) {
    int c = byte_at(p, at + i);
    if (c < 0) return NULL;
    if (c < '0' || c > '9') return pos >= at + i && pos <= at + i + 2 ? at + i : NULL;
  }
  return NULL;
}

static int on_status_complete(llhttp_t* l) {
  parser* p = (parser*)l;
  if (check_status_code(p)) return HPE_USER;
  if (!p->lenient && byte_at(p, p->run->line_end) == '\n')
    return user_error(p, "HPE_CR_EXPECTED", "Missing expected CR after response line");
  return 0;
}

/* The head ended: the blank line must be CRLF too. From the last line's content, past
 * a name's colon and blanks, comes that line's CRLF and then the blank line. Bytes
 * outside this execute, or any other shape, are left to llhttp. */
static int check_blank_line(parser* p) {
  const char* at = p->run->line_end;
  if (p->lenient || !at) return 0;
  if (p->run->line_end_is_name && byte_at(p, at) == ':') at++;
  while (byte_at(p, at) == ' ' || byte_at(p, at) == '\t') at++;
  if (byte_at(p, at) != '\r' || byte_at(p, at + 1) != '\n' || byte_at(p, at + 2) != '\n') return 0;
  return user_error(p, "HPE_INVALID_HEADER_TOKEN", "Invalid header field char");
}

static int on_message_begin(llhttp_t* l) {
  parser* p = (parser*)l;
  head_state* h = p->head;
  if (h) {
    /* (A message that never completed: its buffers are reused.) */
    char* buf = h->buf;
    uint32_t* spans = h->spans;
    size_t cap = h->cap, spans_cap = h->spans_cap;
    memset(h, 0, sizeof(*h));
    h->buf = buf;
    h->cap = cap;
    h->spans = spans;
    h->spans_cap = spans_cap;
  } else {
    p->head = eddy_calloc(1, sizeof(head_state));
  }
  p->started = uv_now(&p->rt->loop);
  if (p->started == 0) p->started = 1;
  return 0;
}

static int on_url(llhttp_t* l, const char* at, size_t n) {
  parser* p = (parser*)l;
  if (count_bytes(p, n)) return HPE_USER;
  if (p->head->url_len == 0) p->head->url_off = (uint32_t)p->head->len;
  append(p, at, n);
  p->head->url_len += (uint32_t)n;
  return 0;
}

static int on_status(llhttp_t* l, const char* at, size_t n) {
  parser* p = (parser*)l;
  note_line_end(p, at + n, false);
  if (count_bytes(p, n)) return HPE_USER;
  if (p->head->status_len == 0) p->head->status_off = (uint32_t)p->head->len;
  append(p, at, n);
  p->head->status_len += (uint32_t)n;
  return 0;
}

static int on_header_field(llhttp_t* l, const char* at, size_t n) {
  parser* p = (parser*)l;
  if (n > 0) note_line_end(p, at + n, true);
  if (count_bytes(p, n)) return HPE_USER;
  if (p->head->last != 1) {
    if (p->head->last == 0 && p->head->nspans % 4 == 2) span_start(p); /* a name without a value */
    span_start(p);
    p->head->last = 1;
  }
  append(p, at, n);
  p->head->spans[p->head->nspans - 1] += (uint32_t)n;
  return 0;
}

/* Chunk extensions are skipped, but a chunk's may not run past 16 KiB (node's limit:
 * they would otherwise be an unbounded read with nothing to show for it). */
static int on_chunk_extension(llhttp_t* l, const char* at, size_t n) {
  (void)at;
  parser* p = (parser*)l;
  p->head->ext_bytes += n;
  if (p->head->ext_bytes > 16384)
    return user_error(p, "HPE_CHUNK_EXTENSIONS_OVERFLOW", "Chunk extensions overflow");
  return 0;
}

static int on_chunk_complete(llhttp_t* l) {
  parser* p = (parser*)l;
  if (p->head) p->head->ext_bytes = 0;
  return 0;
}

static int on_header_value(llhttp_t* l, const char* at, size_t n) {
  parser* p = (parser*)l;
  if (count_bytes(p, n)) return HPE_USER;
  /* llhttp 8 still accepts obs-fold (a value continued on the next line); node's llhttp
   * refuses it, and so do we unless the parser is lenient. */
  bool fold = memchr(at, '\r', n) || memchr(at, '\n', n) ||
              (p->head->last == 2 && at != p->run->value_end && at != p->run->exec_start) ||
              (p->head->last != 2 && p->head->nspans % 4 == 0 && !p->head->in_trailers) ||
              (p->head->last != 2 && p->head->nspans >= p->head->head_spans &&
               (p->head->nspans - p->head->head_spans) % 4 == 0 && p->head->in_trailers);
  if (!p->lenient && fold)
    return user_error(p, "HPE_INVALID_HEADER_TOKEN", "Unexpected whitespace after header value");
  p->run->value_end = at + n;
  if (n > 0) note_line_end(p, at + n, false);
  if (p->head->last != 2) {
    span_start(p);
    p->head->last = 2;
  }
  append(p, at, n);
  p->head->spans[p->head->nspans - 1] += (uint32_t)n;
  return 0;
}

static int on_header_field_complete(llhttp_t* l) {
  parser* p = (parser*)l;
  /* A line that starts with its colon: llhttp 8 takes it as a header with an empty
   * name, node's llhttp (9) refuses it, lenient or not, in a head or in trailers. */
  if (p->head->last != 1 || p->head->spans[p->head->nspans - 1] == 0) {
    p->run->user_back = 1; /* llhttp is past the colon; node's error is at it */
    return user_error(p, "HPE_INVALID_HEADER_TOKEN", "Invalid header token");
  }
  /* Whitespace between a name and its colon (a smuggling vector): node's llhttp refuses. */
  if (!p->lenient && p->head->nspans >= 2 && p->head->spans[p->head->nspans - 1] > 0) {
    char last =
        p->head->buf[p->head->spans[p->head->nspans - 2] + p->head->spans[p->head->nspans - 1] - 1];
    if (last == ' ' || last == '\t')
      return user_error(p, "HPE_INVALID_HEADER_TOKEN", "Invalid header token");
  }
  /* An empty value never calls on_header_value: give it its (empty) span now. */
  p->head->last = 0;
  return 0;
}

static int on_header_value_complete(llhttp_t* l) {
  parser* p = (parser*)l;
  if (p->head->nspans % 4 == 2) span_start(p);
  p->head->last = 0;
  return 0;
}

/* [name, value, ...] from the spans. Trailing values are trimmed of blanks (llhttp
 * leaves trailing whitespace in values). */
static JSValueRef header_item(parser* p, size_t from, size_t i, bool cache_values) {
  const char* s = p->head->buf + p->head->spans[from + 2 * i];
  size_t len = p->head->spans[from + 2 * i + 1];
  if (i % 2 == 0) return header_name(p, s, len);
  while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t')) len--;
  if (cache_values && i / 2 < kValueCache && len <= kValueCacheMax) return cached_string(p, s, len);
  return eddy_js_latin1(p->ctx, (const uint8_t*)s, len);
}

/* How many names and values the spans [from, to) hold. */
static size_t header_item_count(size_t from, size_t to) {
  size_t n = (to - from) / 2;
  if (n % 2) n--; /* an unfinished pair (cannot happen once headers completed) */
  return n;
}

/* [name, value, ...] from the spans. Trailing values are trimmed of blanks (llhttp
 * leaves trailing whitespace in values). Up to 64 headers the values wait on the
 * stack, where JSC's collector sees them; beyond, each goes straight into the array. */
static JSObjectRef headers_array(parser* p, size_t from, size_t to, bool cache_values) {
  size_t n = header_item_count(from, to);
  if (n > 128) {
    JSObjectRef arr = eddy_js_array_new(p->ctx);
    for (size_t i = 0; i < n; i++)
      eddy_js_array_set(p->ctx, arr, i, header_item(p, from, i, cache_values));
    return arr;
  }
  JSValueRef items[128];
  for (size_t i = 0; i < n; i++) items[i] = header_item(p, from, i, cache_values);
  return eddy_js_array_of(p->ctx, n, n ? items : NULL);
}

/* Calls a callback: straight back into JS under execute(), through the runtime (ticks,
 * uncaught exceptions) when the bytes came from a consumed handle. */
static JSValueRef call(parser* p, int which, size_t argc, const JSValueRef argv[]) {
  if (p->run->got_exception || p->rt->exiting) return NULL;
  JSObjectRef fn = p->callbacks[which];
  if (!fn) return NULL;
  if ((p->handle || p->source) && !p->in_execute) {
    bool let_go = p->run->queues_held && (which == 1 || p->run->last_callback);
    if (!let_go) return eddy_runtime_call(p->rt, fn, p->owner, argc, argv);
    eddy_runtime_queues_release(p->rt);
    JSValueRef r = eddy_runtime_call(p->rt, fn, p->owner, argc, argv);
    eddy_runtime_queues_hold(p->rt);
    return r;
  }
  JSValueRef exc = NULL;
  JSValueRef r = JSObjectCallAsFunction(p->ctx, fn, p->owner, argc, argv, &exc);
  if (exc) {
    p->run->got_exception = true;
    p->run->exception = exc;
    JSValueProtect(p->ctx, exc);
    return NULL;
  }
  return r;
}

/* The head's callback: onHeaders(info, method, url, ...headers) for a request,
 * onHeaders(info, statusCode, statusMessage, ...headers) for a response (the callee
 * tells them apart by the type of the second), the header names and values as
 * trailing arguments, which the callee gathers with a rest parameter: the engine
 * makes that array from JS for a fraction of what JSObjectMakeArray costs (measured:
 * ~740 instructions for a request's). Beyond kHeadArgs of them (info has
 * kHeadersInArray) they come as one array instead. Few fixed arguments: up to 8 in
 * all (with the runtime's callback and receiver, see eddy_runtime_call) the engine
 * keeps them inline; a ninth moves them all to the heap (~650 instructions). */
enum { kHeadArgs = 128, kHeadersInArray = 1 << 19 };

/* Node's parser hands header fields to JS early (its "flush", a callback that runs the
 * queues, as a body chunk's does) for a message's trailers, for a head of 32 fields
 * or more, and, once it has done so on a connection, for every later head: a
 * consumed read runs the nextTick queue and promise jobs at those points too, so
 * that their order is node's (a request's 'end' after trailers comes before the
 * next pipelined request). */
enum { kSpillFields = 32 };

static void run_queues_now(parser* p) {
  if (!p->run->queues_held) return;
  eddy_runtime_queues_release(p->rt);
  if (p->rt->js_depth == 0) eddy_runtime_drain_ticks(p->rt);
  eddy_runtime_queues_hold(p->rt);
}

static int deliver_head(parser* p, bool complete) {
  JSContextRef ctx = p->ctx;
  llhttp_t* l = &p->llhttp;
  size_t items = header_item_count(0, p->head->head_spans);
  if (items >= 2 * kSpillFields) p->spilled = true;
  if (p->spilled) run_queues_now(p);
  bool request = l->type == HTTP_REQUEST;
  int info = l->http_major | (l->http_minor << 8) | (l->upgrade ? 1 << 16 : 0) |
             (llhttp_should_keep_alive(l) ? 1 << 17 : 0) | (complete ? 1 << 18 : 0);
  JSValueRef args[3 + kHeadArgs];
  if (request) {
    args[1] = method_name(p, l->method);
    args[2] = cached_string(p, p->head->buf + p->head->url_off, p->head->url_len);
  } else {
    args[1] = JSValueMakeNumber(ctx, l->status_code);
    args[2] = eddy_js_latin1(ctx, (const uint8_t*)p->head->buf + p->head->status_off,
                             p->head->status_len);
  }
  size_t argc = 3;
  if (items > kHeadArgs) {
    info |= kHeadersInArray;
    args[argc++] = headers_array(p, 0, p->head->head_spans, true);
  } else {
    for (size_t i = 0; i < items; i++) args[argc++] = header_item(p, 0, i, true);
  }
  args[0] = JSValueMakeNumber(ctx, info);
  JSValueRef r = call(p, 0, argc, args);
  if (p->run->got_exception) return -1;
  if (!r) return 0;
  /* (The callback returns an int32, read without an API call; anything else is
   * converted as before.) */
  return eddy_jsv_is_int32(r) ? eddy_jsv_int32(r) : (int)JSValueToNumber(ctx, r, NULL);
}

static int flush_pending(parser* p) {
  if (!p->pending) return 0;
  p->pending = false;
  return deliver_head(p, false);
}

static int on_headers_complete(llhttp_t* l) {
  parser* p = (parser*)l;
  if (check_blank_line(p)) return HPE_USER;
  if (p->head->nspans % 4 == 2) span_start(p);
  p->head->in_trailers = true;
  p->head->headers_done = true;
  p->head->head_spans = p->head->nspans;
  /* A request head waits for its end: a body-less request then crosses once. */
  if (l->type == HTTP_REQUEST) {
    p->pending = true;
    return 0;
  }
  int r = deliver_head(p, false);
  if (r < 0) return HPE_USER;
  return r;
}

/* A body chunk of at least this many bytes of a consumed read is handed to JS as a
 * view on the read buffer, which JS then owns (a smaller one is copied, so a few body
 * bytes never pin a whole read buffer). */
enum { kBodyViewMin = kReadSize / 4 };

/* The ArrayBuffer under the value being execute()d, and where its bytes start in it;
 * false for a value that has none we can name (a DataView). */
static bool exec_buffer(parser* p, JSObjectRef* ab, size_t* offset) {
  JSContextRef ctx = p->ctx;
  JSTypedArrayType t = JSValueGetTypedArrayType(ctx, p->run->exec_value, NULL);
  if (t == kJSTypedArrayTypeArrayBuffer) {
    *ab = (JSObjectRef)p->run->exec_value;
    *offset = 0;
    return true;
  }
  if (t == kJSTypedArrayTypeNone) return false;
  JSObjectRef view = (JSObjectRef)p->run->exec_value;
  *ab = JSObjectGetTypedArrayBuffer(ctx, view, NULL);
  *offset = JSObjectGetTypedArrayByteOffset(ctx, view, NULL);
  return *ab != NULL;
}

/* A body chunk of less than kBodyViewMin bytes of a Buffer being execute()d (and every
 * chunk of one parsed from a copy): a Uint8Array of its own, as node copies each body
 * chunk, made here rather than as a view (which needs the Buffer's ArrayBuffer: each
 * one the engine makes counts as live memory until the next full collection). lib
 * gives it Buffer's prototype. */
static int on_small_body(parser* p, const char* at, size_t n) {
  JSObjectRef chunk = JSObjectMakeTypedArray(p->ctx, kJSTypedArrayTypeUint8Array, n, NULL);
  size_t len = 0;
  uint8_t* bytes = eddy_js_view_bytes(p->ctx, chunk, &len);
  CHECK(bytes && len == n);
  memcpy(bytes, at, n);
  JSValueRef args[3] = {chunk, JSValueMakeNumber(p->ctx, -1), JSValueMakeNumber(p->ctx, (double)n)};
  call(p, 1, 3, args);
  return p->run->got_exception ? HPE_USER : 0;
}

static int on_body(llhttp_t* l, const char* at, size_t n) {
  parser* p = (parser*)l;
  if (flush_pending(p) < 0) return HPE_USER;
  p->run->body_end = at + n;
  JSObjectRef ab;
  size_t offset = 0;
  if (p->run->read_base && eddy_read_scratch_is(p->rt, p->run->read_base) &&
      at >= p->run->read_base && at + n <= p->run->read_base + p->run->read_len) {
    ab = eddy_read_scratch_view(p->rt); /* lib copies the chunk out */
    offset = (size_t)(at - p->run->read_base);
  } else if (p->run->read_base && at >= p->run->read_base &&
             at + n <= p->run->read_base + p->run->read_len &&
             (n >= kBodyViewMin || p->run->read_ab)) {
    if (!p->run->read_ab) {
      p->run->read_ab = JSObjectMakeArrayBufferWithBytesNoCopy(
          p->ctx, p->run->read_base, p->run->read_len, read_buf_put, NULL, NULL);
      JSValueProtect(p->ctx, p->run->read_ab);
    }
    ab = p->run->read_ab;
    offset = (size_t)(at - p->run->read_base);
  } else if (p->run->exec_value && at >= p->run->exec_base &&
             at + n <= p->run->exec_base + p->run->exec_len &&
             (p->run->exec_copied || n < kBodyViewMin)) {
    return on_small_body(p, at, n);
  } else if (p->run->exec_value && at >= p->run->exec_base &&
             at + n <= p->run->exec_base + p->run->exec_len && exec_buffer(p, &ab, &offset)) {
    offset += (size_t)(at - p->run->exec_base);
  } else {
    char* copy = eddy_malloc(n);
    memcpy(copy, at, n);
    ab = JSObjectMakeArrayBufferWithBytesNoCopy(p->ctx, copy, n, eddy_js_free_bytes, NULL, NULL);
  }
  JSValueRef args[3] = {ab, JSValueMakeNumber(p->ctx, (double)offset),
                        JSValueMakeNumber(p->ctx, (double)n)};
  call(p, 1, 3, args);
  return p->run->got_exception ? HPE_USER : 0;
}

/* Empties the head state, keeping its buffers. */
static void head_reset(parser* p) {
  if (!p->head) return;
  p->head->len = p->head->nspans = 0;
  p->head->header_bytes = 0;
}

/* A message is done: its head state goes (see head_state). */
static void shrink(parser* p) {
  head_state* h = p->head;
  if (!h) return;
  free(h->buf);
  free(h->spans);
  free(h);
  p->head = NULL;
}

/* The head state of a completed message goes, unless this run is nested in another
 * (execute() from one of the parser's callbacks, as a client's 'information' handler
 * feeding the socket the next response does): the outer run's callback is still
 * under way and may use it. The outermost run frees it. */
static void message_done(parser* p) {
  if (p->run && p->run->outer)
    head_reset(p);
  else
    shrink(p);
}

/* Whether a message that ended at end (where its last bytes were, as far as this run
 * knows) ends the read too: its last callback is then the read's last, which may run
 * the queues itself, sparing a second entry into JS per request (parse_read). The
 * guess never claims too much: bytes after end would make it false. */
static bool ends_read(parser* p, const char* end) {
  return end && p->run->read_base && end == p->run->read_base + p->run->read_len;
}

static int on_message_complete(llhttp_t* l) {
  parser* p = (parser*)l;
  p->started = 0;
  if (p->pending) {
    p->pending = false;
    /* (A body-less request ends with its last header line's CRLF and the blank line;
     * an upgrade's protocol comes after it in this read.) */
    p->run->last_callback = !l->upgrade && p->run->value_end && ends_read(p, p->run->value_end + 4);
    int delivered = deliver_head(p, true);
    p->run->last_callback = false;
    p->query = false;
    if (delivered < 0) return HPE_USER;
    message_done(p);
    /* An upgrade/CONNECT head stops here; the rest is the new protocol's. */
    return 0;
  }
  JSValueRef trailers = JSValueMakeUndefined(p->ctx);
  if (p->head->nspans % 4 == 2) span_start(p);
  if (p->head->nspans >= p->head->head_spans + 4) {
    p->spilled = true;
    run_queues_now(p);
    trailers = headers_array(p, p->head->head_spans, p->head->nspans, false);
  }
  p->run->last_callback = !(l->flags & F_CHUNKED) && !l->upgrade && ends_read(p, p->run->body_end);
  call(p, 2, 1, &trailers);
  p->run->last_callback = false;
  message_done(p);
  p->query = false;
  return p->run->got_exception ? HPE_USER : 0;
}

static void init_settings(void) {
  llhttp_settings_init(&settings);
  settings.on_message_begin = on_message_begin;
  settings.on_url = on_url;
  settings.on_status = on_status;
  settings.on_status_complete = on_status_complete;
  settings.on_version = on_version;
  settings.on_version_complete = on_version_complete;
  settings.on_header_field = on_header_field;
  settings.on_header_value = on_header_value;
  settings.on_header_field_complete = on_header_field_complete;
  settings.on_header_value_complete = on_header_value_complete;
  settings.on_headers_complete = on_headers_complete;
  settings.on_body = on_body;
  settings.on_message_complete = on_message_complete;
  settings.on_chunk_extension_name = on_chunk_extension;
  settings.on_chunk_extension_value = on_chunk_extension;
  settings.on_chunk_complete = on_chunk_complete;
}

/* --- running the parser ---------------------------------------------------------- */

static bool name_is(parser* p, size_t span, const char* name) {
  size_t n = strlen(name);
  return p->head->spans[span + 1] == n &&
         strncasecmp(p->head->buf + p->head->spans[span], name, n) == 0;
}

/* The llhttp compiled in is 8.x; node's is 9.x, whose codes and reasons differ for a few
 * errors that node's users (and tests) look at. Say them as 9.x does. */
static void llhttp9_error(parser* p, llhttp_errno_t err, const char** code, const char** reason) {
  if (p->run->bad_status) {
    *code = "HPE_INVALID_STATUS";
    *reason = "Invalid status code";
  } else if (err == HPE_INVALID_STATUS) {
    /* 9.x: a byte that is not a digit among a status code's three is 'Invalid status
     * code'; a fourth digit (8.x: 'Response overflow') or another byte after three
     * is 'Invalid response status'. */
    const char* start = p->run->version_end ? p->run->version_end + 1 : NULL;
    const char* pos = llhttp_get_error_pos(&p->llhttp);
    if (strcmp(*reason, "Response overflow") == 0)
      *reason = "Invalid response status";
    else if (start && pos && byte_at(p, start) >= 0 && pos >= start && pos < start + 3)
      *reason = "Invalid status code";
  } else if (err == HPE_INVALID_CONSTANT && strcmp(*reason, "Expected HTTP/") == 0) {
    *reason = "Expected HTTP/, RTSP/ or ICE/";
  } else if (err == HPE_UNEXPECTED_CONTENT_LENGTH && strstr(*reason, "Transfer-Encoding")) {
    /* Content-Length with Transfer-Encoding: 9.x blames whichever of the two came last. */
    bool cl_last = false;
    for (size_t i = 0; p->head && i + 1 < p->head->nspans; i += 4) {
      if (name_is(p, i, "content-length"))
        cl_last = true;
      else if (name_is(p, i, "transfer-encoding"))
        cl_last = false;
    }
    if (cl_last) {
      *code = "HPE_INVALID_CONTENT_LENGTH";
      *reason = "Content-Length can't be present with Transfer-Encoding";
    } else {
      *code = "HPE_INVALID_TRANSFER_ENCODING";
      *reason = "Transfer-Encoding can't be present with Content-Length";
    }
  }
}

static JSValueRef error_array(parser* p, llhttp_errno_t err, size_t parsed, bool with_parsed) {
  JSContextRef ctx = p->ctx;
  const char* code;
  const char* reason;
  if (p->run->overflow) {
    code = "HPE_HEADER_OVERFLOW";
    reason = "Header overflow";
  } else if (p->run->user_code) {
    code = p->run->user_code;
    reason = p->run->user_reason;
  } else {
    code = llhttp_errno_name(err);
    reason = llhttp_get_error_reason(&p->llhttp);
    if (!reason) reason = code;
    llhttp9_error(p, err, &code, &reason);
  }
  JSValueRef items[3] = {eddy_js_cstr(ctx, code), eddy_js_cstr(ctx, reason),
                         JSValueMakeNumber(ctx, (double)parsed)};
  return eddy_js_array_of(ctx, with_parsed ? 3 : 2, items);
}

/* Whether the bytes at `at` start a QUERY request. llhttp 8 (Debian's) predates that
 * method, which node's llhttp knows: a request starting with it fails at its first
 * byte, as no other method begins with Q. */
static const char kQuery[] = "QUERY ";
enum { kQueryLen = sizeof(kQuery) - 1 };

/* Runs llhttp over bytes. Returns the llhttp status; *parsed is how far it got. A
 * QUERY request goes through again from its first byte with PURGE, the method of
 * the same length llhttp knows, in its place (in a copy), and is reported as QUERY;
 * a read that ends inside "QUERY " leaves those bytes for the next one. */
static llhttp_errno_t run(parser* p, const char* data, size_t len, size_t* parsed) {
  const char* at = data;
  size_t left = len, done = 0;
  char* copy = NULL;
  if (p->held_len > 0) {
    /* The held bytes were counted as parsed by the read that brought them. */
    copy = eddy_malloc(p->held_len + len);
    memcpy(copy, p->held, p->held_len);
    if (len) memcpy(copy + p->held_len, data, len);
    at = copy;
    left = p->held_len + len;
    done = 0 - (size_t)p->held_len; /* wraps back when the held bytes are passed */
    p->held_len = 0;
  }
  llhttp_errno_t err;
  for (;;) {
    p->run->exec_start = at;
    p->run->exec_end = at + left;
    p->run->line_end = NULL;
    err = llhttp_execute(&p->llhttp, at, left);
    const char* pos = err == HPE_INVALID_METHOD ? llhttp_get_error_pos(&p->llhttp) : NULL;
    size_t avail = pos ? left - (size_t)(pos - at) : 0;
    if (!pos || avail == 0 || memcmp(pos, kQuery, avail < kQueryLen ? avail : kQueryLen) != 0)
      break;
    llhttp_reset(&p->llhttp);
    if (avail < kQueryLen) {
      memcpy(p->held, pos, avail);
      p->held_len = (uint8_t)avail;
      err = HPE_OK;
      at += left;
      left = 0;
      break;
    }
    done += (size_t)(pos - at);
    char* renamed = eddy_malloc(avail);
    memcpy(renamed, pos, avail);
    memcpy(renamed, "PURGE", 5);
    free(copy);
    copy = renamed;
    p->query = true;
    at = copy;
    left = avail;
  }
  *parsed = len;
  if (err != HPE_OK) {
    const char* pos = llhttp_get_error_pos(&p->llhttp);
    *parsed = pos ? done + (size_t)((pos - at) - p->run->user_back) : done;
    if (!p->run->user_code && !p->run->overflow && p->llhttp.type == HTTP_RESPONSE &&
        (p->run->bad_status = status_code_blame(p, pos)))
      *parsed = done + (size_t)(p->run->bad_status - at);
    /* 8.x finds a status code's fourth digit an overflow past it; 9.x's error is at it. */
    if (err == HPE_INVALID_STATUS && *parsed > 0 && !p->run->user_code &&
        strcmp(llhttp_get_error_reason(&p->llhttp), "Response overflow") == 0)
      (*parsed)--;
    if (*parsed > len) *parsed = 0; /* an error inside the held bytes */
    if (err == HPE_PAUSED_UPGRADE) llhttp_resume_after_upgrade(&p->llhttp);
  }
  /* A head complete before an error in its body is still a request (node emits it,
   * then the error). */
  if (!p->run->got_exception && err != HPE_PAUSED) flush_pending(p);
  free(copy);
  return err;
}

static parser* parser_of(JSObjectRef self) { return JSObjectGetPrivate(self); }

/* execute(buffer): parses buffer, making the callbacks. The bytes must stay put while
 * the callbacks run JS. A small Buffer (a client's socket chunk, copied out of the
 * read buffer) keeps its bytes in the engine's heap, where they move if JS reads its
 * .buffer: rather than pin them by giving it an ArrayBuffer (~3,000 instructions),
 * they are parsed from a copy on the stack, and its body chunks are copies, as node's
 * always are (on_small_body). */
enum { kSmallExec = 1024 };

static EDDY_JS_FN(parser_execute) {
  (void)function;
  parser* p = parser_of(self);
  JSValueRef value = eddy_js_arg(ctx, argc, argv, 0);
  size_t len = 0;
  uint8_t* bytes;
  char small[kSmallExec];
  bool copied = eddy_js_view_small_u8(ctx, value, &bytes, &len) && len <= sizeof(small);
  if (copied) {
    if (len) memcpy(small, bytes, len);
    bytes = (uint8_t*)small;
  } else {
    bytes = eddy_js_bytes(ctx, value, &len);
  }
  if (!bytes && len == 0) bytes = (uint8_t*)"";
  p->ctx = ctx;
  size_t parsed;
  bool nested = p->in_execute;
  run_state rs = {0};
  rs.exec_base = (const char*)bytes;
  rs.exec_len = len;
  rs.exec_value = len ? value : NULL; /* alive: it is our argument */
  rs.exec_copied = copied && len;
  run_state* outer = p->run;
  rs.outer = outer;
  p->run = &rs;
  p->in_execute = true;
  llhttp_errno_t err = run(p, (const char*)bytes, len, &parsed);
  p->in_execute = nested;
  JSValueRef result;
  if (rs.got_exception) {
    *exception = rs.exception;
    JSValueUnprotect(ctx, rs.exception);
    result = NULL;
  } else if (err != HPE_OK && err != HPE_PAUSED_UPGRADE && err != HPE_PAUSED) {
    result = error_array(p, err, parsed, true);
  } else {
    result = JSValueMakeNumber(ctx, (double)parsed);
  }
  p->run = outer;
  return result;
}

static EDDY_JS_FN(parser_finish) {
  (void)function, (void)argc, (void)argv, (void)exception;
  parser* p = parser_of(self);
  p->ctx = ctx;
  run_state rs = {0};
  run_state* outer = p->run;
  rs.outer = outer;
  p->run = &rs;
  llhttp_errno_t err = llhttp_finish(&p->llhttp);
  JSValueRef result;
  if (rs.got_exception) {
    *exception = rs.exception;
    JSValueUnprotect(ctx, rs.exception);
    result = NULL;
  } else if (err != HPE_OK) {
    result = error_array(p, err, 0, false);
  } else {
    result = JSValueMakeNumber(ctx, 0);
  }
  p->run = outer;
  return result;
}

/* --- consuming a stream handle ------------------------------------------------------ */

/* Handles and byte sources being consumed, found from their uv stream's handle (its
 * data field is the handle layer's) or from the source. A tiny open-addressed set;
 * connections come and go, so deletions use backward shifting. One per runtime:
 * each worker thread has its own. */
static const void* consumed_key(const parser* p) {
  return p->handle ? (const void*)p->handle : (const void*)p->source;
}
static size_t slot_of(const consumer_set* set, const void* key) {
  return ((uintptr_t)key >> 4) * 2654435761u & (set->cap - 1);
}

static void consumers_add(consumer_set* set, parser* p);
static void consumers_grow(consumer_set* set) {
  parser** old = set->slots;
  size_t old_cap = set->cap;
  set->cap = set->cap ? set->cap * 2 : 64;
  set->slots = eddy_calloc(set->cap, sizeof(parser*));
  set->count = 0;
  for (size_t i = 0; i < old_cap; i++)
    if (old[i]) consumers_add(set, old[i]);
  free(old);
}

static void consumers_add(consumer_set* set, parser* p) {
  if ((set->count + 1) * 2 > set->cap) consumers_grow(set);
  size_t i = slot_of(set, consumed_key(p));
  while (set->slots[i]) i = (i + 1) & (set->cap - 1);
  set->slots[i] = p;
  set->count++;
}

static parser* consumers_find(const consumer_set* set, const void* key) {
  if (!set->cap) return NULL;
  size_t i = slot_of(set, key);
  while (set->slots[i]) {
    if (consumed_key(set->slots[i]) == key) return set->slots[i];
    i = (i + 1) & (set->cap - 1);
  }
  return NULL;
}

static void consumers_remove(consumer_set* set, parser* p) {
  if (!set->cap) return;
  size_t i = slot_of(set, consumed_key(p));
  while (set->slots[i] && set->slots[i] != p) i = (i + 1) & (set->cap - 1);
  if (!set->slots[i]) return;
  set->slots[i] = NULL;
  set->count--;
  /* re-insert the rest of the cluster */
  size_t j = (i + 1) & (set->cap - 1);
  while (set->slots[j]) {
    parser* q = set->slots[j];
    set->slots[j] = NULL;
    set->count--;
    consumers_add(set, q);
    j = (j + 1) & (set->cap - 1);
  }
}

/* Reads go into the runtime's read buffer (stream_wrap.h), which body chunks are
 * copied out of; a read that finds it held gets a buffer of the pool, which a large
 * body chunk takes over (on_body). */
_Static_assert((int)kReadSize == (int)EDDY_READ_SCRATCH_SIZE, "one read size");

static void read_buf_alloc(eddy_runtime* rt, uv_buf_t* buf) {
  uint8_t* scratch = eddy_read_scratch_take(rt);
  buf->base = scratch ? (char*)scratch : read_buf_get();
  buf->len = kReadSize;
}

static void consumed_on_alloc(uv_handle_t* handle, size_t suggested, uv_buf_t* buf) {
  (void)suggested;
  eddy_handle* h = handle->data;
  read_buf_alloc(h->rt, buf);
}

static void release_buf(eddy_runtime* rt, const uv_buf_t* buf) {
  if (!buf->base) return; /* JS owns it */
  if (eddy_read_scratch_is(rt, buf->base))
    eddy_read_scratch_release(rt);
  else
    read_buf_put(buf->base, NULL);
}

/* The source's reader callbacks are cleared (it reads for JS again) and the parser
 * lets go of it. */
static void source_detach(parser* p) {
  eddy_byte_source* s = p->source;
  s->on_alloc = NULL;
  s->on_read = NULL;
  consumers_remove(&state_of(p->rt)->consumers, p);
  p->source = NULL;
  p->reading = false;
}

static void stop_consuming(parser* p) {
  if (p->source) {
    if (p->reading) p->source->read_stop(p->source);
    source_detach(p);
    return;
  }
  if (!p->handle) return;
  if (p->reading && eddy_handle_usable(p->handle)) uv_read_stop(&p->handle->u.stream);
  p->reading = false;
  consumers_remove(&state_of(p->rt)->consumers, p);
  p->handle = NULL;
}

/* Parses one read of a consumed handle or source (nread > 0 bytes in buf, from the
 * runtime's read buffers). As in node's parser, the head and message-complete
 * callbacks leave the nextTick queue and promise jobs alone, and a body chunk's
 * callback runs them after itself, as any callback from the loop; what is left runs
 * after the read (and its error, if any, is reported). So the requests pipelined in
 * one read are all handed over before their ticks run. */
static void parse_read_held(eddy_runtime* rt, parser* p, ssize_t nread, const uv_buf_t* buf);

static void parse_read(eddy_runtime* rt, parser* p, ssize_t nread, const uv_buf_t* buf) {
  eddy_runtime_queues_hold(rt);
  parse_read_held(rt, p, nread, buf);
  eddy_runtime_queues_release(rt);
  if (rt->js_depth == 0) eddy_runtime_drain_ticks(rt);
}

static void parse_read_held(eddy_runtime* rt, parser* p, ssize_t nread, const uv_buf_t* buf) {
  p->ctx = rt->ctx;
  /* A callback may unconsume and drop the last reference to the parser, which must
   * outlive this read. A copy in this frame's memory keeps it: the engine's collector
   * scans the machine stack of the thread it runs on for anything that looks like a
   * cell. (volatile: kept in memory to the end; protecting it instead cost two hash
   * table updates per read.) */
  JSObjectRef volatile object = p->object;
  size_t parsed;
  run_state rs = {0};
  rs.queues_held = true;
  rs.read_base = buf->base;
  rs.read_len = (size_t)nread;
  run_state* outer = p->run;
  rs.outer = outer;
  p->run = &rs;
  llhttp_errno_t err = run(p, buf->base, (size_t)nread, &parsed);
  rs.read_base = NULL;
  /* A body chunk took the buffer: JS frees it now; it stays alive (protected) until
   * the error and upgrade paths below have copied from it. */
  JSObjectRef taken = rs.read_ab;
  rs.read_ab = NULL;
  const char* bytes = buf->base;
  uv_buf_t kept = *buf;
  if (taken) kept.base = NULL; /* a buffer of the pool, never the runtime's */
  buf = &kept;
  if (err == HPE_PAUSED_UPGRADE && (p->handle || p->source)) {
    size_t rest = (size_t)nread - parsed;
    char* copy = eddy_malloc(rest ? rest : 1);
    memcpy(copy, bytes + parsed, rest);
    release_buf(rt, buf);
    stop_consuming(p);
    JSValueRef args[2] = {JSValueMakeNumber(rt->ctx, 1),
                          JSObjectMakeArrayBufferWithBytesNoCopy(rt->ctx, copy, rest,
                                                                 eddy_js_free_bytes, NULL, NULL)};
    eddy_runtime_call(rt, p->callbacks[3], p->owner, 2, args);
  } else if (err != HPE_OK && err != HPE_PAUSED && err != HPE_PAUSED_UPGRADE &&
             (p->handle || p->source) && !rs.got_exception) {
    char* copy = eddy_malloc((size_t)nread);
    memcpy(copy, bytes, (size_t)nread);
    JSValueRef args[3] = {JSValueMakeNumber(rt->ctx, 0), error_array(p, err, parsed, true),
                          JSObjectMakeArrayBufferWithBytesNoCopy(rt->ctx, copy, (size_t)nread,
                                                                 eddy_js_free_bytes, NULL, NULL)};
    release_buf(rt, buf);
    stop_consuming(p);
    eddy_runtime_call(rt, p->callbacks[3], p->owner, 3, args);
  } else {
    release_buf(rt, buf);
  }
  /* (An exception from a callback made after JS stopped the consuming mid-read ended
   * the parse; nothing is left to throw it to.) */
  if (rs.got_exception) JSValueUnprotect(rt->ctx, rs.exception);
  p->run = outer;
  if (taken) JSValueUnprotect(rt->ctx, taken);
  (void)object;
}

static void consumed_on_read(uv_stream_t* stream, ssize_t nread, const uv_buf_t* buf) {
  eddy_handle* h = stream->data;
  eddy_runtime* rt = h->rt;
  http_state* st = state_of(rt);
  parser* p = consumers_find(&st->consumers, h);
  if (nread == 0 || rt->exiting || !p) {
    release_buf(rt, buf);
    return;
  }
  if (nread < 0) {
    release_buf(rt, buf);
    /* The socket's own read path ends or fails the socket. */
    JSValueRef args[1] = {JSValueMakeNumber(rt->ctx, (double)nread)};
    eddy_handle_callback(h, 1, args);
    return;
  }
  h->bytes_read += (uint64_t)nread;
  parse_read(rt, p, nread, buf);
}

static void source_on_alloc(eddy_byte_source* s, size_t suggested, uv_buf_t* buf) {
  (void)suggested;
  read_buf_alloc(s->rt, buf);
}

static void source_on_read(eddy_byte_source* s, ssize_t nread, const uv_buf_t* buf) {
  eddy_runtime* rt = s->rt;
  http_state* st = state_of(rt);
  if (!st) { /* the runtime is being torn down */
    s->on_alloc = NULL;
    s->on_read = NULL;
    return;
  }
  parser* p = consumers_find(&st->consumers, s);
  if (nread > 0 && p && !rt->exiting) {
    parse_read(rt, p, nread, buf);
    return;
  }
  if (buf) release_buf(rt, buf);
  if (nread < 0 && p) source_detach(p); /* the source is going away */
  if (nread < 0 || !p) {
    /* (No parser: it was collected while consuming, which lib avoids; the source
     * reads for JS again.) */
    s->on_alloc = NULL;
    s->on_read = NULL;
  }
}

static int start_reading(parser* p) {
  if (p->reading) return 0;
  int err;
  if (p->source) {
    err = p->source->read_start(p->source);
  } else {
    if (!p->handle) return 0;
    if (!eddy_handle_usable(p->handle)) return UV_EBADF;
    err = uv_read_start(&p->handle->u.stream, consumed_on_alloc, consumed_on_read);
  }
  if (err == 0) p->reading = true;
  return err;
}

static EDDY_JS_FN(parser_consume) {
  (void)function, (void)exception;
  parser* p = parser_of(self);
  JSValueRef hv = eddy_js_arg(ctx, argc, argv, 0);
  if (p->handle || p->source) return JSValueMakeNumber(ctx, UV_EINVAL);
  eddy_byte_source* src = eddy_byte_source_of(ctx, hv);
  if (src) {
    if (!src->consumable || src->on_read) return JSValueMakeNumber(ctx, UV_EINVAL);
    p->source = src;
    consumers_add(&state_of(p->rt)->consumers, p);
    src->on_alloc = source_on_alloc;
    src->on_read = source_on_read;
    int err = start_reading(p);
    if (err) source_detach(p);
    return JSValueMakeNumber(ctx, err);
  }
  if (!JSValueIsObjectOfClass(ctx, hv, eddy_stream_class()))
    return JSValueMakeNumber(ctx, UV_EINVAL);
  eddy_handle* h = eddy_handle_of(ctx, (JSObjectRef)hv);
  if (!eddy_handle_usable(h)) return JSValueMakeNumber(ctx, UV_EBADF);
  uv_read_stop(&h->u.stream);
  p->handle = h;
  consumers_add(&state_of(p->rt)->consumers, p);
  return JSValueMakeNumber(ctx, start_reading(p));
}

static EDDY_JS_FN(parser_unconsume) {
  (void)function, (void)argc, (void)argv, (void)exception;
  stop_consuming(parser_of(self));
  return JSValueMakeUndefined(ctx);
}

static EDDY_JS_FN(parser_read_start) {
  (void)function, (void)argc, (void)argv, (void)exception;
  return JSValueMakeNumber(ctx, start_reading(parser_of(self)));
}

static EDDY_JS_FN(parser_read_stop) {
  (void)function, (void)argc, (void)argv, (void)exception;
  parser* p = parser_of(self);
  if (p->source && p->reading) {
    p->source->read_stop(p->source);
    p->reading = false;
  } else if (p->handle && p->reading) {
    if (eddy_handle_usable(p->handle)) uv_read_stop(&p->handle->u.stream);
    p->reading = false;
  }
  return JSValueMakeUndefined(ctx);
}

/* --- lifecycle ---------------------------------------------------------------------- */

static void set_callbacks_from(parser* p, JSContextRef ctx, JSObjectRef cbs) {
  if (p->callbacks_from == cbs) return;
  if (p->callbacks_from) JSValueUnprotect(ctx, p->callbacks_from);
  p->callbacks_from = cbs ? eddy_protect_object(ctx, cbs) : NULL;
}

/* Drops what the parser holds. A parser waiting in lib's pool of idle parsers (keep)
 * keeps its callbacks and owner: lib's are the same functions every time, and
 * initialize() swaps only those that differ. A parser leaving the pool releases them
 * (they are protected, so a finalizer could not drop them). */
static void release(parser* p, JSContextRef ctx, bool keep) {
  stop_consuming(p);
  if (!p->run) shrink(p); /* a message cut short (the connection went away) */
  if (keep) return;
  set_callbacks_from(p, ctx, NULL);
  for (int i = 0; i < 4; i++) {
    if (p->callbacks[i]) JSValueUnprotect(ctx, p->callbacks[i]);
    p->callbacks[i] = NULL;
  }
  p->owner = NULL;
}

static EDDY_JS_FN(parser_initialize) {
  (void)function, (void)exception;
  parser* p = parser_of(self);
  stop_consuming(p);
  int type = (int)eddy_js_arg_int(ctx, argc, argv, 0);
  double max_header_size = eddy_js_arg_num(ctx, argc, argv, 1);
  p->max_header_size =
      max_header_size >= (double)UINT32_MAX ? UINT32_MAX : (uint32_t)max_header_size;
  int lenient = (int)eddy_js_arg_int(ctx, argc, argv, 2);
  JSValueRef cbs_value = eddy_js_arg(ctx, argc, argv, 3);
  /* Without a callbacks array (a caller using node's own parser API) it parses silently. */
  JSObjectRef cbs = JSValueIsObject(ctx, cbs_value) ? (JSObjectRef)cbs_value : NULL;
  llhttp_init(&p->llhttp, type == 0 ? HTTP_REQUEST : HTTP_RESPONSE, &settings);
  p->spilled = false;
  if (lenient) {
    llhttp_set_lenient_headers(&p->llhttp, 1);
    llhttp_set_lenient_chunked_length(&p->llhttp, 1);
    llhttp_set_lenient_keep_alive(&p->llhttp, 1);
    llhttp_set_lenient_transfer_encoding(&p->llhttp, 1);
  }
  /* (lib's callbacks arrays are never changed once made) */
  for (int i = 0; i < 4 && !(cbs && cbs == p->callbacks_from); i++) {
    JSValueRef f = cbs ? JSObjectGetPropertyAtIndex(ctx, cbs, (unsigned)i, NULL) : NULL;
    JSObjectRef fn = f && JSValueIsObject(ctx, f) ? (JSObjectRef)f : NULL;
    if (fn == p->callbacks[i]) continue;
    if (p->callbacks[i]) JSValueUnprotect(ctx, p->callbacks[i]);
    p->callbacks[i] = fn ? eddy_protect_object(ctx, fn) : NULL;
  }
  set_callbacks_from(p, ctx, cbs);
  JSValueRef owner = eddy_js_arg(ctx, argc, argv, 4);
  JSObjectRef new_owner = JSValueIsObject(ctx, owner) ? (JSObjectRef)owner : p->object;
  p->owner = new_owner;
  p->lenient = lenient != 0;
  p->pending = false;
  /* A server's headersTimeout counts from the connection, not from its first byte: a
   * client that connects and sends nothing is timed out too. */
  p->started = type == 0 ? uv_now(&p->rt->loop) : 0;
  if (type == 0 && p->started == 0) p->started = 1;
  if (!p->run) {
    shrink(p);
  } else {
    /* Called from one of its own callbacks (a client reusing the parser it just
     * freed): llhttp may still call back into this head, so it is emptied, not freed. */
    head_reset(p);
  }
  return JSValueMakeUndefined(ctx);
}

static EDDY_JS_FN(parser_pause) {
  (void)function, (void)argc, (void)argv, (void)exception;
  llhttp_pause(&parser_of(self)->llhttp);
  return JSValueMakeUndefined(ctx);
}

static EDDY_JS_FN(parser_resume) {
  (void)function, (void)argc, (void)argv, (void)exception;
  llhttp_resume(&parser_of(self)->llhttp);
  return JSValueMakeUndefined(ctx);
}

/* timing(): null between messages; else the ms since the message began, as -(ms + 1)
 * once its head is complete (for headersTimeout / requestTimeout). */
static EDDY_JS_FN(parser_timing) {
  (void)function, (void)argc, (void)argv, (void)exception;
  parser* p = parser_of(self);
  if (!p->started) return JSValueMakeNull(ctx);
  double ms = (double)(uv_now(&p->rt->loop) - p->started);
  return JSValueMakeNumber(ctx, p->head && p->head->headers_done ? -(ms + 1) : ms);
}

/* free(keep) */
static EDDY_JS_FN(parser_free) {
  (void)function, (void)exception;
  release(parser_of(self), ctx, eddy_js_to_boolean(ctx, eddy_js_arg(ctx, argc, argv, 0)));
  return JSValueMakeUndefined(ctx);
}

static void parser_finalize(JSObjectRef object) {
  parser* p = JSObjectGetPrivate(object);
  if (!p) return;
  /* Callbacks are protected values: a parser still holding them cannot be collected, so
   * by now they were released by free(). lib unconsumes before it drops a parser; should
   * one be dropped while consuming, its handle's reads stop reaching it (no JS here, and
   * the handle or source may already be gone: only the table entry is removed, and a
   * source finding no parser reads for JS again). At teardown the runtime's table is
   * gone before the last parsers are collected. */
  http_state* st = state_of(p->rt);
  if ((p->handle || p->source) && st) consumers_remove(&st->consumers, p);
  shrink(p);
  free(p);
}

static JSObjectRef parser_construct(JSContextRef ctx, JSObjectRef constructor, size_t argc,
                                    const JSValueRef argv[], JSValueRef* exception) {
  (void)constructor, (void)argc, (void)argv, (void)exception;
  parser* p = eddy_calloc(1, sizeof(*p));
  p->rt = eddy_runtime_from(ctx);
  p->ctx = ctx;
  p->max_header_size = 16384;
  llhttp_init(&p->llhttp, HTTP_REQUEST, &settings);
  p->object = JSObjectMake(ctx, parser_class, p);
  return p->object;
}

static const JSStaticFunction parser_functions[] = {
    {"initialize", parser_initialize, kJSPropertyAttributeDontEnum},
    {"execute", parser_execute, kJSPropertyAttributeDontEnum},
    {"finish", parser_finish, kJSPropertyAttributeDontEnum},
    {"consume", parser_consume, kJSPropertyAttributeDontEnum},
    {"unconsume", parser_unconsume, kJSPropertyAttributeDontEnum},
    {"readStart", parser_read_start, kJSPropertyAttributeDontEnum},
    {"readStop", parser_read_stop, kJSPropertyAttributeDontEnum},
    {"pause", parser_pause, kJSPropertyAttributeDontEnum},
    {"resume", parser_resume, kJSPropertyAttributeDontEnum},
    {"free", parser_free, kJSPropertyAttributeDontEnum},
    {"timing", parser_timing, kJSPropertyAttributeDontEnum},
    {NULL, NULL, 0},
};

static void http_dispose(eddy_runtime* rt) {
  http_state* st = state_of(rt);
  if (!st) return;
  for (size_t i = 0; i < kNameTableSize; i++) free(st->names[i].bytes);
  for (size_t i = 0; i < kValueTableSize; i++) free(st->values[i].bytes);
  free(st->consumers.slots);
  free(st);
  rt->binding_state[EDDY_BINDING_http_parser] = NULL;
}

JSObjectRef eddy_binding_http_parser_init(eddy_runtime* rt, JSContextRef ctx) {
  if (!parser_class) {
    init_settings();
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "HTTPParser";
    def.staticFunctions = parser_functions;
    def.finalize = parser_finalize;
    eddy_js_class_publish(&parser_class, JSClassCreate(&def));
  }
  http_state* st = eddy_calloc(1, sizeof(*st));
  rt->binding_state[EDDY_BINDING_http_parser] = st;
  rt->binding_dispose[EDDY_BINDING_http_parser] = http_dispose;
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  JSObjectRef ctor = JSObjectMakeConstructor(ctx, parser_class, parser_construct);
  eddy_js_set(ctx, b, "HTTPParser", ctor);
  eddy_js_set_number(ctx, b, "REQUEST", 0);
  eddy_js_set_number(ctx, b, "RESPONSE", 1);
  return b;
}
