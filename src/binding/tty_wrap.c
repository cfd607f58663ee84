/* internalBinding('tty_wrap'): terminals on the shared stream layer.
 *
 * JS API, beyond the stream API of stream_wrap.h:
 *   isTTY(fd) -> bool
 *   new TTY(fd, errorOut): when libuv refuses the fd, errorOut gets {errno, code,
 *     syscall} and the handle is unusable (every call returns UV_EBADF)
 *   getWindowSize(out) -> errno; out[0] = columns, out[1] = rows
 *   setRawMode(bool) -> errno */
#include <stdlib.h>
#include <unistd.h>

#include "../util/check.h"
#include "../util/js.h"
#include "stream_wrap.h"

static JSClassRef tty_class(void);

/* Terminal modes are process-wide: put them back on the way out, as node does.
 * eddy leaves through exit(), so this runs from atexit. */
static void tty_on_exit(void) { uv_tty_reset_mode(); }

static JSObjectRef tty_construct(JSContextRef ctx, JSObjectRef constructor, size_t argc,
                                 const JSValueRef argv[], JSValueRef* exception) {
  (void)constructor, (void)exception;
  eddy_runtime* rt = eddy_runtime_from(ctx);
  int fd = (int)eddy_js_arg_int(ctx, argc, argv, 0);
  eddy_handle* h = eddy_handle_new(rt, ctx, tty_class(), sizeof(uv_tty_t));
  int err = uv_tty_init(&rt->loop, &h->u.tty, fd, 0);
  if (err) {
    JSValueRef out = eddy_js_arg(ctx, argc, argv, 1);
    if (JSValueIsObject(ctx, out)) {
      eddy_js_set_number(ctx, (JSObjectRef)out, "errno", err);
      eddy_js_set_cstr(ctx, (JSObjectRef)out, "code", uv_err_name(err));
      eddy_js_set_cstr(ctx, (JSObjectRef)out, "syscall", "uv_tty_init");
    }
    return h->object;
  }
  eddy_handle_opened(h);
  return h->object;
}

static EDDY_JS_FN(tty_get_window_size) {
  (void)function, (void)exception;
  eddy_handle* h = eddy_handle_of_self(ctx, self, exception);
  if (!h) return NULL;
  if (!eddy_handle_usable(h)) return JSValueMakeNumber(ctx, UV_EBADF);
  int width, height;
  int err = uv_tty_get_winsize(&h->u.tty, &width, &height);
  if (!err) {
    JSObjectRef out = (JSObjectRef)eddy_js_arg(ctx, argc, argv, 0);
    eddy_js_array_set(ctx, out, 0, JSValueMakeNumber(ctx, width));
    eddy_js_array_set(ctx, out, 1, JSValueMakeNumber(ctx, height));
  }
  return JSValueMakeNumber(ctx, err);
}

static EDDY_JS_FN(tty_set_raw_mode) {
  (void)function, (void)exception;
  eddy_handle* h = eddy_handle_of_self(ctx, self, exception);
  if (!h) return NULL;
  if (!eddy_handle_usable(h)) return JSValueMakeNumber(ctx, UV_EBADF);
  bool raw = JSValueToBoolean(ctx, eddy_js_arg(ctx, argc, argv, 0));
  static bool registered;
  if (raw && !registered) registered = atexit(tty_on_exit) == 0;
  return JSValueMakeNumber(ctx,
                           uv_tty_set_mode(&h->u.tty, raw ? UV_TTY_MODE_RAW : UV_TTY_MODE_NORMAL));
}

static EDDY_JS_FN(tty_is_tty) {
  (void)function, (void)self, (void)exception;
  int fd = (int)eddy_js_arg_int(ctx, argc, argv, 0);
  return JSValueMakeBoolean(ctx, fd >= 0 && uv_guess_handle(fd) == UV_TTY);
}

static const JSStaticFunction tty_functions[] = {
    {"getWindowSize", tty_get_window_size, kJSPropertyAttributeDontEnum},
    {"setRawMode", tty_set_raw_mode, kJSPropertyAttributeDontEnum},
    {NULL, NULL, 0},
};

static JSClassRef tty_class(void) {
  static _Atomic(JSClassRef) cls;
  if (!cls)
    eddy_js_class_publish(&cls, eddy_handle_make_class("TTY", eddy_stream_class(), tty_functions));
  return cls;
}

JSObjectRef eddy_binding_tty_wrap_init(eddy_runtime* rt, JSContextRef ctx) {
  (void)rt;
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  eddy_js_set(ctx, b, "TTY", JSObjectMakeConstructor(ctx, tty_class(), tty_construct));
  eddy_js_set_fn(ctx, b, "isTTY", tty_is_tty);
  return b;
}
