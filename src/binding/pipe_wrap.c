/* internalBinding('pipe_wrap'): Unix domain sockets and pipes on the shared stream layer.
 *
 * JS API, beyond the stream API of stream_wrap.h:
 *   new Pipe(constants.SOCKET | constants.SERVER | constants.IPC)
 *   open(fd)  bind(path)  listen(backlog)  fchmod(mode)  -> errno
 *   connect(req, path) -> errno; req.oncomplete(status)
 *   onconnection(status, clientHandle)   on a listening handle
 *   getsockname() / getpeername() -> the path, or '' */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/un.h>

#include "../runtime/trace_agent.h"
#include "../util/check.h"
#include "../util/js.h"
#include "stream_wrap.h"

enum { PIPE_SOCKET = 0, PIPE_SERVER = 1, PIPE_IPC = 2 };

static JSClassRef pipe_class(void);

static eddy_handle* pipe_new(eddy_runtime* rt, JSContextRef ctx, int ipc) {
  eddy_handle* h = eddy_handle_new(rt, ctx, pipe_class(), sizeof(uv_pipe_t));
  CHECK_EQ(uv_pipe_init(&rt->loop, &h->u.pipe, ipc), 0);
  eddy_handle_opened(h);
  return h;
}

static JSObjectRef pipe_construct(JSContextRef ctx, JSObjectRef constructor, size_t argc,
                                  const JSValueRef argv[], JSValueRef* exception) {
  (void)constructor, (void)exception;
  int type = (int)eddy_js_arg_int(ctx, argc, argv, 0);
  return pipe_new(eddy_runtime_from(ctx), ctx, type == PIPE_IPC)->object;
}

#define PIPE_SELF(h)                                          \
  eddy_handle* h = eddy_handle_of_self(ctx, self, exception); \
  if (!h) return NULL;                                        \
  if (!eddy_handle_usable(h)) return JSValueMakeNumber(ctx, UV_EBADF)

static EDDY_JS_FN(pipe_open) {
  (void)function, (void)exception;
  PIPE_SELF(h);
  return JSValueMakeNumber(ctx, uv_pipe_open(&h->u.pipe, (int)eddy_js_arg_int(ctx, argc, argv, 0)));
}

static bool path_too_long(const char* name) {
  return strlen(name) >= sizeof(((struct sockaddr_un*)NULL)->sun_path);
}

static EDDY_JS_FN(pipe_bind) {
  (void)function, (void)exception;
  PIPE_SELF(h);
  char* name = eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 0), NULL, NULL);
  /* libuv would quietly truncate a path longer than sun_path: refuse it, as node does. */
  int err = path_too_long(name) ? UV_EINVAL : uv_pipe_bind(&h->u.pipe, name);
  free(name);
  return JSValueMakeNumber(ctx, err);
}

static void pipe_on_connection(uv_stream_t* server, int status) {
  eddy_handle* h = server->data;
  eddy_runtime* rt = h->rt;
  if (rt->exiting) return;
  JSContextRef ctx = rt->ctx;
  if (status < 0) {
    JSValueRef args[1] = {JSValueMakeNumber(ctx, status)};
    eddy_handle_callback(h, 1, args);
    return;
  }
  eddy_handle* client = pipe_new(rt, ctx, h->u.pipe.ipc);
  int err = uv_accept(server, &client->u.stream);
  if (err) {
    JSObjectRef close = (JSObjectRef)eddy_js_get(ctx, client->object, "close");
    JSObjectCallAsFunction(ctx, close, client->object, 0, NULL, NULL);
    JSValueRef args[1] = {JSValueMakeNumber(ctx, err)};
    eddy_handle_callback(h, 1, args);
    return;
  }
  JSValueRef args[2] = {JSValueMakeNumber(ctx, 0), client->object};
  eddy_handle_callback(h, 2, args);
}

static EDDY_JS_FN(pipe_listen) {
  (void)function, (void)exception;
  PIPE_SELF(h);
  int backlog = (int)eddy_js_arg_int(ctx, argc, argv, 0);
  return JSValueMakeNumber(ctx, uv_listen(&h->u.stream, backlog, pipe_on_connection));
}

/* A connect in the trace, as node records it: an async span of node.net.native
 * from the call to its callback, the request its id. */
static const char kConnectGroup[] = "node,node.net,node.net.native";

typedef struct connect_req {
  uv_connect_t req;
  eddy_handle* h;
  JSObjectRef req_obj;
} connect_req;

