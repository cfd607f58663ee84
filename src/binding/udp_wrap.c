/* internalBinding('udp_wrap'): UDP sockets. The wrapper lifecycle (close/ref/unref,
 * memory freed after both the close callback and the finalizer) is stream_wrap's.
 *
 * JS API:
 *   new UDP()
 *   bind(ip, port, flags) / bind6(...)  connect(ip, port) / connect6(...)  disconnect()
 *   open(fd)  recvStart()  recvStop()   -> errno
 *   onmessage(nread, source, address, family, port)   this = handle; nread < 0 is an error;
 *       the datagram is the first nread bytes of source (stream_wrap.h's onread)
 *   send(req, chunks, port, ip) / send6(...): ip '' when connected; chunks are views or
 *     UTF-8 strings sent as one datagram -> <0 errno, 0 sent now, 1 queued: then
 *     req.oncomplete(status, bytes)
 *   getsockname(out) / getpeername(out) -> errno
 *   setBroadcast(b) setTTL(n) setMulticastTTL(n) setMulticastLoopback(b)
 *   setMulticastInterface(ip) addMembership(group, iface) dropMembership(group, iface)
 *   addSourceSpecificMembership(source, group, iface) dropSourceSpecificMembership(...) -> errno
 *   bufferSize(size, isRecv) -> the size (0 reads it), or a negative errno
 *   getSendQueueSize() getSendQueueCount()
 *   setTrySend(b)  (on the binding) false: every send is queued on the loop, none sent
 *     at once (node's --test-udp-no-try-send, for tests of the send queue) */
#include <errno.h>
#include <netinet/in.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "../util/check.h"
#include "../util/js.h"
#include "../util/js_string.h"
#include "stream_wrap.h"

static JSClassRef udp_class(void);

static JSObjectRef udp_construct(JSContextRef ctx, JSObjectRef constructor, size_t argc,
                                 const JSValueRef argv[], JSValueRef* exception) {
  (void)constructor, (void)argc, (void)argv, (void)exception;
  eddy_runtime* rt = eddy_runtime_from(ctx);
  eddy_handle* h = eddy_handle_new(rt, ctx, udp_class(), sizeof(uv_udp_t));
  CHECK_EQ(uv_udp_init(&rt->loop, &h->u.udp), 0);
  eddy_handle_opened(h);
  return h->object;
}

#define UDP_SELF(h)                                           \
  eddy_handle* h = eddy_handle_of_self(ctx, self, exception); \
  if (!h) return NULL;                                        \
  if (!eddy_handle_usable(h)) return JSValueMakeNumber(ctx, UV_EBADF)

static int parse_addr(JSContextRef ctx, JSValueRef ipv, int port, bool v6,
                      struct sockaddr_storage* addr) {
  char* ip = eddy_js_to_utf8(ctx, ipv, NULL, NULL);
  int err = v6 ? uv_ip6_addr(ip, port, (struct sockaddr_in6*)addr)
               : uv_ip4_addr(ip, port, (struct sockaddr_in*)addr);
  free(ip);
  return err;
}

/* reusePort: libuv 1.44 has no flag for SO_REUSEPORT, so a bind that asks for it
 * (this bit, outside libuv's flags) opens the socket here with the option set and
 * hands it to libuv, which binds the descriptor it is given. */
#define EDDY_UDP_REUSEPORT 0x10000

static int open_reuseport_socket(uv_udp_t* udp, int family) {
  int fd = socket(family, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  if (fd < 0) return -errno;
  int on = 1;
  int err = 0;
  if (setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &on, sizeof on) != 0) err = -errno;
  if (!err) err = uv_udp_open(udp, fd);
  if (err) close(fd);
  return err;
}

static JSValueRef do_bind(JSContextRef ctx, JSObjectRef self, size_t argc, const JSValueRef argv[],
                          bool v6, JSValueRef* exception) {
  UDP_SELF(h);
  struct sockaddr_storage addr;
  unsigned flags = (unsigned)eddy_js_arg_int(ctx, argc, argv, 2);
  int err = parse_addr(ctx, eddy_js_arg(ctx, argc, argv, 0),
                       (int)eddy_js_arg_int(ctx, argc, argv, 1), v6, &addr);
  if (!err && (flags & EDDY_UDP_REUSEPORT))
    err = open_reuseport_socket(&h->u.udp, v6 ? AF_INET6 : AF_INET);
  if (!err) err = uv_udp_bind(&h->u.udp, (struct sockaddr*)&addr, flags & ~EDDY_UDP_REUSEPORT);
  return JSValueMakeNumber(ctx, err);
}

