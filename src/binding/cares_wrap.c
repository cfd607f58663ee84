/* internalBinding('cares_wrap'): name resolution.
 *
 * dns.lookup and dns.lookupService run on libuv's thread pool (getaddrinfo /
 * getnameinfo), as in node; dns.resolve* are DNS queries through c-ares, whose
 * sockets are watched with uv_poll handles and whose retries run on a uv_timer.
 *
 * JS API:
 *   getaddrinfo(req, hostname, family, hints, order) -> errno; then
 *     req.oncomplete(status, addresses)  (order: 0 verbatim, 1 ipv4first, 2 ipv6first)
 *   getnameinfo(req, ip, port) -> errno; then req.oncomplete(status, hostname, service)
 *   new ChannelWrap(timeoutMs, tries)
 *     query(req, type, name) -> 0; then req.oncomplete(code, result, ttls): code is 0 or
 *       c-ares' error name ('ENOTFOUND', ...); result is flat data lib/ shapes
 *     getHostByAddr(req, ip) -> 0; then req.oncomplete(code, names)
 *     setServers(csv) -> c-ares status   getServers() -> csv   cancel()
 *     setLocalAddress(ipv4 | null, ipv6 | null) */
#include <ares.h>
#include <arpa/inet.h>
#include <netdb.h>
#include <stdlib.h>
#include <string.h>

#include "../runtime/runtime.h"
#include "../util/check.h"
#include "../util/js.h"

/* --- getaddrinfo / getnameinfo ---------------------------------------------------- */

typedef struct gai_req {
  uv_getaddrinfo_t req;
  eddy_runtime* rt;
  JSObjectRef req_obj; /* protected until oncomplete */
  int order;
} gai_req;

static void complete(eddy_runtime* rt, JSObjectRef req, size_t argc, const JSValueRef argv[]) {
  static JSStringRef name;
  if (!name) name = JSStringCreateWithUTF8CString("oncomplete");
  if (!rt->exiting) {
    JSValueRef fn = JSObjectGetProperty(rt->ctx, req, name, NULL);
    if (JSValueIsObject(rt->ctx, fn) && JSObjectIsFunction(rt->ctx, (JSObjectRef)fn))
      eddy_runtime_call(rt, (JSObjectRef)fn, req, argc, argv);
  }
  JSValueUnprotect(rt->ctx, req);
}

static void append_addresses(JSContextRef ctx, const struct addrinfo* res, int family,
                             JSObjectRef out, size_t* n) {
  for (const struct addrinfo* ai = res; ai; ai = ai->ai_next) {
    if (family && ai->ai_family != family) continue;
    char ip[INET6_ADDRSTRLEN];
    if (ai->ai_family == AF_INET)
      uv_ip4_name((const struct sockaddr_in*)ai->ai_addr, ip, sizeof(ip));
    else if (ai->ai_family == AF_INET6)
      uv_ip6_name((const struct sockaddr_in6*)ai->ai_addr, ip, sizeof(ip));
    else
      continue;
    eddy_js_array_set(ctx, out, (*n)++, eddy_js_cstr(ctx, ip));
  }
}

static void gai_on_done(uv_getaddrinfo_t* req, int status, struct addrinfo* res) {
  gai_req* g = (gai_req*)req;
  eddy_runtime* rt = g->rt;
  JSContextRef ctx = rt->ctx;
  JSObjectRef values = eddy_js_array_new(ctx);
  size_t n = 0;
  if (status == 0) {
    if (g->order == 1) {
      append_addresses(ctx, res, AF_INET, values, &n);
      append_addresses(ctx, res, AF_INET6, values, &n);
    } else if (g->order == 2) {
      append_addresses(ctx, res, AF_INET6, values, &n);
      append_addresses(ctx, res, AF_INET, values, &n);
    } else {
      append_addresses(ctx, res, 0, values, &n);
    }
    if (n == 0) status = UV_EAI_NODATA;
  }
  uv_freeaddrinfo(res);
  JSValueRef args[2] = {JSValueMakeNumber(ctx, status), values};
  JSObjectRef req_obj = g->req_obj;
  free(g);
  complete(rt, req_obj, 2, args);
}

static EDDY_JS_FN(cares_getaddrinfo) {
  (void)function, (void)self, (void)exception;
  eddy_runtime* rt = eddy_runtime_from(ctx);
  char* host = eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 1), NULL, NULL);
  int family = (int)eddy_js_arg_int(ctx, argc, argv, 2);
  struct addrinfo hints;
  memset(&hints, 0, sizeof(hints));
  hints.ai_family = family == 4 ? AF_INET : family == 6 ? AF_INET6 : AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = (int)eddy_js_arg_int(ctx, argc, argv, 3);
  gai_req* g = eddy_calloc(1, sizeof(*g));
  g->rt = rt;
  g->order = (int)eddy_js_arg_int(ctx, argc, argv, 4);
  int err = uv_getaddrinfo(&rt->loop, &g->req, gai_on_done, host, NULL, &hints);
  free(host);
  if (err) {
    free(g);
    return JSValueMakeNumber(ctx, err);
  }
  g->req_obj = eddy_protect_object(ctx, eddy_js_arg(ctx, argc, argv, 0));
  return JSValueMakeNumber(ctx, 0);
}