/* The start of a connect's span, with the path and its kind as node gives them. */
static void trace_connect_begin(const connect_req* c, const char* name, size_t len) {
  char* path = eddy_trace_json_quote(name, len);
  const char* type = len > 0 && name[0] == '\0' ? "abstract socket" : "file";
  size_t size = strlen(path) + 64;
  char* args = eddy_malloc(size);
  snprintf(args, size, "{\"path_type\":\"%s\",\"pipe_path\":%s}", type, path);
  eddy_trace_async('b', kConnectGroup, "connect", c, args);
  free(args);
  free(path);
}

static void pipe_on_connect(uv_connect_t* req, int status) {
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

static EDDY_JS_FN(pipe_connect) {
  (void)function, (void)exception;
  PIPE_SELF(h);
  size_t name_len = 0;
  char* name = eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 1), &name_len, NULL);
  if (path_too_long(name)) {
    free(name);
    return JSValueMakeNumber(ctx, UV_EINVAL);
  }
  connect_req* c = eddy_calloc(1, sizeof(*c));
  c->h = h;
  c->req_obj = eddy_protect_object(ctx, eddy_js_arg(ctx, argc, argv, 0));
  /* uv_pipe_connect reports every error through the callback. */
  if (eddy_trace_group_enabled(kConnectGroup)) trace_connect_begin(c, name, name_len);
  uv_pipe_connect(&c->req, &h->u.pipe, name, pipe_on_connect);
  free(name);
  return JSValueMakeNumber(ctx, 0);
}

static EDDY_JS_FN(pipe_fchmod) {
  (void)function, (void)exception;
  PIPE_SELF(h);
  return JSValueMakeNumber(ctx,
                           uv_pipe_chmod(&h->u.pipe, (int)eddy_js_arg_int(ctx, argc, argv, 0)));
}

static JSValueRef pipe_name(JSContextRef ctx, JSObjectRef self, bool peer, JSValueRef* exception) {
  eddy_handle* h = eddy_handle_of_self(ctx, self, exception);
  if (!h) return NULL;
  char buf[1024];
  size_t len = sizeof(buf);
  if (!eddy_handle_usable(h)) return eddy_js_cstr(ctx, "");
  int err = peer ? uv_pipe_getpeername(&h->u.pipe, buf, &len)
                 : uv_pipe_getsockname(&h->u.pipe, buf, &len);
  if (err) return eddy_js_cstr(ctx, "");
  return eddy_js_utf8(ctx, buf, len);
}

static EDDY_JS_FN(pipe_getsockname) {
  (void)function, (void)argc, (void)argv, (void)exception;
  return pipe_name(ctx, self, false, exception);
}

static EDDY_JS_FN(pipe_getpeername) {
  (void)function, (void)argc, (void)argv, (void)exception;
  return pipe_name(ctx, self, true, exception);
}

static const JSStaticFunction pipe_functions[] = {
    {"open", pipe_open, kJSPropertyAttributeDontEnum},
    {"bind", pipe_bind, kJSPropertyAttributeDontEnum},
    {"listen", pipe_listen, kJSPropertyAttributeDontEnum},
    {"connect", pipe_connect, kJSPropertyAttributeDontEnum},
    {"fchmod", pipe_fchmod, kJSPropertyAttributeDontEnum},
    {"getsockname", pipe_getsockname, kJSPropertyAttributeDontEnum},
    {"getpeername", pipe_getpeername, kJSPropertyAttributeDontEnum},
    {NULL, NULL, 0},
};

static JSClassRef pipe_class(void) {
  static _Atomic(JSClassRef) cls;
  if (!cls)
    eddy_js_class_publish(&cls,
                          eddy_handle_make_class("Pipe", eddy_stream_class(), pipe_functions));
  return cls;
}

JSObjectRef eddy_binding_pipe_wrap_init(eddy_runtime* rt, JSContextRef ctx) {
  (void)rt;
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  eddy_js_set(ctx, b, "Pipe", JSObjectMakeConstructor(ctx, pipe_class(), pipe_construct));
  JSObjectRef constants = JSObjectMake(ctx, NULL, NULL);
  eddy_js_set_number(ctx, constants, "SOCKET", PIPE_SOCKET);
  eddy_js_set_number(ctx, constants, "SERVER", PIPE_SERVER);
  eddy_js_set_number(ctx, constants, "IPC", PIPE_IPC);
  eddy_js_set_number(ctx, constants, "UV_READABLE", UV_READABLE);
  eddy_js_set_number(ctx, constants, "UV_WRITABLE", UV_WRITABLE);
  eddy_js_set(ctx, b, "constants", constants);
  return b;
}