static EDDY_JS_FN(udp_bind) {
  (void)function, (void)exception;
  return do_bind(ctx, self, argc, argv, false, exception);
}

static EDDY_JS_FN(udp_bind6) {
  (void)function, (void)exception;
  return do_bind(ctx, self, argc, argv, true, exception);
}

static JSValueRef do_connect(JSContextRef ctx, JSObjectRef self, size_t argc,
                             const JSValueRef argv[], bool v6, JSValueRef* exception) {
  UDP_SELF(h);
  struct sockaddr_storage addr;
  int err = parse_addr(ctx, eddy_js_arg(ctx, argc, argv, 0),
                       (int)eddy_js_arg_int(ctx, argc, argv, 1), v6, &addr);
  if (!err) err = uv_udp_connect(&h->u.udp, (struct sockaddr*)&addr);
  return JSValueMakeNumber(ctx, err);
}

static EDDY_JS_FN(udp_connect) {
  (void)function, (void)exception;
  return do_connect(ctx, self, argc, argv, false, exception);
}

static EDDY_JS_FN(udp_connect6) {
  (void)function, (void)exception;
  return do_connect(ctx, self, argc, argv, true, exception);
}

static EDDY_JS_FN(udp_disconnect) {
  (void)function, (void)argc, (void)argv, (void)exception;
  UDP_SELF(h);
  return JSValueMakeNumber(ctx, uv_udp_connect(&h->u.udp, NULL));
}

static EDDY_JS_FN(udp_open) {
  (void)function, (void)exception;
  UDP_SELF(h);
  return JSValueMakeNumber(ctx, uv_udp_open(&h->u.udp, (int)eddy_js_arg_int(ctx, argc, argv, 0)));
}

/* Datagrams land in the runtime's read buffer (stream_wrap.h), which lib copies them
 * out of; one that finds it held gets a block of its own, handed over as an
 * ArrayBuffer. (libuv asks for 64 KiB, the largest datagram.) */
static void udp_on_alloc(uv_handle_t* handle, size_t suggested, uv_buf_t* buf) {
  eddy_handle* h = handle->data;
  uint8_t* scratch = suggested <= EDDY_READ_SCRATCH_SIZE ? eddy_read_scratch_take(h->rt) : NULL;
  if (scratch) {
    *buf = uv_buf_init((char*)scratch, EDDY_READ_SCRATCH_SIZE);
    return;
  }
  buf->base = eddy_malloc(suggested);
  buf->len = suggested;
}

/* One entry into JS per datagram, with the sender as flat values. */
static void udp_on_recv(uv_udp_t* handle, ssize_t nread, const uv_buf_t* buf,
                        const struct sockaddr* addr, unsigned flags) {
  (void)flags;
  eddy_handle* h = handle->data;
  eddy_runtime* rt = h->rt;
  /* nread 0 without an address: nothing more to read now (libuv hands the buffer back). */
  if (rt->exiting || (nread == 0 && addr == NULL)) {
    eddy_read_scratch_put(rt, buf->base);
    return;
  }
  JSContextRef ctx = rt->ctx;
  if (nread < 0) {
    eddy_read_scratch_put(rt, buf->base);
    JSValueRef args[1] = {JSValueMakeNumber(ctx, (double)nread)};
    eddy_handle_callback(h, 1, args);
    return;
  }
  bool scratch = eddy_read_scratch_is(rt, buf->base);
  JSObjectRef bytes;
  if (scratch) {
    bytes = eddy_read_scratch_view(rt);
  } else {
    char* own = eddy_realloc(buf->base, nread ? (size_t)nread : 1);
    bytes = JSObjectMakeArrayBufferWithBytesNoCopy(ctx, own, (size_t)nread, eddy_js_free_bytes,
                                                   NULL, NULL);
  }
  JSObjectRef info = JSObjectMake(ctx, NULL, NULL);
  eddy_sockaddr_to_js(ctx, addr, info);
  JSValueRef args[5] = {JSValueMakeNumber(ctx, (double)nread), bytes,
                        eddy_js_get(ctx, info, "address"), eddy_js_get(ctx, info, "family"),
                        eddy_js_get(ctx, info, "port")};
  eddy_handle_callback(h, 5, args);
  if (scratch) eddy_read_scratch_release(rt);
}