typedef struct gni_req {
  uv_getnameinfo_t req;
  eddy_runtime* rt;
  JSObjectRef req_obj;
} gni_req;

static void gni_on_done(uv_getnameinfo_t* req, int status, const char* hostname,
                        const char* service) {
  gni_req* g = (gni_req*)req;
  eddy_runtime* rt = g->rt;
  JSContextRef ctx = rt->ctx;
  JSValueRef args[3] = {JSValueMakeNumber(ctx, status),
                        status == 0 ? eddy_js_cstr(ctx, hostname) : JSValueMakeUndefined(ctx),
                        status == 0 ? eddy_js_cstr(ctx, service) : JSValueMakeUndefined(ctx)};
  JSObjectRef req_obj = g->req_obj;
  free(g);
  complete(rt, req_obj, 3, args);
}

static EDDY_JS_FN(cares_getnameinfo) {
  (void)function, (void)self, (void)exception;
  eddy_runtime* rt = eddy_runtime_from(ctx);
  char* ip = eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 1), NULL, NULL);
  int port = (int)eddy_js_arg_int(ctx, argc, argv, 2);
  struct sockaddr_storage addr;
  int err = uv_ip4_addr(ip, port, (struct sockaddr_in*)&addr);
  if (err) err = uv_ip6_addr(ip, port, (struct sockaddr_in6*)&addr);
  free(ip);
  if (err) return JSValueMakeNumber(ctx, err);
  gni_req* g = eddy_calloc(1, sizeof(*g));
  g->rt = rt;
  err = uv_getnameinfo(&rt->loop, &g->req, gni_on_done, (struct sockaddr*)&addr, NI_NAMEREQD);
  if (err) {
    free(g);
    return JSValueMakeNumber(ctx, err);
  }
  g->req_obj = eddy_protect_object(ctx, eddy_js_arg(ctx, argc, argv, 0));
  return JSValueMakeNumber(ctx, 0);
}

/* --- c-ares channels -------------------------------------------------------------- */

typedef struct sock_watch {
  uv_poll_t poll;
  struct channel* ch;
  ares_socket_t fd;
  struct sock_watch* next;
} sock_watch;

/* A query that completed inside a call from JS (cancel(), or a query c-ares fails at
 * once), its result kept for the check phase: node hands every c-ares result to JS
 * from there (SetImmediate), never in the middle of the JS that caused it. */
typedef struct deferred {
  struct deferred* next;
  JSObjectRef req_obj; /* protected, as are argv */
  size_t argc;
  JSValueRef argv[3];
} deferred;

/* A c-ares channel. Its JS object is protected while queries are pending (c-ares has
 * them, or their results wait for the check phase), so the channel outlives every
 * callback; the timer exists only while c-ares has queries, and sockets are watched
 * only while c-ares keeps them open (it closes them when no query is left), so at
 * finalization no libuv handle refers to it. */
typedef struct channel {
  ares_channel ares;
  eddy_runtime* rt;
  JSObjectRef object;
  uv_timer_t* timer;
  sock_watch* watches;
  int pending;  /* queries whose callback has not run */
  int active;   /* queries c-ares has not completed: setServers() refuses while any are */
  bool in_call; /* JS is calling into c-ares through this channel */
  deferred* deferred;
  deferred** deferred_tail;
  struct delivery* delivery; /* exists while deferred results wait */
} channel;

/* The handles that deliver deferred results: a check handle, and an idle handle
 * started beside it so the poll before that check phase does not block. */
typedef struct delivery {
  uv_check_t check;
  uv_idle_t idle;
  int open; /* handles not closed yet */
} delivery;

static void timer_on_close(uv_handle_t* handle) { free(handle); }

static void channel_on_timer(uv_timer_t* timer);

static void channel_schedule(channel* ch) {
  if (ch->active == 0) {
    if (ch->timer) {
      uv_close((uv_handle_t*)ch->timer, timer_on_close);
      ch->timer = NULL;
    }
    return;
  }
  if (!ch->timer) {
    ch->timer = eddy_malloc(sizeof(uv_timer_t));
    uv_timer_init(&ch->rt->loop, ch->timer);
    ch->timer->data = ch;
  }
  struct timeval max = {1, 0}, tv;
  struct timeval* t = ares_timeout(ch->ares, &max, &tv);
  uint64_t ms = (uint64_t)t->tv_sec * 1000 + (uint64_t)t->tv_usec / 1000;
  uv_timer_start(ch->timer, channel_on_timer, ms ? ms : 1, 0);
}

static void channel_on_timer(uv_timer_t* timer) {
  channel* ch = timer->data;
  ares_process_fd(ch->ares, ARES_SOCKET_BAD, ARES_SOCKET_BAD);
  channel_schedule(ch);
}

