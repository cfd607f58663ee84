/* internalBinding('util'): the facts about values and descriptors that JS alone
 * cannot learn. */
#include <sys/ioctl.h>
#include <unistd.h>

#include "../runtime/jsc_private.h"
#include "../runtime/runtime.h"
#include "../util/js.h"

/* guessHandleType(fd): 'TTY', 'FILE', 'PIPE', 'TCP', 'UDP' or 'UNKNOWN', as node names them. */
static EDDY_JS_FN(util_guess_handle_type) {
  (void)function, (void)self, (void)exception;
  int fd = (int)eddy_js_arg_int(ctx, argc, argv, 0);
  const char* name = "UNKNOWN";
  switch (fd < 0 ? UV_UNKNOWN_HANDLE : uv_guess_handle(fd)) {
    case UV_TTY: name = "TTY"; break;
    case UV_FILE: name = "FILE"; break;
    case UV_NAMED_PIPE: name = "PIPE"; break;
    case UV_TCP: name = "TCP"; break;
    case UV_UDP: name = "UDP"; break;
    default: break;
  }
  return eddy_js_cstr(ctx, name);
}

/* getWindowSize(fd): [columns, rows] of a terminal, or null. */
static EDDY_JS_FN(util_get_window_size) {
  (void)function, (void)self, (void)exception;
  struct winsize ws;
  int fd = (int)eddy_js_arg_int(ctx, argc, argv, 0);
  if (ioctl(fd, TIOCGWINSZ, &ws) != 0) return JSValueMakeNull(ctx);
  JSValueRef v[2] = {JSValueMakeNumber(ctx, ws.ws_col), JSValueMakeNumber(ctx, ws.ws_row)};
  return JSObjectMakeArray(ctx, 2, v, NULL);
}

/* getProxyTarget(value): the target of a Proxy, or undefined for anything else. */
static EDDY_JS_FN(util_get_proxy_target) {
  (void)function, (void)self, (void)exception;
  JSValueRef v = eddy_js_arg(ctx, argc, argv, 0);
  if (!JSValueIsObject(ctx, v)) return JSValueMakeUndefined(ctx);
  JSObjectRef target = JSObjectGetProxyTarget((JSObjectRef)v);
  return target ? (JSValueRef)target : JSValueMakeUndefined(ctx);
}

JSObjectRef eddy_binding_util_init(eddy_runtime* rt, JSContextRef ctx) {
  (void)rt;
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  eddy_js_set_fn(ctx, b, "guessHandleType", util_guess_handle_type);
  eddy_js_set_fn(ctx, b, "getWindowSize", util_get_window_size);
  eddy_js_set_fn(ctx, b, "getProxyTarget", util_get_proxy_target);
  return b;
}