static EDDY_JS_FN(udp_recv_start) {
  (void)function, (void)argc, (void)argv, (void)exception;
  UDP_SELF(h);
  int err = uv_udp_recv_start(&h->u.udp, udp_on_alloc, udp_on_recv);
  if (err == UV_EALREADY) err = 0;
  return JSValueMakeNumber(ctx, err);
}

static EDDY_JS_FN(udp_recv_stop) {
  (void)function, (void)argc, (void)argv, (void)exception;
  UDP_SELF(h);
  return JSValueMakeNumber(ctx, uv_udp_recv_stop(&h->u.udp));
}

typedef struct send_req {
  uv_udp_send_t req;
  eddy_handle* h;
  JSObjectRef req_obj;
  JSValueRef keep;
  char* owned;
  size_t size;
} send_req;

static void udp_on_send(uv_udp_send_t* req, int status) {
  send_req* s = (send_req*)req;
  eddy_runtime* rt = s->h->rt;
  if (s->keep) JSValueUnprotect(rt->ctx, s->keep);
  free(s->owned);
  JSObjectRef req_obj = s->req_obj;
  JSValueRef args[2] = {JSValueMakeNumber(rt->ctx, status),
                        JSValueMakeNumber(rt->ctx, (double)s->size)};
  free(s);
  eddy_req_complete(rt, req_obj, 2, args);
}

static bool is_empty_string(JSContextRef ctx, JSValueRef v) {
  JSStringRef str = JSValueToStringCopy(ctx, v, NULL);
  bool empty = JSStringGetLength(str) == 0;
  JSStringRelease(str);
  return empty;
}

/* Whether a send is first tried at once (uv_udp_try_send) before it is queued: the
 * process's setting, as node's option is per process. */
static atomic_bool try_send = true;

static EDDY_JS_FN(udp_set_try_send) {
  (void)function, (void)self, (void)exception;
  atomic_store(&try_send, JSValueToBoolean(ctx, eddy_js_arg(ctx, argc, argv, 0)));
  return JSValueMakeUndefined(ctx);
}

