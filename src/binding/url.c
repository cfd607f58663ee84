/* internalBinding('url'): the WHATWG URL parser (src/url/) for lib/internal/url.js.
 *
 * A parse answers the serialized href, and writes the offsets of its components
 * into ONE Uint32Array made here once (`offsets`, see src/url/url.h for the
 * layout): a URL keeps its href and those numbers and slices components out of
 * the href when asked, as node's native URL does. A setter re-parses the href,
 * runs the parser with the setter's state override and answers the new href.
 * When the href is the input itself (the common case), the input string is
 * answered as it is, and no string is made.
 *
 * Domains that are not plain ASCII go through the UTS #46 ToASCII function lib/
 * registers with setToASCII (eddy's IDNA tables are JavaScript). */
#include "../url/url.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../runtime/runtime.h"
#include "../util/check.h"
#include "../util/js.h"
#include "../util/js_string.h"

/* Hosts repeat, and a call into JS costs microseconds: ToASCII results are
 * remembered, a few per hash bucket position (direct-mapped). */
#define IDNA_CACHE 64
typedef struct {
  uint16_t* key;
  size_t key_len;
  char* value; /* NULL: ToASCII failed */
  size_t value_len;
} idna_entry;

typedef struct {
  url_env env;
  idna_entry idna[IDNA_CACHE];
  url_record rec, base;
  /* The base parsed last, cleaned, when `base` holds its record: programs resolve
   * many inputs against one base. */
  uint16_t* base_text;
  size_t base_len, base_cap;
  bool base_cached;
  url_buf out;
  uint16_t* units[2]; /* cleaned input and base */
  size_t units_cap[2];
  uint32_t* offsets;
  JSObjectRef to_ascii; /* protected, or NULL */
  JSContextRef ctx;     /* of the call in progress, for to_ascii */
  JSValueRef* exception;
} url_state;

/* An href longer than the engine's longest string (or than the offsets can
 * address) is no URL here. */
#define URL_MAX_HREF ((size_t)INT32_MAX - 1)

static url_state* state_of(JSContextRef ctx) {
  return eddy_runtime_from(ctx)->binding_state[EDDY_BINDING_url];
}

/* The string v, cleaned (trimmed too when trim), into the state's units[which]. */
static const uint16_t* clean(url_state* s, JSContextRef ctx, JSValueRef v, int which, bool trim,
                             size_t* len, JSValueRef* exception) {
  eddy_string_view view;
  if (!eddy_string_view_open(ctx, v, &view, exception)) return NULL;
  if (view.len + 1 > s->units_cap[which]) {
    s->units_cap[which] = view.len + 64;
    s->units[which] = eddy_realloc(s->units[which], s->units_cap[which] * sizeof(uint16_t));
  }
  uint16_t* out = s->units[which];
  /* Most inputs hold no control, space, tab or newline: copy, and clean only
   * when one was seen. */
  bool dirty = false;
  if (view.latin1) {
    for (size_t i = 0; i < view.len; i++) {
      out[i] = view.latin1[i];
      dirty |= view.latin1[i] <= 0x20;
    }
  } else {
    for (size_t i = 0; i < view.len; i++) {
      out[i] = view.utf16[i];
      dirty |= view.utf16[i] <= 0x20;
    }
  }
  *len = dirty ? url_clean(out, view.len, out, trim) : view.len;
  eddy_string_view_close(&view);
  return out;
}

static bool js_to_ascii(url_state* s, const uint16_t* domain, size_t len, url_buf* out) {
  if (!s->to_ascii) return false;
  JSContextRef ctx = s->ctx;
  JSStringRef str = JSStringCreateWithCharacters(domain, len);
  JSValueRef arg = JSValueMakeString(ctx, str);
  JSStringRelease(str);
  JSValueRef r = JSObjectCallAsFunction(ctx, s->to_ascii, NULL, 1, &arg, s->exception);
  if (!r || !JSValueIsString(ctx, r)) return false;
  eddy_string_view view;
  if (!eddy_string_view_open(ctx, r, &view, s->exception)) return false;
  bool ok = true;
  url_buf_reserve(out, view.len);
  for (size_t i = 0; i < view.len && ok; i++) {
    uint16_t c = view.latin1 ? view.latin1[i] : view.utf16[i];
    if (c >= 0x80) ok = false;
    out->p[out->len++] = (char)c;
  }
  eddy_string_view_close(&view);
  return ok;
}

