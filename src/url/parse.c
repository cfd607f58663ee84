/* The basic URL parser of the URL Standard, state by state, with the state
 * overrides the URL setters use, and the URL serializer. A state that reads a
 * whole component (scheme, authority, host, path segment, query...) scans it at
 * once and leaves `pointer` on the last unit it consumed; the loop steps past it. */
#include <string.h>

#include "url.h"

#define EOF_C (-1)

enum {
  S_SCHEME_START = 1,
  S_SCHEME,
  S_NO_SCHEME,
  S_SPECIAL_RELATIVE_OR_AUTHORITY,
  S_PATH_OR_AUTHORITY,
  S_RELATIVE,
  S_RELATIVE_SLASH,
  S_SPECIAL_AUTHORITY_SLASHES,
  S_SPECIAL_AUTHORITY_IGNORE_SLASHES,
  S_AUTHORITY,
  S_HOST,
  S_HOSTNAME,
  S_PORT,
  S_FILE,
  S_FILE_SLASH,
  S_FILE_HOST,
  S_PATH_START,
  S_PATH,
  S_OPAQUE_PATH,
  S_QUERY,
  S_FRAGMENT,
};

/* What a state answers: go on, or stop with failure, success or refusal. */
enum { GO, FAIL, OK, NO };

typedef struct {
  url_env* env;
  const uint16_t* in;
  size_t len;
  ptrdiff_t pointer;
  int state;
  int override; /* the S_ state of the override, or 0 */
  url_record* url;
  const url_record* base;
  bool special;
  bool carry; /* the file host state handed a drive letter to the path state */
  uint16_t carried[2];
} parser;

/* --- records ------------------------------------------------------------------- */

void url_record_reset(url_record* u) {
  u->scheme.len = u->username.len = u->password.len = u->host.len = u->path.len = 0;
  u->query.len = u->fragment.len = 0;
  u->has_host = u->opaque = u->has_query = u->has_fragment = false;
  u->port = -1;
}

void url_record_free(url_record* u) {
  url_buf_free(&u->scheme);
  url_buf_free(&u->username);
  url_buf_free(&u->password);
  url_buf_free(&u->host);
  url_buf_free(&u->path);
  url_buf_free(&u->query);
  url_buf_free(&u->fragment);
}

static bool buf_is(const url_buf* b, const char* s) {
  size_t n = strlen(s);
  return b->len == n && memcmp(b->p, s, n) == 0;
}

bool url_is_special(const url_buf* s) {
  switch (s->len) {
    case 2: return buf_is(s, "ws");
    case 3: return buf_is(s, "wss") || buf_is(s, "ftp");
    case 4: return buf_is(s, "http") || buf_is(s, "file");
    case 5: return buf_is(s, "https");
    default: return false;
  }
}

int32_t url_default_port(const url_buf* s) {
  if (buf_is(s, "http") || buf_is(s, "ws")) return 80;
  if (buf_is(s, "https") || buf_is(s, "wss")) return 443;
  if (buf_is(s, "ftp")) return 21;
  return -1;
}

static bool is_file(const url_record* u) { return buf_is(&u->scheme, "file"); }