static JSValueRef do_send(JSContextRef ctx, JSObjectRef self, size_t argc, const JSValueRef argv[],
                          bool v6, JSValueRef* exception) {
  UDP_SELF(h);
  JSObjectRef req = (JSObjectRef)eddy_js_arg(ctx, argc, argv, 0);
  JSObjectRef chunks = (JSObjectRef)eddy_js_arg(ctx, argc, argv, 1);
  int port = (int)eddy_js_arg_int(ctx, argc, argv, 2);
  JSValueRef ipv = eddy_js_arg(ctx, argc, argv, 3);
  struct sockaddr_storage addr;
  struct sockaddr* to = NULL;
  if (JSValueIsString(ctx, ipv) && !is_empty_string(ctx, ipv)) {
    int err = parse_addr(ctx, ipv, port, v6, &addr);
    if (err) return JSValueMakeNumber(ctx, err);
    to = (struct sockaddr*)&addr;
  }
  unsigned n = (unsigned)eddy_js_length(ctx, chunks);
  uv_buf_t small[16];
  uv_buf_t* bufs = n <= 16 ? small : eddy_malloc(n * sizeof(uv_buf_t));
  /* Views are sent in place; strings (rare: lib/ converts most) are UTF-8 encoded
   * into one block, measured first. */
  size_t string_bytes = 0, total = 0;
  for (unsigned i = 0; i < n; i++) {
    JSValueRef v = JSObjectGetPropertyAtIndex(ctx, chunks, i, NULL);
    if (JSValueIsString(ctx, v)) {
      eddy_string_view str;
      CHECK(eddy_string_view_open(ctx, v, &str, NULL));
      string_bytes += eddy_string_view_utf8_length(&str);
      eddy_string_view_close(&str);
      bufs[i] = uv_buf_init(NULL, 0);
    } else {
      size_t len = 0;
      uint8_t* bytes = eddy_js_bytes(ctx, v, &len);
      bufs[i] = uv_buf_init((char*)bytes, (unsigned)len);
    }
  }
  char* owned = string_bytes ? eddy_malloc(string_bytes) : NULL;
  size_t at = 0;
  for (unsigned i = 0; i < n; i++) {
    JSValueRef v = JSObjectGetPropertyAtIndex(ctx, chunks, i, NULL);
    if (JSValueIsString(ctx, v)) {
      eddy_string_view str;
      CHECK(eddy_string_view_open(ctx, v, &str, NULL));
      size_t wrote = eddy_string_view_utf8(&str, (uint8_t*)owned + at, string_bytes - at, NULL);
      eddy_string_view_close(&str);
      bufs[i] = uv_buf_init(owned ? owned + at : NULL, (unsigned)wrote);
      at += wrote;
    }
    total += bufs[i].len;
  }
  /* An empty list is an empty datagram; libuv wants at least one buffer. */
  if (n == 0) {
    bufs[0] = uv_buf_init(NULL, 0);
    n = 1;
  }
  int err = atomic_load_explicit(&try_send, memory_order_relaxed)
                ? uv_udp_try_send(&h->u.udp, bufs, n, to)
                : UV_EAGAIN;
  if (err >= 0 || (err != UV_EAGAIN && err != UV_ENOSYS)) {
    if (bufs != small) free(bufs);
    free(owned);
    return JSValueMakeNumber(ctx, err >= 0 ? 0 : err);
  }
  send_req* s = eddy_calloc(1, sizeof(*s));
  s->h = h;
  s->owned = owned;
  s->size = total;
  err = uv_udp_send(&s->req, &h->u.udp, bufs, n, to, udp_on_send);
  if (bufs != small) free(bufs);
  if (err) {
    free(owned);
    free(s);
    return JSValueMakeNumber(ctx, err);
  }
  s->req_obj = eddy_protect_object(ctx, req);
  s->keep = chunks;
  JSValueProtect(ctx, chunks);
  return JSValueMakeNumber(ctx, 1);
}

static EDDY_JS_FN(udp_send) {
  (void)function, (void)exception;
  return do_send(ctx, self, argc, argv, false, exception);
}

static EDDY_JS_FN(udp_send6) {
  (void)function, (void)exception;
  return do_send(ctx, self, argc, argv, true, exception);
}

static JSValueRef get_name(JSContextRef ctx, JSObjectRef self, size_t argc, const JSValueRef argv[],
                           bool peer, JSValueRef* exception) {
  UDP_SELF(h);
  struct sockaddr_storage addr;
  int len = sizeof(addr);
  int err = peer ? uv_udp_getpeername(&h->u.udp, (struct sockaddr*)&addr, &len)
                 : uv_udp_getsockname(&h->u.udp, (struct sockaddr*)&addr, &len);
  if (!err)
    err = eddy_sockaddr_to_js(ctx, (struct sockaddr*)&addr,
                              (JSObjectRef)eddy_js_arg(ctx, argc, argv, 0));
  return JSValueMakeNumber(ctx, err);
}

static EDDY_JS_FN(udp_getsockname) {
  (void)function, (void)exception;
  return get_name(ctx, self, argc, argv, false, exception);
}

static EDDY_JS_FN(udp_getpeername) {
  (void)function, (void)exception;
  return get_name(ctx, self, argc, argv, true, exception);
}

static EDDY_JS_FN(udp_set_broadcast) {
  (void)function, (void)exception;
  UDP_SELF(h);
  return JSValueMakeNumber(
      ctx, uv_udp_set_broadcast(&h->u.udp, JSValueToBoolean(ctx, eddy_js_arg(ctx, argc, argv, 0))));
}

static EDDY_JS_FN(udp_set_ttl) {
  (void)function, (void)exception;
  UDP_SELF(h);
  return JSValueMakeNumber(ctx,
                           uv_udp_set_ttl(&h->u.udp, (int)eddy_js_arg_int(ctx, argc, argv, 0)));
}