static bool call_to_ascii(void* data, const uint16_t* domain, size_t len, url_buf* out) {
  url_state* s = data;
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < len; i++) h = (h ^ domain[i]) * 16777619u;
  idna_entry* e = &s->idna[h % IDNA_CACHE];
  if (e->key && e->key_len == len && memcmp(e->key, domain, len * sizeof(uint16_t)) == 0) {
    if (!e->value) return false;
    url_buf_append(out, e->value, e->value_len);
    return true;
  }
  size_t start = out->len;
  bool ok = js_to_ascii(s, domain, len, out);
  /* A thrown exception is not a result to remember. */
  if (s->exception && *s->exception) return false;
  free(e->key);
  free(e->value);
  e->key = eddy_malloc(len * sizeof(uint16_t) + 1);
  memcpy(e->key, domain, len * sizeof(uint16_t));
  e->key_len = len;
  e->value = NULL;
  if (ok) {
    e->value_len = out->len - start;
    e->value = eddy_malloc(e->value_len + 1);
    memcpy(e->value, out->p + start, e->value_len);
  }
  return ok;
}

/* The href in s->out as a JS string: `same` itself when it holds exactly that text. */
static JSValueRef href_value(url_state* s, JSContextRef ctx, JSValueRef same) {
  if (JSValueIsString(ctx, same)) {
    eddy_string_view view;
    if (eddy_string_view_open(ctx, same, &view, NULL)) {
      bool equal =
          view.len == s->out.len && view.latin1 && memcmp(view.latin1, s->out.p, view.len) == 0;
      eddy_string_view_close(&view);
      if (equal) return same;
    }
  }
  return eddy_js_latin1(ctx, (const uint8_t*)s->out.p, s->out.len);
}

static void begin_call(url_state* s, JSContextRef ctx, JSValueRef* exception) {
  s->ctx = ctx;
  s->exception = exception;
}

/* The empty base node's URLPattern resolves against: no scheme, an empty host. */
static void empty_base(url_record* u) {
  url_record_reset(u);
  u->has_host = true;
}

/* parse(input[, base]) -> href, or undefined when input (or base) is no URL. A
 * null base is the empty one. */
static EDDY_JS_FN(url_parse_fn) {
  url_state* s = state_of(ctx);
  begin_call(s, ctx, exception);
  const url_record* base = NULL;
  if (argc > 1 && JSValueIsNull(ctx, argv[1])) {
    s->base_cached = false;
    empty_base(&s->base);
    base = &s->base;
  } else if (argc > 1 && !JSValueIsUndefined(ctx, argv[1])) {
    size_t blen;
    const uint16_t* b = clean(s, ctx, argv[1], 1, true, &blen, exception);
    if (!b) return NULL;
    if (!s->base_cached || blen != s->base_len ||
        memcmp(b, s->base_text, blen * sizeof(uint16_t)) != 0) {
      s->base_cached = false;
      url_record_reset(&s->base);
      if (!url_parse(&s->env, b, blen, NULL, &s->base, URL_NO_OVERRIDE))
        return JSValueMakeUndefined(ctx);
      if (blen > s->base_cap) {
        s->base_cap = blen;
        s->base_text = eddy_realloc(s->base_text, blen * sizeof(uint16_t));
      }
      if (blen) memcpy(s->base_text, b, blen * sizeof(uint16_t));
      s->base_len = blen;
      s->base_cached = true;
    }
    base = &s->base;
  }
  size_t len;
  const uint16_t* in = clean(s, ctx, eddy_js_arg(ctx, argc, argv, 0), 0, true, &len, exception);
  if (!in) return NULL;
  url_record_reset(&s->rec);
  if (!url_parse(&s->env, in, len, base, &s->rec, URL_NO_OVERRIDE))
    return JSValueMakeUndefined(ctx);
  url_serialize(&s->rec, &s->out, s->offsets);
  if (s->out.len > URL_MAX_HREF) return JSValueMakeUndefined(ctx);
  return href_value(s, ctx, eddy_js_arg(ctx, argc, argv, 0));
}

/* What set() changes; lib/internal/url.js uses the same numbers. */
enum {
  SET_PROTOCOL,
  SET_USERNAME,
  SET_PASSWORD,
  SET_HOST,
  SET_HOSTNAME,
  SET_PORT,
  SET_PATHNAME,
  SET_SEARCH,
  SET_HASH,
  SET_QUERY_RAW, /* URLSearchParams' serialization: '' removes the query */
};

static bool cannot_have_credentials_or_port(const url_record* u) {
  return !u->has_host || u->host.len == 0 ||
         (u->scheme.len == 4 && memcmp(u->scheme.p, "file", 4) == 0);
}

/* Runs a setter's change on s->rec with the raw value v (room for n + 1 units);
 * false when nothing is to change. Emptiness and a leading '?' or '#' are judged
 * on the raw value, before tabs and newlines go, as the standard's setters do. */
