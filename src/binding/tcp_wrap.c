/* internalBinding('tcp_wrap'): TCP handles on the shared stream layer.
 *
 * JS API, beyond the stream API of stream_wrap.h:
 *   new TCP(constants.SOCKET | constants.SERVER)
 *   open(fd)  bind(ip, port, flags)  bind6(ip, port, flags)  listen(backlog)  -> errno
 *   connect(req, ip, port) / connect6(req, ip, port) -> errno; req.oncomplete(status)
 *   onconnection(status, clientHandle)   on a listening handle, once per accepted socket
 *   getsockname(out) / getpeername(out) -> errno; fill out.{address, family, port}
 *   setNoDelay(bool)  setKeepAlive(bool, delaySeconds) -> errno
 *   reset(callback?)  closes with an RST (SO_LINGER 0)
 * Flags for bind/bind6: constants.UV_TCP_IPV6ONLY, constants.REUSEPORT. */
#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <unistd.h>

#include "../runtime/trace_agent.h"
#include "../util/check.h"
#include "../util/js.h"
#include "stream_wrap.h"

enum { TCP_SOCKET = 0, TCP_SERVER = 1, TCP_REUSEPORT = 0x100 };

static JSClassRef tcp_class(void);

static eddy_handle* tcp_new(eddy_runtime* rt, JSContextRef ctx) {
  eddy_handle* h = eddy_handle_new(rt, ctx, tcp_class(), sizeof(uv_tcp_t));
  CHECK_EQ(uv_tcp_init(&rt->loop, &h->u.tcp), 0);
  eddy_handle_opened(h);
  return h;
}

static JSObjectRef tcp_construct(JSContextRef ctx, JSObjectRef constructor, size_t argc,
                                 const JSValueRef argv[], JSValueRef* exception) {
  (void)constructor, (void)argc, (void)argv, (void)exception;
  return tcp_new(eddy_runtime_from(ctx), ctx)->object;
}

static EDDY_JS_FN(tcp_open) {
  (void)function, (void)exception;
  eddy_handle* h = eddy_handle_of_self(ctx, self, exception);
  if (!h) return NULL;
  if (!eddy_handle_usable(h)) return JSValueMakeNumber(ctx, UV_EBADF);
  int fd = (int)eddy_js_arg_int(ctx, argc, argv, 0);
  return JSValueMakeNumber(ctx, uv_tcp_open(&h->u.tcp, fd));
}

/* Makes the socket ourselves when SO_REUSEPORT is wanted: libuv 1.44 has no flag
 * for it, and the option must be set before bind. */
static int reuse_port_socket(eddy_handle* h, int family) {
  int fd = socket(family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  if (fd < 0) return uv_translate_sys_error(errno);
  int on = 1;
  if (setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &on, sizeof(on)) != 0) {
    int err = uv_translate_sys_error(errno);
    close(fd);
    return err;
  }
  int err = uv_tcp_open(&h->u.tcp, fd);
  if (err) close(fd);
  return err;
}

static JSValueRef do_bind(JSContextRef ctx, JSObjectRef self, size_t argc, const JSValueRef argv[],
                          bool v6, JSValueRef* exception) {
  eddy_handle* h = eddy_handle_of_self(ctx, self, exception);
  if (!h) return NULL;
  if (!eddy_handle_usable(h)) return JSValueMakeNumber(ctx, UV_EBADF);
  char* ip = eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 0), NULL, NULL);
  int port = (int)eddy_js_arg_int(ctx, argc, argv, 1);
  unsigned flags = (unsigned)eddy_js_arg_int(ctx, argc, argv, 2);
  struct sockaddr_storage addr;
  int err = v6 ? uv_ip6_addr(ip, port, (struct sockaddr_in6*)&addr)
               : uv_ip4_addr(ip, port, (struct sockaddr_in*)&addr);
  free(ip);
  if (!err && (flags & TCP_REUSEPORT)) err = reuse_port_socket(h, v6 ? AF_INET6 : AF_INET);
  if (!err) err = uv_tcp_bind(&h->u.tcp, (struct sockaddr*)&addr, flags & UV_TCP_IPV6ONLY);
  return JSValueMakeNumber(ctx, err);
}

static EDDY_JS_FN(tcp_bind) {
  (void)function, (void)exception;
  return do_bind(ctx, self, argc, argv, false, exception);
}

static EDDY_JS_FN(tcp_bind6) {
  (void)function, (void)exception;
  return do_bind(ctx, self, argc, argv, true, exception);
}