static EDDY_JS_FN(udp_set_multicast_ttl) {
  (void)function, (void)exception;
  UDP_SELF(h);
  return JSValueMakeNumber(
      ctx, uv_udp_set_multicast_ttl(&h->u.udp, (int)eddy_js_arg_int(ctx, argc, argv, 0)));
}

static EDDY_JS_FN(udp_set_multicast_loopback) {
  (void)function, (void)exception;
  UDP_SELF(h);
  int on = JSValueToBoolean(ctx, eddy_js_arg(ctx, argc, argv, 0));
  return JSValueMakeNumber(ctx, uv_udp_set_multicast_loop(&h->u.udp, on));
}

/* Optional string argument i as a malloc'd C string, or NULL when undefined/null. */
static char* opt_string(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i) {
  JSValueRef v = eddy_js_arg(ctx, argc, argv, i);
  if (!JSValueIsString(ctx, v)) return NULL;
  return eddy_js_to_utf8(ctx, v, NULL, NULL);
}

static EDDY_JS_FN(udp_set_multicast_interface) {
  (void)function, (void)exception;
  UDP_SELF(h);
  char* iface = opt_string(ctx, argc, argv, 0);
  int err = uv_udp_set_multicast_interface(&h->u.udp, iface);
  free(iface);
  return JSValueMakeNumber(ctx, err);
}

static JSValueRef membership(JSContextRef ctx, JSObjectRef self, size_t argc,
                             const JSValueRef argv[], uv_membership which, JSValueRef* exception) {
  UDP_SELF(h);
  char* group = opt_string(ctx, argc, argv, 0);
  char* iface = opt_string(ctx, argc, argv, 1);
  int err = uv_udp_set_membership(&h->u.udp, group ? group : "", iface, which);
  free(group);
  free(iface);
  return JSValueMakeNumber(ctx, err);
}

static EDDY_JS_FN(udp_add_membership) {
  (void)function, (void)exception;
  return membership(ctx, self, argc, argv, UV_JOIN_GROUP, exception);
}

static EDDY_JS_FN(udp_drop_membership) {
  (void)function, (void)exception;
  return membership(ctx, self, argc, argv, UV_LEAVE_GROUP, exception);
}

static JSValueRef source_membership(JSContextRef ctx, JSObjectRef self, size_t argc,
                                    const JSValueRef argv[], uv_membership which,
                                    JSValueRef* exception) {
  UDP_SELF(h);
  char* source = opt_string(ctx, argc, argv, 0);
  char* group = opt_string(ctx, argc, argv, 1);
  char* iface = opt_string(ctx, argc, argv, 2);
  int err = uv_udp_set_source_membership(&h->u.udp, group ? group : "", iface, source ? source : "",
                                         which);
  free(source);
  free(group);
  free(iface);
  return JSValueMakeNumber(ctx, err);
}

static EDDY_JS_FN(udp_add_source_membership) {
  (void)function, (void)exception;
  return source_membership(ctx, self, argc, argv, UV_JOIN_GROUP, exception);
}

static EDDY_JS_FN(udp_drop_source_membership) {
  (void)function, (void)exception;
  return source_membership(ctx, self, argc, argv, UV_LEAVE_GROUP, exception);
}

static EDDY_JS_FN(udp_buffer_size) {
  (void)function, (void)exception;
  UDP_SELF(h);
  int size = (int)eddy_js_arg_int(ctx, argc, argv, 0);
  bool recv = JSValueToBoolean(ctx, eddy_js_arg(ctx, argc, argv, 1));
  int value = size;
  int err =
      recv ? uv_recv_buffer_size(&h->u.handle, &value) : uv_send_buffer_size(&h->u.handle, &value);
  if (err) return JSValueMakeNumber(ctx, err);
  if (size != 0) {
    /* Linux doubles what was asked for; report what the kernel now holds. */
    value = 0;
    err = recv ? uv_recv_buffer_size(&h->u.handle, &value)
               : uv_send_buffer_size(&h->u.handle, &value);
    if (err) return JSValueMakeNumber(ctx, err);
  }
  return JSValueMakeNumber(ctx, value);
}