static bool apply_setter(url_state* s, int kind, uint16_t* v, size_t n) {
  url_record* u = &s->rec;
  switch (kind) {
    case SET_PROTOCOL:
      /* The value followed by ':' in the scheme start state. */
      n = url_clean(v, n, v, false);
      v[n] = ':';
      return url_parse(&s->env, v, n + 1, NULL, u, URL_SCHEME_START);
    case SET_USERNAME:
    case SET_PASSWORD: {
      if (cannot_have_credentials_or_port(u)) return false;
      url_buf* b = kind == SET_USERNAME ? &u->username : &u->password;
      b->len = 0;
      url_percent_encode(b, v, n, url_set_userinfo);
      return true;
    }
    case SET_HOST:
    case SET_HOSTNAME:
      if (u->opaque) return false;
      n = url_clean(v, n, v, false);
      url_parse(&s->env, v, n, NULL, u, kind == SET_HOST ? URL_HOST : URL_HOSTNAME);
      return true;
    case SET_PORT:
      if (cannot_have_credentials_or_port(u)) return false;
      if (n == 0) {
        u->port = -1;
        return true;
      }
      n = url_clean(v, n, v, false);
      url_parse(&s->env, v, n, NULL, u, URL_PORT);
      return true;
    case SET_PATHNAME:
      if (u->opaque) return false;
      u->path.len = 0;
      n = url_clean(v, n, v, false);
      url_parse(&s->env, v, n, NULL, u, URL_PATH_START);
      return true;
    case SET_SEARCH:
    case SET_QUERY_RAW:
      u->query.len = 0;
      u->has_query = n > 0;
      if (n == 0) return true;
      if (kind == SET_SEARCH && v[0] == '?') v++, n--;
      n = url_clean(v, n, v, false);
      url_parse(&s->env, v, n, NULL, u, URL_QUERY);
      return true;
    case SET_HASH:
      u->fragment.len = 0;
      u->has_fragment = n > 0;
      if (n == 0) return true;
      if (v[0] == '#') v++, n--;
      n = url_clean(v, n, v, false);
      url_parse(&s->env, v, n, NULL, u, URL_FRAGMENT);
      return true;
    default: return false;
  }
}

/* set(href, kind, value) -> the new href, or undefined when the setter changes
 * nothing. value has had its lone surrogates replaced. */
static EDDY_JS_FN(url_set_fn) {
  url_state* s = state_of(ctx);
  begin_call(s, ctx, exception);
  size_t hlen;
  const uint16_t* h = clean(s, ctx, eddy_js_arg(ctx, argc, argv, 0), 0, true, &hlen, exception);
  if (!h) return NULL;
  url_record_reset(&s->rec);
  if (!url_parse(&s->env, h, hlen, NULL, &s->rec, URL_NO_OVERRIDE))
    return JSValueMakeUndefined(ctx);
  int kind = (int)eddy_js_arg_int(ctx, argc, argv, 1);
  eddy_string_view view;
  if (!eddy_string_view_open(ctx, eddy_js_arg(ctx, argc, argv, 2), &view, exception)) return NULL;
  if (view.len + 1 > s->units_cap[1]) {
    s->units_cap[1] = view.len + 64;
    s->units[1] = eddy_realloc(s->units[1], s->units_cap[1] * sizeof(uint16_t));
  }
  for (size_t i = 0; i < view.len; i++)
    s->units[1][i] = view.latin1 ? view.latin1[i] : view.utf16[i];
  size_t n = view.len;
  eddy_string_view_close(&view);
  if (!apply_setter(s, kind, s->units[1], n)) return JSValueMakeUndefined(ctx);
  url_serialize(&s->rec, &s->out, s->offsets);
  if (s->out.len > URL_MAX_HREF) return JSValueMakeUndefined(ctx);
  return eddy_js_latin1(ctx, (const uint8_t*)s->out.p, s->out.len);
}

/* What component() canonicalizes, for URLPattern (node runs its URL parser on a
 * dummy URL for that). */
enum { COMP_HOSTNAME, COMP_PORT, COMP_PATHNAME, COMP_OPAQUE_PATHNAME, COMP_SEARCH, COMP_HASH };