/* A new connection: accepted into a fresh TCP object handed to onconnection. */
static void tcp_on_connection(uv_stream_t* server, int status) {
  eddy_handle* h = server->data;
  eddy_runtime* rt = h->rt;
  if (rt->exiting) return;
  JSContextRef ctx = rt->ctx;
  if (status < 0) {
    JSValueRef args[1] = {JSValueMakeNumber(ctx, status)};
    eddy_handle_callback(h, 1, args);
    return;
  }
  eddy_handle* client = tcp_new(rt, ctx);
  int err = uv_accept(server, &client->u.stream);
  if (err) {
    /* Nobody will own it: close it ourselves. */
    JSObjectRef close = (JSObjectRef)eddy_js_get(ctx, client->object, "close");
    JSObjectCallAsFunction(ctx, close, client->object, 0, NULL, NULL);
    JSValueRef args[1] = {JSValueMakeNumber(ctx, err)};
    eddy_handle_callback(h, 1, args);
    return;
  }
  JSValueRef args[2] = {JSValueMakeNumber(ctx, 0), client->object};
  eddy_handle_callback(h, 2, args);
}

static EDDY_JS_FN(tcp_listen) {
  (void)function, (void)exception;
  eddy_handle* h = eddy_handle_of_self(ctx, self, exception);
  if (!h) return NULL;
  if (!eddy_handle_usable(h)) return JSValueMakeNumber(ctx, UV_EBADF);
  int backlog = (int)eddy_js_arg_int(ctx, argc, argv, 0);
  return JSValueMakeNumber(ctx, uv_listen(&h->u.stream, backlog, tcp_on_connection));
}

/* A connect in the trace, as node records it: an async span of node.net.native
 * from the call to its callback, the request its id. */
static const char kConnectGroup[] = "node,node.net,node.net.native";

typedef struct connect_req {
  uv_connect_t req;
  eddy_handle* h;
  JSObjectRef req_obj;
} connect_req;

static void tcp_on_connect(uv_connect_t* req, int status) {
  connect_req* c = (connect_req*)req;
  if (eddy_trace_group_enabled(kConnectGroup)) {
    char args[32];
    snprintf(args, sizeof(args), "{\"status\":%d}", status);
    eddy_trace_async('e', kConnectGroup, "connect", c, args);
  }
  eddy_runtime* rt = c->h->rt;
  JSObjectRef req_obj = c->req_obj;
  free(c);
  JSValueRef args[1] = {JSValueMakeNumber(rt->ctx, status)};
  eddy_req_complete(rt, req_obj, 1, args);
}

static JSValueRef do_connect(JSContextRef ctx, JSObjectRef self, size_t argc,
                             const JSValueRef argv[], bool v6, JSValueRef* exception) {
  eddy_handle* h = eddy_handle_of_self(ctx, self, exception);
  if (!h) return NULL;
  if (!eddy_handle_usable(h)) return JSValueMakeNumber(ctx, UV_EBADF);
  char* ip = eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 1), NULL, NULL);
  int port = (int)eddy_js_arg_int(ctx, argc, argv, 2);
  struct sockaddr_storage addr;
  int err = v6 ? uv_ip6_addr(ip, port, (struct sockaddr_in6*)&addr)
               : uv_ip4_addr(ip, port, (struct sockaddr_in*)&addr);
  char ip_text[64];
  snprintf(ip_text, sizeof(ip_text), "%s", ip);
  free(ip);
  if (err) return JSValueMakeNumber(ctx, err);
  connect_req* c = eddy_calloc(1, sizeof(*c));
  c->h = h;
  err = uv_tcp_connect(&c->req, &h->u.tcp, (struct sockaddr*)&addr, tcp_on_connect);
  if (err) {
    free(c);
    return JSValueMakeNumber(ctx, err);
  }
  if (eddy_trace_group_enabled(kConnectGroup)) {
    char args[96];
    snprintf(args, sizeof(args), "{\"ip\":\"%s\",\"port\":%d}", ip_text, port);
    eddy_trace_async('b', kConnectGroup, "connect", c, args);
  }
  c->req_obj = eddy_protect_object(ctx, eddy_js_arg(ctx, argc, argv, 0));
  return JSValueMakeNumber(ctx, 0);
}

static EDDY_JS_FN(tcp_connect) {
  (void)function, (void)exception;
  return do_connect(ctx, self, argc, argv, false, exception);
}

static EDDY_JS_FN(tcp_connect6) {
  (void)function, (void)exception;
  return do_connect(ctx, self, argc, argv, true, exception);
}

static JSValueRef get_name(JSContextRef ctx, JSObjectRef self, size_t argc, const JSValueRef argv[],
                           bool peer, JSValueRef* exception) {
  eddy_handle* h = eddy_handle_of_self(ctx, self, exception);
  if (!h) return NULL;
  if (!eddy_handle_usable(h)) return JSValueMakeNumber(ctx, UV_EBADF);
  struct sockaddr_storage addr;
  int len = sizeof(addr);
  int err = peer ? uv_tcp_getpeername(&h->u.tcp, (struct sockaddr*)&addr, &len)
                 : uv_tcp_getsockname(&h->u.tcp, (struct sockaddr*)&addr, &len);
  if (!err)
    err = eddy_sockaddr_to_js(ctx, (struct sockaddr*)&addr,
                              (JSObjectRef)eddy_js_arg(ctx, argc, argv, 0));
  return JSValueMakeNumber(ctx, err);
}