static EDDY_JS_FN(udp_get_send_queue_size) {
  (void)function, (void)argc, (void)argv, (void)exception;
  eddy_handle* h = eddy_handle_of_self(ctx, self, exception);
  if (!h) return NULL;
  return JSValueMakeNumber(
      ctx, eddy_handle_usable(h) ? (double)uv_udp_get_send_queue_size(&h->u.udp) : 0);
}

static EDDY_JS_FN(udp_get_send_queue_count) {
  (void)function, (void)argc, (void)argv, (void)exception;
  eddy_handle* h = eddy_handle_of_self(ctx, self, exception);
  if (!h) return NULL;
  return JSValueMakeNumber(
      ctx, eddy_handle_usable(h) ? (double)uv_udp_get_send_queue_count(&h->u.udp) : 0);
}

static const JSStaticFunction udp_functions[] = {
    {"bind", udp_bind, kJSPropertyAttributeDontEnum},
    {"bind6", udp_bind6, kJSPropertyAttributeDontEnum},
    {"connect", udp_connect, kJSPropertyAttributeDontEnum},
    {"connect6", udp_connect6, kJSPropertyAttributeDontEnum},
    {"disconnect", udp_disconnect, kJSPropertyAttributeDontEnum},
    {"open", udp_open, kJSPropertyAttributeDontEnum},
    {"recvStart", udp_recv_start, kJSPropertyAttributeDontEnum},
    {"recvStop", udp_recv_stop, kJSPropertyAttributeDontEnum},
    {"send", udp_send, kJSPropertyAttributeDontEnum},
    {"send6", udp_send6, kJSPropertyAttributeDontEnum},
    {"getsockname", udp_getsockname, kJSPropertyAttributeDontEnum},
    {"getpeername", udp_getpeername, kJSPropertyAttributeDontEnum},
    {"setBroadcast", udp_set_broadcast, kJSPropertyAttributeDontEnum},
    {"setTTL", udp_set_ttl, kJSPropertyAttributeDontEnum},
    {"setMulticastTTL", udp_set_multicast_ttl, kJSPropertyAttributeDontEnum},
    {"setMulticastLoopback", udp_set_multicast_loopback, kJSPropertyAttributeDontEnum},
    {"setMulticastInterface", udp_set_multicast_interface, kJSPropertyAttributeDontEnum},
    {"addMembership", udp_add_membership, kJSPropertyAttributeDontEnum},
    {"dropMembership", udp_drop_membership, kJSPropertyAttributeDontEnum},
    {"addSourceSpecificMembership", udp_add_source_membership, kJSPropertyAttributeDontEnum},
    {"dropSourceSpecificMembership", udp_drop_source_membership, kJSPropertyAttributeDontEnum},
    {"bufferSize", udp_buffer_size, kJSPropertyAttributeDontEnum},
    {"getSendQueueSize", udp_get_send_queue_size, kJSPropertyAttributeDontEnum},
    {"getSendQueueCount", udp_get_send_queue_count, kJSPropertyAttributeDontEnum},
    {NULL, NULL, 0},
};

static JSClassRef udp_class(void) {
  static _Atomic(JSClassRef) cls;
  if (!cls) eddy_js_class_publish(&cls, eddy_handle_make_class("UDP", NULL, udp_functions));
  return cls;
}

JSObjectRef eddy_binding_udp_wrap_init(eddy_runtime* rt, JSContextRef ctx) {
  (void)rt;
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  eddy_js_set(ctx, b, "UDP", JSObjectMakeConstructor(ctx, udp_class(), udp_construct));
  eddy_js_set_fn(ctx, b, "setTrySend", udp_set_try_send);
  JSObjectRef constants = JSObjectMake(ctx, NULL, NULL);
  eddy_js_set_number(ctx, constants, "UV_UDP_IPV6ONLY", UV_UDP_IPV6ONLY);
  eddy_js_set_number(ctx, constants, "UV_UDP_REUSEADDR", UV_UDP_REUSEADDR);
  eddy_js_set_number(ctx, constants, "UV_UDP_REUSEPORT", EDDY_UDP_REUSEPORT);
  eddy_js_set(ctx, b, "constants", constants);
  return b;
}