static void watch_on_poll(uv_poll_t* poll, int status, int events) {
  sock_watch* w = poll->data;
  channel* ch = w->ch;
  ares_socket_t fd = w->fd;
  bool r = status < 0 || (events & UV_READABLE);
  bool wr = status < 0 || (events & UV_WRITABLE);
  ares_process_fd(ch->ares, r ? fd : ARES_SOCKET_BAD, wr ? fd : ARES_SOCKET_BAD);
  channel_schedule(ch);
}

static void watch_on_close(uv_handle_t* handle) { free(handle->data); }

static void channel_on_sock_state(void* data, ares_socket_t fd, int readable, int writable) {
  channel* ch = data;
  sock_watch** link = &ch->watches;
  while (*link && (*link)->fd != fd) link = &(*link)->next;
  sock_watch* w = *link;
  if (!readable && !writable) {
    if (w) {
      *link = w->next;
      uv_poll_stop(&w->poll);
      uv_close((uv_handle_t*)&w->poll, watch_on_close);
    }
    return;
  }
  if (!w) {
    w = eddy_calloc(1, sizeof(*w));
    w->ch = ch;
    w->fd = fd;
    CHECK_EQ(uv_poll_init_socket(&ch->rt->loop, &w->poll, fd), 0);
    w->poll.data = w;
    w->next = ch->watches;
    ch->watches = w;
  }
  uv_poll_start(&w->poll, (readable ? UV_READABLE : 0) | (writable ? UV_WRITABLE : 0),
                watch_on_poll);
}

static void channel_finalize(JSObjectRef object) {
  channel* ch = JSObjectGetPrivate(object);
  if (!ch) return;
  /* No query is pending (the object was protected while one was), so destroying the
   * channel calls nothing; a socket still watched would be a bug in that reasoning,
   * in which case the channel is left alone rather than touching libuv here. */
  if (ch->watches == NULL && ch->timer == NULL) {
    ares_destroy(ch->ares);
    free(ch);
  }
}

static JSClassRef channel_class(void);

static JSObjectRef channel_construct(JSContextRef ctx, JSObjectRef constructor, size_t argc,
                                     const JSValueRef argv[], JSValueRef* exception) {
  (void)constructor;
  channel* ch = eddy_calloc(1, sizeof(*ch));
  ch->rt = eddy_runtime_from(ctx);
  struct ares_options opts;
  memset(&opts, 0, sizeof(opts));
  int mask = ARES_OPT_SOCK_STATE_CB | ARES_OPT_FLAGS;
  opts.sock_state_cb = channel_on_sock_state;
  opts.sock_state_cb_data = ch;
  opts.flags = ARES_FLAG_NOCHECKRESP;
  int timeout = (int)eddy_js_arg_int(ctx, argc, argv, 0);
  int tries = (int)eddy_js_arg_int(ctx, argc, argv, 1);
  /* -1 keeps c-ares' default; 0 is a real (immediate) timeout, as in node. */
  if (timeout >= 0) {
    opts.timeout = timeout;
    mask |= ARES_OPT_TIMEOUTMS;
  }
  if (tries > 0) {
    opts.tries = tries;
    mask |= ARES_OPT_TRIES;
  }
  int status = ares_init_options(&ch->ares, &opts, mask);
  if (status != ARES_SUCCESS) {
    free(ch);
    *exception = eddy_js_error(ctx, ares_strerror(status));
    return NULL;
  }
  ch->object = JSObjectMake(ctx, channel_class(), ch);
  return ch->object;
}

static const char* ares_code(int status) {
  switch (status) {
    case ARES_ENODATA: return "ENODATA";
    case ARES_EFORMERR: return "EFORMERR";
    case ARES_ESERVFAIL: return "ESERVFAIL";
    case ARES_ENOTFOUND: return "ENOTFOUND";
    case ARES_ENOTIMP: return "ENOTIMP";
    case ARES_EREFUSED: return "EREFUSED";
    case ARES_EBADQUERY: return "EBADQUERY";
    case ARES_EBADNAME: return "EBADNAME";
    case ARES_EBADFAMILY: return "EBADFAMILY";
    case ARES_EBADRESP: return "EBADRESP";
    case ARES_ECONNREFUSED: return "ECONNREFUSED";
    case ARES_ETIMEOUT: return "ETIMEOUT";
    case ARES_EOF: return "EOF";
    case ARES_EFILE: return "EFILE";
    case ARES_ENOMEM: return "ENOMEM";
    case ARES_EDESTRUCTION: return "EDESTRUCTION";
    case ARES_EBADSTR: return "EBADSTR";
    case ARES_EBADFLAGS: return "EBADFLAGS";
    case ARES_ENONAME: return "ENONAME";
    case ARES_EBADHINTS: return "EBADHINTS";
    case ARES_ENOTINITIALIZED: return "ENOTINITIALIZED";
    case ARES_ECANCELLED: return "ECANCELLED";
    default: return "EBADRESP";
  }
}

/* --- parsing answers into flat data ----------------------------------------------- */