static EDDY_JS_FN(tcp_getsockname) {
  (void)function, (void)exception;
  return get_name(ctx, self, argc, argv, false, exception);
}

static EDDY_JS_FN(tcp_getpeername) {
  (void)function, (void)exception;
  return get_name(ctx, self, argc, argv, true, exception);
}

static EDDY_JS_FN(tcp_set_no_delay) {
  (void)function, (void)exception;
  eddy_handle* h = eddy_handle_of_self(ctx, self, exception);
  if (!h) return NULL;
  if (!eddy_handle_usable(h)) return JSValueMakeNumber(ctx, UV_EBADF);
  int on = JSValueToBoolean(ctx, eddy_js_arg(ctx, argc, argv, 0));
  return JSValueMakeNumber(ctx, uv_tcp_nodelay(&h->u.tcp, on));
}

static EDDY_JS_FN(tcp_set_keep_alive) {
  (void)function, (void)exception;
  eddy_handle* h = eddy_handle_of_self(ctx, self, exception);
  if (!h) return NULL;
  if (!eddy_handle_usable(h)) return JSValueMakeNumber(ctx, UV_EBADF);
  int on = JSValueToBoolean(ctx, eddy_js_arg(ctx, argc, argv, 0));
  unsigned delay = (unsigned)eddy_js_arg_int(ctx, argc, argv, 1);
  return JSValueMakeNumber(ctx, uv_tcp_keepalive(&h->u.tcp, on, delay));
}

/* reset(callback?): like close(), but the peer sees ECONNRESET. */
static EDDY_JS_FN(tcp_reset) {
  (void)function, (void)exception;
  eddy_handle* h = eddy_handle_of_self(ctx, self, exception);
  if (!h) return NULL;
  if (!eddy_handle_usable(h)) return JSValueMakeNumber(ctx, UV_EBADF);
  uv_os_fd_t fd;
  if (uv_fileno(&h->u.handle, &fd) == 0) {
    struct linger l = {1, 0};
    setsockopt(fd, SOL_SOCKET, SO_LINGER, &l, sizeof(l));
  }
  JSObjectRef close = (JSObjectRef)eddy_js_get(ctx, self, "close");
  JSValueRef cb = eddy_js_arg(ctx, argc, argv, 0);
  JSObjectCallAsFunction(ctx, close, self, 1, &cb, exception);
  return JSValueMakeNumber(ctx, 0);
}

static const JSStaticFunction tcp_functions[] = {
    {"open", tcp_open, kJSPropertyAttributeDontEnum},
    {"bind", tcp_bind, kJSPropertyAttributeDontEnum},
    {"bind6", tcp_bind6, kJSPropertyAttributeDontEnum},
    {"listen", tcp_listen, kJSPropertyAttributeDontEnum},
    {"connect", tcp_connect, kJSPropertyAttributeDontEnum},
    {"connect6", tcp_connect6, kJSPropertyAttributeDontEnum},
    {"getsockname", tcp_getsockname, kJSPropertyAttributeDontEnum},
    {"getpeername", tcp_getpeername, kJSPropertyAttributeDontEnum},
    {"setNoDelay", tcp_set_no_delay, kJSPropertyAttributeDontEnum},
    {"setKeepAlive", tcp_set_keep_alive, kJSPropertyAttributeDontEnum},
    {"reset", tcp_reset, kJSPropertyAttributeDontEnum},
    {NULL, NULL, 0},
};

static JSClassRef tcp_class(void) {
  static _Atomic(JSClassRef) cls;
  if (!cls)
    eddy_js_class_publish(&cls, eddy_handle_make_class("TCP", eddy_stream_class(), tcp_functions));
  return cls;
}

JSObjectRef eddy_binding_tcp_wrap_init(eddy_runtime* rt, JSContextRef ctx) {
  (void)rt;
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  eddy_js_set(ctx, b, "TCP", JSObjectMakeConstructor(ctx, tcp_class(), tcp_construct));
  JSObjectRef constants = JSObjectMake(ctx, NULL, NULL);
  eddy_js_set_number(ctx, constants, "SOCKET", TCP_SOCKET);
  eddy_js_set_number(ctx, constants, "SERVER", TCP_SERVER);
  eddy_js_set_number(ctx, constants, "UV_TCP_IPV6ONLY", UV_TCP_IPV6ONLY);
  eddy_js_set_number(ctx, constants, "REUSEPORT", TCP_REUSEPORT);
  eddy_js_set(ctx, b, "constants", constants);
  return b;
}