static bool is_alpha(int c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
static bool is_digit(int c) { return c >= '0' && c <= '9'; }

/* 'c:' or 'c|' (normalized: only 'c:'). */
static bool is_drive_letter(const uint16_t* s, size_t n, bool normalized_only) {
  return n == 2 && is_alpha(s[0]) && (s[1] == ':' || (!normalized_only && s[1] == '|'));
}

static bool buf_is_normalized_drive(const char* s, size_t n) {
  return n == 2 && is_alpha((unsigned char)s[0]) && s[1] == ':';
}

/* Whether in[i...] starts with a drive letter followed by the end, '/', '\', '?' or '#'. */
static bool starts_with_drive_letter(const parser* p, size_t i) {
  if (p->len < i + 2 || !is_alpha(p->in[i]) || (p->in[i + 1] != ':' && p->in[i + 1] != '|'))
    return false;
  if (p->len == i + 2) return true;
  uint16_t c = p->in[i + 2];
  return c == '/' || c == '\\' || c == '?' || c == '#';
}

/* The number of segments of a serialized (non-opaque) path, and its first one. */
static size_t path_count(const url_buf* path) {
  size_t n = 0;
  for (size_t i = 0; i < path->len; i++) n += path->p[i] == '/';
  return n;
}

static size_t first_segment_len(const url_buf* path) {
  size_t i = 1;
  while (i < path->len && path->p[i] != '/') i++;
  return path->len ? i - 1 : 0;
}

static void shorten_path(url_record* u) {
  url_buf* path = &u->path;
  if (is_file(u) && path_count(path) == 1 && buf_is_normalized_drive(path->p + 1, path->len - 1))
    return;
  size_t i = path->len;
  while (i > 0 && path->p[i - 1] != '/') i--;
  path->len = i > 0 ? i - 1 : 0;
}

static bool has_credentials(const url_record* u) { return u->username.len || u->password.len; }

static bool is_encoded_dot(const uint16_t* s) {
  return s[0] == '%' && s[1] == '2' && (s[2] | 0x20) == 'e';
}

static bool is_single_dot(const uint16_t* s, size_t n) {
  return (n == 1 && s[0] == '.') || (n == 3 && is_encoded_dot(s));
}

static bool is_double_dot(const uint16_t* s, size_t n) {
  switch (n) {
    case 2: return s[0] == '.' && s[1] == '.';
    case 4: return (s[0] == '.' && is_encoded_dot(s + 1)) || (is_encoded_dot(s) && s[3] == '.');
    case 6: return is_encoded_dot(s) && is_encoded_dot(s + 3);
    default: return false;
  }
}

size_t url_clean(const uint16_t* in, size_t len, uint16_t* out, bool trim) {
  size_t start = 0, end = len, n = 0;
  if (trim) {
    while (start < end && in[start] <= 0x20) start++;
    while (end > start && in[end - 1] <= 0x20) end--;
  }
  for (size_t i = start; i < end; i++) {
    uint16_t c = in[i];
    if (c != '\t' && c != '\n' && c != '\r') out[n++] = c;
  }
  return n;
}

/* The host parser into url's host, which a failure leaves as it was (a setter's
 * refused host keeps the old one). */
static bool set_host(parser* p, size_t start, size_t n) {
  url_buf* tmp = &p->env->host;
  if (!url_parse_host(p->env, p->in + start, n, !p->special, tmp)) return false;
  url_buf old = p->url->host;
  p->url->host = *tmp;
  *tmp = old;
  p->url->has_host = true;
  return true;
}

static int unit_at(const parser* p, ptrdiff_t i) {
  return i >= 0 && (size_t)i < p->len ? p->in[i] : EOF_C;
}

/* On '?' or '#', starts an empty query or fragment and moves to its state. */
static bool enter_query_or_fragment(parser* p, int c) {
  if (c == '?') {
    p->url->has_query = true;
    p->url->query.len = 0;
    p->state = S_QUERY;
    return true;
  }
  if (c == '#') {
    p->url->has_fragment = true;
    p->url->fragment.len = 0;
    p->state = S_FRAGMENT;
    return true;
  }
  return false;
}

/* --- states ---------------------------------------------------------------------- */

static int scheme_state(parser* p) {
  url_record* url = p->url;
  size_t start = (size_t)p->pointer, end = start;
  while (end < p->len) {
    uint16_t ch = p->in[end];
    if (!(is_alpha(ch) || is_digit(ch) || ch == '+' || ch == '-' || ch == '.')) break;
    end++;
  }
  if (unit_at(p, (ptrdiff_t)end) != ':') {
    if (p->override) return NO;
    p->state = S_NO_SCHEME;
    p->pointer = -1;
    return GO;
  }
  size_t n = end - start;
  p->pointer = (ptrdiff_t)end;
  /* Special schemes are short: a longer one is no special scheme. */
  char small[8];
  url_buf candidate = {.p = small, .len = n <= sizeof small ? n : 0, .cap = sizeof small};
  for (size_t i = 0; i < candidate.len; i++)
    small[i] = (char)(p->in[start + i] | (is_alpha(p->in[start + i]) ? 0x20 : 0));
  bool special = url_is_special(&candidate);
  if (p->override) {
    if (p->special != special) return NO;
    if ((has_credentials(url) || url->port != -1) && buf_is(&candidate, "file")) return NO;
    if (is_file(url) && url->has_host && url->host.len == 0) return NO;
  }
  url->scheme.len = 0;
  url_buf_reserve(&url->scheme, n);
  for (size_t i = start; i < end; i++)
    url->scheme.p[url->scheme.len++] = (char)(p->in[i] | (is_alpha(p->in[i]) ? 0x20 : 0));
  p->special = special;
  if (p->override) {
    if (url->port == url_default_port(&url->scheme)) url->port = -1;
    return OK;
  }
  if (is_file(url)) {
    p->state = S_FILE;
  } else if (special && p->base && p->base->scheme.len == n &&
             memcmp(p->base->scheme.p, url->scheme.p, n) == 0) {
    p->state = S_SPECIAL_RELATIVE_OR_AUTHORITY;
  } else if (special) {
    p->state = S_SPECIAL_AUTHORITY_SLASHES;
  } else if (unit_at(p, p->pointer + 1) == '/') {
    p->state = S_PATH_OR_AUTHORITY;
    p->pointer++;
  } else {
    url->opaque = true;
    url->path.len = 0;
    p->state = S_OPAQUE_PATH;
  }
  return GO;
}

static int no_scheme_state(parser* p, int c) {
  const url_record* base = p->base;
  url_record* url = p->url;
  if (!base || (base->opaque && c != '#')) return FAIL;
  if (base->opaque) {
    url_buf_copy(&url->scheme, &base->scheme);
    p->special = url_is_special(&url->scheme);
    url_buf_copy(&url->path, &base->path);
    url->opaque = true;
    url->has_query = base->has_query;
    url_buf_copy(&url->query, &base->query);
    url->has_fragment = true;
    url->fragment.len = 0;
    p->state = S_FRAGMENT;
  } else {
    p->state = is_file(base) ? S_FILE : S_RELATIVE;
    p->pointer--;
  }
  return GO;
}

static void copy_authority(url_record* url, const url_record* base) {
  url_buf_copy(&url->username, &base->username);
  url_buf_copy(&url->password, &base->password);
  url->has_host = base->has_host;
  url_buf_copy(&url->host, &base->host);
  url->port = base->port;
}

static int relative_state(parser* p, int c) {
  const url_record* base = p->base;
  url_record* url = p->url;
  url_buf_copy(&url->scheme, &base->scheme);
  p->special = url_is_special(&url->scheme);
  if (c == '/' || (p->special && c == '\\')) {
    p->state = S_RELATIVE_SLASH;
    return GO;
  }
  copy_authority(url, base);
  url_buf_copy(&url->path, &base->path);
  url->has_query = base->has_query;
  url_buf_copy(&url->query, &base->query);
  if (!enter_query_or_fragment(p, c) && c != EOF_C) {
    url->has_query = false;
    shorten_path(url);
    p->state = S_PATH;
    p->pointer--;
  }
  return GO;
}

static int relative_slash_state(parser* p, int c) {
  if (p->special && (c == '/' || c == '\\')) {
    p->state = S_SPECIAL_AUTHORITY_IGNORE_SLASHES;
  } else if (c == '/') {
    p->state = S_AUTHORITY;
  } else {
    copy_authority(p->url, p->base);
    p->state = S_PATH;
    p->pointer--;
  }
  return GO;
}

/* The authority runs to the first '/', '?' or '#' ('\' too when special); what is
 * before its last '@' is the userinfo, whose first ':' starts the password. */
static int authority_state(parser* p) {
  url_record* url = p->url;
  size_t start = (size_t)p->pointer, end = start;
  ptrdiff_t last_at = -1;
  while (end < p->len) {
    uint16_t ch = p->in[end];
    if (ch == '/' || ch == '?' || ch == '#' || (p->special && ch == '\\')) break;
    if (ch == '@') last_at = (ptrdiff_t)end;
    end++;
  }
  if (last_at != -1) {
    if ((size_t)last_at + 1 == end) return FAIL;
    size_t colon = start;
    while (colon < (size_t)last_at && p->in[colon] != ':') colon++;
    url->username.len = 0;
    url_percent_encode(&url->username, p->in + start, colon - start, url_set_userinfo);
    if (colon < (size_t)last_at) {
      url->password.len = 0;
      url_percent_encode(&url->password, p->in + colon + 1, (size_t)last_at - colon - 1,
                         url_set_userinfo);
    }
    p->pointer = last_at;
  } else {
    p->pointer--;
  }
  p->state = S_HOST;
  return GO;
}

static int host_state(parser* p) {
  url_record* url = p->url;
  if (p->override && is_file(url)) {
    p->pointer--;
    p->state = S_FILE_HOST;
    return GO;
  }
  size_t start = (size_t)p->pointer, end = start;
  bool brackets = false;
  for (; end < p->len; end++) {
    uint16_t ch = p->in[end];
    if (ch == ':' && !brackets) break;
    if (ch == '/' || ch == '?' || ch == '#' || (p->special && ch == '\\')) break;
    if (ch == '[')
      brackets = true;
    else if (ch == ']')
      brackets = false;
  }
  size_t n = end - start;
  if (end < p->len && p->in[end] == ':') {
    if (n == 0) return FAIL;
    if (p->override == S_HOSTNAME) return NO;
    if (!set_host(p, start, n)) return FAIL;
    p->state = S_PORT;
    p->pointer = (ptrdiff_t)end;
    return GO;
  }
  if (p->special && n == 0) return FAIL;
  if (p->override && n == 0 && (has_credentials(url) || url->port != -1)) return NO;
  if (!set_host(p, start, n)) return FAIL;
  p->state = S_PATH_START;
  if (p->override) return OK;
  p->pointer = (ptrdiff_t)end - 1;
  return GO;
}

static int port_state(parser* p) {
  url_record* url = p->url;
  size_t start = (size_t)p->pointer, end = start;
  while (end < p->len && is_digit(p->in[end])) end++;
  int ch = unit_at(p, (ptrdiff_t)end);
  if (!(ch == EOF_C || ch == '/' || ch == '?' || ch == '#' || (p->special && ch == '\\') ||
        p->override))
    return FAIL;
  if (end > start) {
    uint32_t port = 0;
    for (size_t i = start; i < end; i++) {
      port = port * 10 + (p->in[i] - '0');
      if (port > 65535) return FAIL;
    }
    url->port = (int32_t)port == url_default_port(&url->scheme) ? -1 : (int32_t)port;
    if (p->override) return OK;
  }
  if (p->override) return NO;
  p->state = S_PATH_START;
  p->pointer = (ptrdiff_t)end - 1;
  return GO;
}

static int file_state(parser* p, int c) {
  const url_record* base = p->base;
  url_record* url = p->url;
  url->scheme.len = 0;
  url_buf_append(&url->scheme, "file", 4);
  p->special = true;
  url->has_host = true;
  url->host.len = 0;
  if (c == '/' || c == '\\') {
    p->state = S_FILE_SLASH;
  } else if (base && is_file(base)) {
    url->has_host = base->has_host;
    url_buf_copy(&url->host, &base->host);
    url_buf_copy(&url->path, &base->path);
    url->has_query = base->has_query;
    url_buf_copy(&url->query, &base->query);
    if (!enter_query_or_fragment(p, c) && c != EOF_C) {
      url->has_query = false;
      if (!starts_with_drive_letter(p, (size_t)p->pointer))
        shorten_path(url);
      else
        url->path.len = 0;
      p->state = S_PATH;
      p->pointer--;
    }
  } else {
    p->state = S_PATH;
    p->pointer--;
  }
  return GO;
}

static int file_slash_state(parser* p, int c) {
  if (c == '/' || c == '\\') {
    p->state = S_FILE_HOST;
    return GO;
  }
  const url_record* base = p->base;
  url_record* url = p->url;
  if (base && is_file(base)) {
    url->has_host = base->has_host;
    url_buf_copy(&url->host, &base->host);
    if (!starts_with_drive_letter(p, (size_t)p->pointer) && base->path.len > 0 &&
        buf_is_normalized_drive(base->path.p + 1, first_segment_len(&base->path))) {
      url_buf_append(&url->path, base->path.p, 3);
    }
  }
  p->state = S_PATH;
  p->pointer--;
  return GO;
}

static int file_host_state(parser* p) {
  url_record* url = p->url;
  size_t start = (size_t)p->pointer, end = start;
  for (; end < p->len; end++) {
    uint16_t ch = p->in[end];
    if (ch == '/' || ch == '\\' || ch == '?' || ch == '#') break;
  }
  size_t n = end - start;
  p->pointer = (ptrdiff_t)end - 1;
  if (!p->override && is_drive_letter(p->in + start, n, false)) {
    /* Not a host: the drive letter becomes the first path segment. */
    p->carry = true;
    p->carried[0] = p->in[start];
    p->carried[1] = p->in[start + 1];
    p->state = S_PATH;
  } else if (n == 0) {
    url->has_host = true;
    url->host.len = 0;
    if (p->override) return OK;
    p->state = S_PATH_START;
  } else {
    if (!set_host(p, start, n)) return FAIL;
    if (buf_is(&url->host, "localhost")) url->host.len = 0;
    if (p->override) return OK;
    p->state = S_PATH_START;
  }
  return GO;
}

static int path_start_state(parser* p, int c) {
  if (p->special) {
    p->state = S_PATH;
    if (c != '/' && c != '\\') p->pointer--;
  } else if (!p->override && enter_query_or_fragment(p, c)) {
    /* query or fragment */
  } else if (c != EOF_C) {
    p->state = S_PATH;
    if (c != '/') p->pointer--;
  } else if (p->override && !p->url->has_host) {
    url_buf_push(&p->url->path, '/');
  }
  return GO;
}

/* One segment at a time, up to '/' ('\' when special), or '?' or '#' unless a
 * setter is parsing a whole path. */
static int path_state(parser* p) {
  url_record* url = p->url;
  size_t start = (size_t)p->pointer, end = start;
  for (; end < p->len; end++) {
    uint16_t ch = p->in[end];
    if (ch == '/' || (p->special && ch == '\\') || (!p->override && (ch == '?' || ch == '#')))
      break;
  }
  const uint16_t* seg = p->in + start;
  size_t n = end - start;
  if (p->carry) {
    /* Only a drive letter is carried, and the segment after it is then empty. */
    seg = p->carried;
    n = 2;
    p->carry = false;
  }
  int ch = unit_at(p, (ptrdiff_t)end);
  bool slash = ch == '/' || (p->special && ch == '\\');
  if (is_double_dot(seg, n)) {
    shorten_path(url);
    if (!slash) url_buf_push(&url->path, '/');
  } else if (is_single_dot(seg, n)) {
    if (!slash) url_buf_push(&url->path, '/');
  } else {
    url_buf_push(&url->path, '/');
    if (is_file(url) && url->path.len == 1 && is_drive_letter(seg, n, false)) {
      url_buf_push(&url->path, (char)seg[0]);
      url_buf_push(&url->path, ':');
    } else {
      url_percent_encode(&url->path, seg, n, url_set_path);
    }
  }
  p->pointer = (ptrdiff_t)end;
  enter_query_or_fragment(p, ch);
  return GO;
}

/* Everything up to '?' or '#' at once. */
static int opaque_path_state(parser* p) {
  url_record* url = p->url;
  size_t start = (size_t)p->pointer, end = start;
  while (end < p->len && p->in[end] != '?' && p->in[end] != '#') end++;
  url_percent_encode(&url->path, p->in + start, end - start, url_set_c0);
  int next = unit_at(p, (ptrdiff_t)end);
  if (next != EOF_C && url->path.len > 0 && url->path.p[url->path.len - 1] == ' ') {
    /* A trailing space before '?' or '#' would be lost on reparse. */
    url->path.len--;
    url_buf_append(&url->path, "%20", 3);
  }
  p->pointer = (ptrdiff_t)end;
  enter_query_or_fragment(p, next);
  return GO;
}

/* Everything up to '#' (or the end, under a state override) at once. */
static int query_state(parser* p) {
  url_record* url = p->url;
  size_t start = (size_t)p->pointer, end = start;
  if (p->override)
    end = p->len;
  else
    while (end < p->len && p->in[end] != '#') end++;
  url_percent_encode(&url->query, p->in + start, end - start,
                     p->special ? url_set_special_query : url_set_query);
  p->pointer = (ptrdiff_t)end;
  if (end < p->len) {
    url->has_fragment = true;
    url->fragment.len = 0;
    p->state = S_FRAGMENT;
  }
  return GO;
}

static int fragment_state(parser* p, int c) {
  if (c != EOF_C) {
    url_percent_encode(&p->url->fragment, p->in + p->pointer, p->len - (size_t)p->pointer,
                       url_set_fragment);
    p->pointer = (ptrdiff_t)p->len;
  }
  return GO;
}

static int state_of_override(int override) {
  switch (override) {
    case URL_SCHEME_START: return S_SCHEME_START;
    case URL_HOST: return S_HOST;
    case URL_HOSTNAME: return S_HOSTNAME;
    case URL_PORT: return S_PORT;
    case URL_PATH_START: return S_PATH_START;
    case URL_OPAQUE_PATH: return S_OPAQUE_PATH;
    case URL_QUERY: return S_QUERY;
    case URL_FRAGMENT: return S_FRAGMENT;
    default: return 0;
  }
}

bool url_parse(url_env* env, const uint16_t* input, size_t len, const url_record* base,
               url_record* url, int override) {
  parser p = {
      .env = env,
      .in = input,
      .len = len,
      .override = state_of_override(override),
      .url = url,
      .base = base,
  };
  p.state = p.override ? p.override : S_SCHEME_START;
  p.special = p.override && url_is_special(&url->scheme);
  for (; p.pointer <= (ptrdiff_t)len; p.pointer++) {
    int c = unit_at(&p, p.pointer);
    int r = GO;
    switch (p.state) {
      case S_SCHEME_START:
        if (is_alpha(c))
          p.state = S_SCHEME;
        else if (!p.override)
          p.state = S_NO_SCHEME;
        else
          return false;
        p.pointer--;
        break;
      case S_SCHEME: r = scheme_state(&p); break;
      case S_NO_SCHEME: r = no_scheme_state(&p, c); break;
      case S_SPECIAL_RELATIVE_OR_AUTHORITY:
        if (c == '/' && unit_at(&p, p.pointer + 1) == '/') {
          p.state = S_SPECIAL_AUTHORITY_IGNORE_SLASHES;
          p.pointer++;
        } else {
          p.state = S_RELATIVE;
          p.pointer--;
        }
        break;
      case S_PATH_OR_AUTHORITY:
        if (c == '/') {
          p.state = S_AUTHORITY;
        } else {
          p.state = S_PATH;
          p.pointer--;
        }
        break;
      case S_RELATIVE: r = relative_state(&p, c); break;
      case S_RELATIVE_SLASH: r = relative_slash_state(&p, c); break;
      case S_SPECIAL_AUTHORITY_SLASHES:
        p.state = S_SPECIAL_AUTHORITY_IGNORE_SLASHES;
        if (c == '/' && unit_at(&p, p.pointer + 1) == '/')
          p.pointer++;
        else
          p.pointer--;
        break;
      case S_SPECIAL_AUTHORITY_IGNORE_SLASHES:
        if (c != '/' && c != '\\') {
          p.state = S_AUTHORITY;
          p.pointer--;
        }
        break;
      case S_AUTHORITY: r = authority_state(&p); break;
      case S_HOST:
      case S_HOSTNAME: r = host_state(&p); break;
      case S_PORT: r = port_state(&p); break;
      case S_FILE: r = file_state(&p, c); break;
      case S_FILE_SLASH: r = file_slash_state(&p, c); break;
      case S_FILE_HOST: r = file_host_state(&p); break;
      case S_PATH_START: r = path_start_state(&p, c); break;
      case S_PATH: r = path_state(&p); break;
      case S_OPAQUE_PATH: r = opaque_path_state(&p); break;
      case S_QUERY: r = query_state(&p); break;
      case S_FRAGMENT: r = fragment_state(&p, c); break;
    }
    if (r == OK) return true;
    if (r != GO) return false;
  }
  return true;
}

/* --- serializing ----------------------------------------------------------------- */

static void append_port(url_buf* out, uint32_t port) {
  char tmp[8];
  int n = 0;
  do {
    tmp[n++] = (char)('0' + port % 10);
    port /= 10;
  } while (port);
  while (n) url_buf_push(out, tmp[--n]);
}

void url_serialize(const url_record* u, url_buf* out, uint32_t* off) {
  out->len = 0;
  url_buf_reserve(out, u->scheme.len + u->username.len + u->password.len + u->host.len +
                           u->path.len + u->query.len + u->fragment.len + 16);
  url_buf_append(out, u->scheme.p, u->scheme.len);
  off[URL_OFF_SCHEME_END] = (uint32_t)out->len;
  url_buf_push(out, ':');
  off[URL_OFF_PORT] = URL_OMITTED;
  if (u->has_host) {
    url_buf_append(out, "//", 2);
    if (has_credentials(u)) {
      url_buf_append(out, u->username.p, u->username.len);
      off[URL_OFF_USERNAME_END] = (uint32_t)out->len;
      if (u->password.len) {
        url_buf_push(out, ':');
        url_buf_append(out, u->password.p, u->password.len);
      }
      url_buf_push(out, '@');
    } else {
      off[URL_OFF_USERNAME_END] = (uint32_t)out->len;
    }
    off[URL_OFF_HOST_START] = (uint32_t)out->len;
    url_buf_append(out, u->host.p, u->host.len);
    off[URL_OFF_HOST_END] = (uint32_t)out->len;
    if (u->port != -1) {
      url_buf_push(out, ':');
      append_port(out, (uint32_t)u->port);
      off[URL_OFF_PORT] = (uint32_t)u->port;
    }
  } else {
    off[URL_OFF_USERNAME_END] = off[URL_OFF_HOST_START] = off[URL_OFF_HOST_END] =
        (uint32_t)out->len;
    if (!u->opaque && u->path.len > 1 && u->path.p[1] == '/') url_buf_append(out, "/.", 2);
  }
  off[URL_OFF_PATH_START] = (uint32_t)out->len;
  url_buf_append(out, u->path.p, u->path.len);
  off[URL_OFF_SEARCH] = URL_OMITTED;
  if (u->has_query) {
    off[URL_OFF_SEARCH] = (uint32_t)out->len;
    url_buf_push(out, '?');
    url_buf_append(out, u->query.p, u->query.len);
  }
  off[URL_OFF_HASH] = URL_OMITTED;
  if (u->has_fragment) {
    off[URL_OFF_HASH] = (uint32_t)out->len;
    url_buf_push(out, '#');
    url_buf_append(out, u->fragment.p, u->fragment.len);
  }
  off[URL_OFF_FLAGS] = (u->has_host ? URL_FLAG_HAS_HOST : 0) | (u->opaque ? URL_FLAG_OPAQUE : 0);
}