enum {
  T_A = 1,
  T_NS = 2,
  T_CNAME = 5,
  T_SOA = 6,
  T_PTR = 12,
  T_MX = 15,
  T_TXT = 16,
  T_AAAA = 28,
  T_SRV = 33,
  T_NAPTR = 35,
  T_TLSA = 52,
  T_ANY = 255,
  T_CAA = 257
};

static JSValueRef array_of(JSContextRef ctx, JSValueRef* values, size_t n) {
  return eddy_js_array_of(ctx, n, values);
}

/* Growable list of JS values. Each value is protected while it sits here: JSC's
 * collector does not scan malloc'd memory. vdone makes the array and releases them. */
typedef struct vlist {
  JSValueRef* v;
  size_t n, cap;
} vlist;

static void vpush(JSContextRef ctx, vlist* l, JSValueRef v) {
  if (l->n == l->cap) {
    l->cap = l->cap ? l->cap * 2 : 16;
    l->v = eddy_realloc(l->v, l->cap * sizeof(JSValueRef));
  }
  JSValueProtect(ctx, v);
  l->v[l->n++] = v;
}

/* Drops a list that will not be returned. */
static void vdiscard(JSContextRef ctx, vlist* l) {
  for (size_t i = 0; i < l->n; i++) JSValueUnprotect(ctx, l->v[i]);
  free(l->v);
}

static JSValueRef vdone(JSContextRef ctx, vlist* l) {
  JSValueRef a = array_of(ctx, l->v, l->n);
  for (size_t i = 0; i < l->n; i++) JSValueUnprotect(ctx, l->v[i]);
  free(l->v);
  return a;
}

/* Records c-ares 1.18 has no parser for, read from the answer section directly:
 * visit gets the rdata of every answer of one type and adds its values to l. */
typedef int (*rdata_visitor)(JSContextRef ctx, vlist* l, const unsigned char* abuf, int alen,
                             const unsigned char* rdata, int rdlen);

static int walk_answers(JSContextRef ctx, const unsigned char* abuf, int alen, int type,
                        rdata_visitor visit, JSValueRef* out) {
  if (alen < 12) return ARES_EBADRESP;
  int qd = (abuf[4] << 8) | abuf[5], an = (abuf[6] << 8) | abuf[7];
  const unsigned char* p = abuf + 12;
  const unsigned char* end = abuf + alen;
  for (int i = 0; i < qd; i++) {
    char* name;
    long len;
    if (ares_expand_name(p, abuf, alen, &name, &len) != ARES_SUCCESS) return ARES_EBADRESP;
    ares_free_string(name);
    p += len + 4;
    if (p > end) return ARES_EBADRESP;
  }
  vlist l = {0};
  for (int i = 0; i < an; i++) {
    char* name;
    long len;
    if (ares_expand_name(p, abuf, alen, &name, &len) != ARES_SUCCESS) goto bad;
    ares_free_string(name);
    p += len;
    if (p + 10 > end) goto bad;
    int rtype = (p[0] << 8) | p[1];
    int rdlen = (p[8] << 8) | p[9];
    p += 10;
    if (p + rdlen > end) goto bad;
    if (rtype == type && visit(ctx, &l, abuf, alen, p, rdlen) != ARES_SUCCESS) goto bad;
    p += rdlen;
  }
  if (l.n == 0) {
    free(l.v);
    return ARES_ENODATA;
  }
  *out = vdone(ctx, &l);
  return ARES_SUCCESS;
bad:
  vdiscard(ctx, &l);
  return ARES_EBADRESP;
}

/* CNAME, NS, PTR: the name. */
static int visit_name(JSContextRef ctx, vlist* l, const unsigned char* abuf, int alen,
                      const unsigned char* rdata, int rdlen) {
  (void)rdlen;
  char* name;
  long len;
  if (ares_expand_name(rdata, abuf, alen, &name, &len) != ARES_SUCCESS) return ARES_EBADRESP;
  vpush(ctx, l, eddy_js_cstr(ctx, name));
  ares_free_string(name);
  return ARES_SUCCESS;
}

/* TLSA (RFC 6698): usage, selector and matching type, then the association data (an
 * ArrayBuffer; a record without any is malformed, as node's c-ares has it). */
static int visit_tlsa(JSContextRef ctx, vlist* l, const unsigned char* abuf, int alen,
                      const unsigned char* rdata, int rdlen) {
  (void)abuf, (void)alen;
  if (rdlen < 4) return ARES_EBADRESP;
  size_t n = (size_t)rdlen - 3;
  unsigned char* data = eddy_malloc(n);
  memcpy(data, rdata + 3, n);
  vpush(ctx, l, JSValueMakeNumber(ctx, rdata[0]));
  vpush(ctx, l, JSValueMakeNumber(ctx, rdata[1]));
  vpush(ctx, l, JSValueMakeNumber(ctx, rdata[2]));
  vpush(ctx, l,
        JSObjectMakeArrayBufferWithBytesNoCopy(ctx, data, n, eddy_js_free_bytes, NULL, NULL));
  return ARES_SUCCESS;
}

static JSValueRef bytes_string(JSContextRef ctx, const unsigned char* s, size_t len) {
  return eddy_js_utf8(ctx, (const char*)s, len);
}