/* component(kind, value[, protocol]) -> the canonical text, or undefined. */
static EDDY_JS_FN(url_component_fn) {
  url_state* s = state_of(ctx);
  begin_call(s, ctx, exception);
  int kind = (int)eddy_js_arg_int(ctx, argc, argv, 0);
  size_t n;
  const uint16_t* v = clean(s, ctx, eddy_js_arg(ctx, argc, argv, 1), 0, false, &n, exception);
  if (!v) return NULL;
  url_record* u = &s->rec;
  url_record_reset(u);
  url_buf* result = NULL;
  switch (kind) {
    case COMP_HOSTNAME:
    case COMP_PORT:
      url_buf_append(&u->scheme, kind == COMP_HOSTNAME ? "http" : "fake", 4);
      if (kind == COMP_PORT && argc > 2 && JSValueIsString(ctx, argv[2])) {
        char* proto = eddy_js_to_utf8(ctx, argv[2], NULL, exception);
        if (!proto) return NULL;
        u->scheme.len = 0;
        url_buf_append(&u->scheme, proto, strlen(proto));
        free(proto);
      }
      u->has_host = true;
      url_buf_append(&u->host, "dummy.test", 10);
      if (!url_parse(&s->env, v, n, NULL, u, kind == COMP_HOSTNAME ? URL_HOSTNAME : URL_PORT))
        return JSValueMakeUndefined(ctx);
      if (kind == COMP_HOSTNAME) {
        result = &u->host;
      } else {
        s->out.len = 0;
        if (u->port != -1) {
          char tmp[8];
          int k = snprintf(tmp, sizeof tmp, "%d", u->port);
          url_buf_append(&s->out, tmp, (size_t)k);
        }
        result = &s->out;
      }
      break;
    case COMP_PATHNAME:
      url_parse(&s->env, v, n, NULL, u, URL_PATH_START);
      result = &u->path;
      break;
    case COMP_OPAQUE_PATHNAME:
      u->opaque = true;
      url_parse(&s->env, v, n, NULL, u, URL_OPAQUE_PATH);
      result = &u->path;
      break;
    case COMP_SEARCH:
      u->has_query = true;
      url_parse(&s->env, v, n, NULL, u, URL_QUERY);
      result = &u->query;
      break;
    case COMP_HASH:
      u->has_fragment = true;
      url_parse(&s->env, v, n, NULL, u, URL_FRAGMENT);
      result = &u->fragment;
      break;
    default: return JSValueMakeUndefined(ctx);
  }
  if (result->len > URL_MAX_HREF) return JSValueMakeUndefined(ctx);
  return eddy_js_latin1(ctx, (const uint8_t*)result->p, result->len);
}

/* setToASCII(fn): fn(domain) -> its UTS #46 ToASCII, or null for failure. */
static EDDY_JS_FN(url_set_to_ascii_fn) {
  url_state* s = state_of(ctx);
  if (s->to_ascii) JSValueUnprotect(ctx, s->to_ascii);
  s->to_ascii = eddy_protect_object(ctx, eddy_js_arg(ctx, argc, argv, 0));
  return JSValueMakeUndefined(ctx);
}

static void url_dispose(eddy_runtime* rt) {
  url_state* s = rt->binding_state[EDDY_BINDING_url];
  url_record_free(&s->rec);
  url_record_free(&s->base);
  url_buf_free(&s->out);
  url_buf_free(&s->env.scratch);
  url_buf_free(&s->env.host);
  free(s->env.units);
  free(s->units[0]);
  free(s->units[1]);
  free(s->base_text);
  for (size_t i = 0; i < IDNA_CACHE; i++) {
    free(s->idna[i].key);
    free(s->idna[i].value);
  }
  /* offsets belongs to its Uint32Array, freed with it; to_ascii goes with the context. */
  free(s);
  rt->binding_state[EDDY_BINDING_url] = NULL;
}

JSObjectRef eddy_binding_url_init(eddy_runtime* rt, JSContextRef ctx) {
  url_state* s = eddy_calloc(1, sizeof(*s));
  rt->binding_state[EDDY_BINDING_url] = s;
  rt->binding_dispose[EDDY_BINDING_url] = url_dispose;
  s->env.to_ascii = call_to_ascii;
  s->env.to_ascii_data = s;
  s->offsets = eddy_calloc(URL_OFF_COUNT, sizeof(uint32_t));
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  JSObjectRef offsets = JSObjectMakeTypedArrayWithBytesNoCopy(
      ctx, kJSTypedArrayTypeUint32Array, s->offsets, URL_OFF_COUNT * sizeof(uint32_t),
      eddy_js_free_bytes, NULL, NULL);
  CHECK(offsets);
  eddy_js_set(ctx, b, "offsets", offsets);
  eddy_js_set_fn(ctx, b, "parse", url_parse_fn);
  eddy_js_set_fn(ctx, b, "set", url_set_fn);
  eddy_js_set_fn(ctx, b, "component", url_component_fn);
  eddy_js_set_fn(ctx, b, "setToASCII", url_set_to_ascii_fn);
  return b;
}