/* Parses one record type out of an answer. out gets the flat result, ttls (A/AAAA)
 * the TTLs. Returns a c-ares status. */
static int parse_answer(JSContextRef ctx, int type, const unsigned char* abuf, int alen,
                        JSValueRef* out, JSValueRef* ttls) {
  vlist l = {0}, t = {0};
  int status;
  switch (type) {
    case T_A: {
      struct ares_addrttl a[256];
      int n = 256;
      status = ares_parse_a_reply(abuf, alen, NULL, a, &n);
      if (status != ARES_SUCCESS) return status;
      for (int i = 0; i < n; i++) {
        char ip[INET_ADDRSTRLEN];
        inet_ntop(AF_INET, &a[i].ipaddr, ip, sizeof(ip));
        vpush(ctx, &l, eddy_js_cstr(ctx, ip));
        vpush(ctx, &t, JSValueMakeNumber(ctx, a[i].ttl));
      }
      if (n == 0) status = ARES_ENODATA;
      break;
    }
    case T_AAAA: {
      struct ares_addr6ttl a[256];
      int n = 256;
      status = ares_parse_aaaa_reply(abuf, alen, NULL, a, &n);
      if (status != ARES_SUCCESS) return status;
      for (int i = 0; i < n; i++) {
        char ip[INET6_ADDRSTRLEN];
        inet_ntop(AF_INET6, &a[i].ip6addr, ip, sizeof(ip));
        vpush(ctx, &l, eddy_js_cstr(ctx, ip));
        vpush(ctx, &t, JSValueMakeNumber(ctx, a[i].ttl));
      }
      if (n == 0) status = ARES_ENODATA;
      break;
    }
    case T_CNAME:
    case T_NS:
    case T_PTR: return walk_answers(ctx, abuf, alen, type, visit_name, out);
    case T_TLSA: return walk_answers(ctx, abuf, alen, type, visit_tlsa, out);
    case T_MX: {
      struct ares_mx_reply* r;
      status = ares_parse_mx_reply(abuf, alen, &r);
      if (status != ARES_SUCCESS) return status;
      for (struct ares_mx_reply* m = r; m; m = m->next) {
        vpush(ctx, &l, eddy_js_cstr(ctx, m->host));
        vpush(ctx, &l, JSValueMakeNumber(ctx, m->priority));
      }
      ares_free_data(r);
      break;
    }
    case T_TXT: {
      struct ares_txt_ext* r;
      status = ares_parse_txt_reply_ext(abuf, alen, &r);
      if (status != ARES_SUCCESS) return status;
      vlist rec = {0};
      for (struct ares_txt_ext* x = r; x; x = x->next) {
        if (x->record_start && rec.n > 0) vpush(ctx, &l, vdone(ctx, &rec)), rec = (vlist){0};
        vpush(ctx, &rec, bytes_string(ctx, x->txt, x->length));
      }
      if (rec.n > 0)
        vpush(ctx, &l, vdone(ctx, &rec));
      else
        free(rec.v);
      ares_free_data(r);
      break;
    }
    case T_SRV: {
      struct ares_srv_reply* r;
      status = ares_parse_srv_reply(abuf, alen, &r);
      if (status != ARES_SUCCESS) return status;
      for (struct ares_srv_reply* s = r; s; s = s->next) {
        vpush(ctx, &l, eddy_js_cstr(ctx, s->host));
        vpush(ctx, &l, JSValueMakeNumber(ctx, s->port));
        vpush(ctx, &l, JSValueMakeNumber(ctx, s->priority));
        vpush(ctx, &l, JSValueMakeNumber(ctx, s->weight));
      }
      ares_free_data(r);
      break;
    }
    case T_NAPTR: {
      struct ares_naptr_reply* r;
      status = ares_parse_naptr_reply(abuf, alen, &r);
      if (status != ARES_SUCCESS) return status;
      for (struct ares_naptr_reply* x = r; x; x = x->next) {
        vpush(ctx, &l, eddy_js_cstr(ctx, (const char*)x->flags));
        vpush(ctx, &l, eddy_js_cstr(ctx, (const char*)x->service));
        vpush(ctx, &l, eddy_js_cstr(ctx, (const char*)x->regexp));
        vpush(ctx, &l, eddy_js_cstr(ctx, x->replacement));
        vpush(ctx, &l, JSValueMakeNumber(ctx, x->order));
        vpush(ctx, &l, JSValueMakeNumber(ctx, x->preference));
      }
      ares_free_data(r);
      break;
    }
    case T_SOA: {
      struct ares_soa_reply* r;
      status = ares_parse_soa_reply(abuf, alen, &r);
      if (status != ARES_SUCCESS) return status;
      vpush(ctx, &l, eddy_js_cstr(ctx, r->nsname));
      vpush(ctx, &l, eddy_js_cstr(ctx, r->hostmaster));
      vpush(ctx, &l, JSValueMakeNumber(ctx, r->serial));
      vpush(ctx, &l, JSValueMakeNumber(ctx, r->refresh));
      vpush(ctx, &l, JSValueMakeNumber(ctx, r->retry));
      vpush(ctx, &l, JSValueMakeNumber(ctx, r->expire));
      vpush(ctx, &l, JSValueMakeNumber(ctx, r->minttl));
      ares_free_data(r);
      break;
    }
    case T_CAA: {
      struct ares_caa_reply* r;
      status = ares_parse_caa_reply(abuf, alen, &r);
      if (status != ARES_SUCCESS) return status;
      for (struct ares_caa_reply* c = r; c; c = c->next) {
        vpush(ctx, &l, JSValueMakeNumber(ctx, c->critical));
        vpush(ctx, &l, bytes_string(ctx, c->property, c->plength));
        vpush(ctx, &l, bytes_string(ctx, c->value, c->length));
      }
      ares_free_data(r);
      break;
    }
    default: return ARES_ENOTIMP;
  }
  *out = vdone(ctx, &l);
  if (ttls)
    *ttls = vdone(ctx, &t);
  else
    free(t.v);
  return ARES_SUCCESS;
}

/* ANY: every type c-ares can parse out of the one answer, as [[type, result, ttls], ...]. */
static int parse_any(JSContextRef ctx, const unsigned char* abuf, int alen, JSValueRef* out) {
  static const struct {
    int type;
    const char* name;
  } kinds[] = {{T_A, "A"},         {T_AAAA, "AAAA"}, {T_CNAME, "CNAME"}, {T_MX, "MX"},
               {T_NS, "NS"},       {T_TXT, "TXT"},   {T_SRV, "SRV"},     {T_PTR, "PTR"},
               {T_NAPTR, "NAPTR"}, {T_SOA, "SOA"},   {T_CAA, "CAA"},     {T_TLSA, "TLSA"}};
  vlist l = {0};
  for (size_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++) {
    JSValueRef result = NULL, ttls = JSValueMakeUndefined(ctx);
    int status = parse_answer(ctx, kinds[i].type, abuf, alen, &result, &ttls);
    /* A malformed answer fails the query, as in node; c-ares 1.18 calls an
     * answer without SOA records malformed for SOA, so that one is skipped. */
    if (status != ARES_SUCCESS && status != ARES_ENODATA && kinds[i].type != T_SOA) {
      vdiscard(ctx, &l);
      return status;
    }
    if (status != ARES_SUCCESS) continue;
    if (eddy_js_length(ctx, (JSObjectRef)result) == 0) continue;
    JSValueRef entry[3] = {eddy_js_cstr(ctx, kinds[i].name), result, ttls};
    vpush(ctx, &l, array_of(ctx, entry, 3));
  }
  if (l.n == 0) {
    free(l.v);
    return ARES_ENODATA;
  }
  *out = vdone(ctx, &l);
  return ARES_SUCCESS;
}

typedef struct query {
  channel* ch;
  JSObjectRef req_obj;
  int type;
} query;

static void delivery_on_close(uv_handle_t* handle) {
  delivery* dv = handle->data;
  if (--dv->open == 0) free(dv);
}

static void delivery_on_idle(uv_idle_t* idle) { (void)idle; }

/* The check phase after a call that completed queries: their results, in order. */
static void channel_on_check(uv_check_t* check) {
  channel* ch = check->data;
  JSContextRef ctx = ch->rt->ctx;
  delivery* dv = ch->delivery;
  ch->delivery = NULL;
  dv->check.data = dv->idle.data = dv;
  uv_close((uv_handle_t*)&dv->check, delivery_on_close);
  uv_close((uv_handle_t*)&dv->idle, delivery_on_close);
  deferred* d = ch->deferred;
  ch->deferred = NULL;
  ch->deferred_tail = &ch->deferred;
  while (d) {
    deferred* next = d->next;
    complete(ch->rt, d->req_obj, d->argc, d->argv);
    for (size_t i = 0; i < d->argc; i++) JSValueUnprotect(ctx, d->argv[i]);
    free(d);
    if (--ch->pending == 0) JSValueUnprotect(ctx, ch->object);
    d = next;
  }
  channel_schedule(ch); /* when c-ares has no query left, the timeout timer goes */
}

static void defer_result(channel* ch, JSObjectRef req_obj, size_t argc, const JSValueRef argv[]) {
  deferred* d = eddy_calloc(1, sizeof(*d));
  d->req_obj = req_obj;
  d->argc = argc;
  for (size_t i = 0; i < argc; i++) {
    d->argv[i] = argv[i];
    JSValueProtect(ch->rt->ctx, argv[i]);
  }
  if (!ch->deferred) ch->deferred_tail = &ch->deferred;
  *ch->deferred_tail = d;
  ch->deferred_tail = &d->next;
  if (!ch->delivery) {
    delivery* dv = eddy_calloc(1, sizeof(*dv));
    dv->open = 2;
    uv_check_init(&ch->rt->loop, &dv->check);
    uv_idle_init(&ch->rt->loop, &dv->idle);
    dv->check.data = ch;
    uv_check_start(&dv->check, channel_on_check);
    uv_idle_start(&dv->idle, delivery_on_idle);
    ch->delivery = dv;
  }
}

static void query_finish(channel* ch, JSObjectRef req_obj, size_t argc, const JSValueRef argv[]) {
  eddy_runtime* rt = ch->rt;
  ch->active--;
  if (ch->in_call) {
    defer_result(ch, req_obj, argc, argv);
    return;
  }
  complete(rt, req_obj, argc, argv);
  if (--ch->pending == 0) JSValueUnprotect(rt->ctx, ch->object);
}

static void query_on_answer(void* arg, int status, int timeouts, unsigned char* abuf, int alen) {
  (void)timeouts;
  query* q = arg;
  channel* ch = q->ch;
  JSContextRef ctx = ch->rt->ctx;
  JSValueRef result = JSValueMakeUndefined(ctx), ttls = JSValueMakeUndefined(ctx);
  if (status == ARES_SUCCESS) {
    if (q->type == T_ANY)
      status = parse_any(ctx, abuf, alen, &result);
    else
      status = parse_answer(ctx, q->type, abuf, alen, &result, &ttls);
  }
  JSValueRef args[3] = {
      status == ARES_SUCCESS ? JSValueMakeNumber(ctx, 0) : eddy_js_cstr(ctx, ares_code(status)),
      result, ttls};
  JSObjectRef req_obj = q->req_obj;
  free(q);
  query_finish(ch, req_obj, 3, args);
}

static int type_of(const char* name) {
  static const struct {
    const char* name;
    int type;
  } types[] = {{"A", T_A},         {"AAAA", T_AAAA}, {"CNAME", T_CNAME}, {"NS", T_NS},
               {"PTR", T_PTR},     {"MX", T_MX},     {"TXT", T_TXT},     {"SRV", T_SRV},
               {"NAPTR", T_NAPTR}, {"SOA", T_SOA},   {"CAA", T_CAA},     {"TLSA", T_TLSA},
               {"ANY", T_ANY}};
  for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++)
    if (!strcmp(types[i].name, name)) return types[i].type;
  return 0;
}

static void channel_begin(channel* ch, JSContextRef ctx) {
  if (ch->pending++ == 0) JSValueProtect(ctx, ch->object);
  ch->active++;
}

/* query(req, type, name) */
static EDDY_JS_FN(channel_query) {
  (void)function, (void)exception;
  channel* ch = JSObjectGetPrivate(self);
  char* type = eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 1), NULL, NULL);
  char* name = eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 2), NULL, NULL);
  query* q = eddy_calloc(1, sizeof(*q));
  q->ch = ch;
  q->type = type_of(type);
  CHECK(q->type != 0);
  q->req_obj = eddy_protect_object(ctx, eddy_js_arg(ctx, argc, argv, 0));
  channel_begin(ch, ctx);
  ch->in_call = true;
  ares_query(ch->ares, name, 1 /* IN */, q->type, query_on_answer, q);
  ch->in_call = false;
  free(type);
  free(name);
  channel_schedule(ch);
  return JSValueMakeNumber(ctx, 0);
}

static void host_on_answer(void* arg, int status, int timeouts, struct hostent* host) {
  (void)timeouts;
  query* q = arg;
  channel* ch = q->ch;
  JSContextRef ctx = ch->rt->ctx;
  vlist l = {0};
  if (status == ARES_SUCCESS && host) {
    for (char** a = host->h_aliases; a && *a; a++) vpush(ctx, &l, eddy_js_cstr(ctx, *a));
  }
  JSValueRef args[2] = {
      status == ARES_SUCCESS ? JSValueMakeNumber(ctx, 0) : eddy_js_cstr(ctx, ares_code(status)),
      vdone(ctx, &l)};
  JSObjectRef req_obj = q->req_obj;
  free(q);
  query_finish(ch, req_obj, 2, args);
}

/* getHostByAddr(req, ip) -> 0, or a negative value when ip is not an address. */
static EDDY_JS_FN(channel_get_host_by_addr) {
  (void)function, (void)exception;
  channel* ch = JSObjectGetPrivate(self);
  char* ip = eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 1), NULL, NULL);
  unsigned char addr[16];
  int family = AF_INET, len = 4;
  if (inet_pton(AF_INET, ip, addr) != 1) {
    family = AF_INET6;
    len = 16;
    if (inet_pton(AF_INET6, ip, addr) != 1) {
      free(ip);
      return JSValueMakeNumber(ctx, -1);
    }
  }
  free(ip);
  query* q = eddy_calloc(1, sizeof(*q));
  q->ch = ch;
  q->req_obj = eddy_protect_object(ctx, eddy_js_arg(ctx, argc, argv, 0));
  channel_begin(ch, ctx);
  ch->in_call = true;
  ares_gethostbyaddr(ch->ares, addr, len, family, host_on_answer, q);
  ch->in_call = false;
  channel_schedule(ch);
  return JSValueMakeNumber(ctx, 0);
}

/* setServers(csv): "ip:port,[ip6]:port,..." -> c-ares status (0 on success). */
static EDDY_JS_FN(channel_set_servers) {
  (void)function, (void)exception;
  channel* ch = JSObjectGetPrivate(self);
  if (ch->active > 0) return JSValueMakeNumber(ctx, -1);
  char* csv = eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 0), NULL, NULL);
  int status =
      csv[0] ? ares_set_servers_ports_csv(ch->ares, csv) : ares_set_servers_ports(ch->ares, NULL);
  free(csv);
  return JSValueMakeNumber(ctx, status);
}

/* getServers(): [[ip, port], ...] */
static EDDY_JS_FN(channel_get_servers) {
  (void)function, (void)argc, (void)argv, (void)exception;
  channel* ch = JSObjectGetPrivate(self);
  struct ares_addr_port_node* servers = NULL;
  vlist l = {0};
  if (ares_get_servers_ports(ch->ares, &servers) == ARES_SUCCESS) {
    for (struct ares_addr_port_node* s = servers; s; s = s->next) {
      char ip[INET6_ADDRSTRLEN];
      inet_ntop(s->family, &s->addr, ip, sizeof(ip));
      JSValueRef pair[2] = {eddy_js_cstr(ctx, ip),
                            JSValueMakeNumber(ctx, s->udp_port ? s->udp_port : 53)};
      vpush(ctx, &l, array_of(ctx, pair, 2));
    }
    ares_free_data(servers);
  }
  return vdone(ctx, &l);
}

/* setLocalAddress(ipv4 | null, ipv6 | null): the source addresses of queries. JS has
 * validated both (a dotted quad and an IPv6 literal). */
static EDDY_JS_FN(channel_set_local_address) {
  (void)function, (void)exception;
  channel* ch = JSObjectGetPrivate(self);
  JSValueRef v4 = eddy_js_arg(ctx, argc, argv, 0), v6 = eddy_js_arg(ctx, argc, argv, 1);
  if (JSValueIsString(ctx, v4)) {
    char* ip = eddy_js_to_utf8(ctx, v4, NULL, NULL);
    struct in_addr a;
    if (inet_pton(AF_INET, ip, &a) == 1) ares_set_local_ip4(ch->ares, ntohl(a.s_addr));
    free(ip);
  }
  if (JSValueIsString(ctx, v6)) {
    char* ip = eddy_js_to_utf8(ctx, v6, NULL, NULL);
    unsigned char a[16];
    if (inet_pton(AF_INET6, ip, a) == 1) ares_set_local_ip6(ch->ares, a);
    free(ip);
  }
  return JSValueMakeUndefined(ctx);
}

/* cancel(): every pending query completes with ECANCELLED (its callback runs in the
 * check phase that follows, as in node). */
static EDDY_JS_FN(channel_cancel) {
  (void)function, (void)argc, (void)argv, (void)exception;
  channel* ch = JSObjectGetPrivate(self);
  ch->in_call = true;
  ares_cancel(ch->ares);
  ch->in_call = false;
  channel_schedule(ch);
  return JSValueMakeUndefined(ctx);
}

static const JSStaticFunction channel_functions[] = {
    {"query", channel_query, kJSPropertyAttributeDontEnum},
    {"getHostByAddr", channel_get_host_by_addr, kJSPropertyAttributeDontEnum},
    {"setServers", channel_set_servers, kJSPropertyAttributeDontEnum},
    {"getServers", channel_get_servers, kJSPropertyAttributeDontEnum},
    {"cancel", channel_cancel, kJSPropertyAttributeDontEnum},
    {"setLocalAddress", channel_set_local_address, kJSPropertyAttributeDontEnum},
    {NULL, NULL, 0},
};

static JSClassRef channel_class(void) {
  static _Atomic(JSClassRef) cls;
  if (!cls) {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "ChannelWrap";
    def.staticFunctions = channel_functions;
    def.finalize = channel_finalize;
    eddy_js_class_publish(&cls, JSClassCreate(&def));
  }
  return cls;
}

JSObjectRef eddy_binding_cares_wrap_init(eddy_runtime* rt, JSContextRef ctx) {
  (void)rt;
  static bool initialized;
  if (!initialized) initialized = ares_library_init(ARES_LIB_INIT_ALL) == ARES_SUCCESS;
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  eddy_js_set_fn(ctx, b, "getaddrinfo", cares_getaddrinfo);
  eddy_js_set_fn(ctx, b, "getnameinfo", cares_getnameinfo);
  eddy_js_set(ctx, b, "ChannelWrap",
              JSObjectMakeConstructor(ctx, channel_class(), channel_construct));
  eddy_js_set_number(ctx, b, "AI_ADDRCONFIG", AI_ADDRCONFIG);
  eddy_js_set_number(ctx, b, "AI_ALL", AI_ALL);
  eddy_js_set_number(ctx, b, "AI_V4MAPPED", AI_V4MAPPED);
  eddy_js_set_number(ctx, b, "UV_EAI_NODATA", UV_EAI_NODATA);
  eddy_js_set_number(ctx, b, "UV_EAI_NONAME", UV_EAI_NONAME);
  return b;
}
