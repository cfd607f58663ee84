/* internalBinding('uv'): libuv's error names and messages, which lib/internal/errors
 * uses to build node's system errors (`ENOENT: no such file or directory, open 'x'`). */
#include "../runtime/runtime.h"
#include "../util/js.h"

static EDDY_JS_FN(uv_errname_fn) {
  (void)function, (void)self, (void)exception;
  int err = (int)eddy_js_arg_int(ctx, argc, argv, 0);
  return eddy_js_cstr(ctx, uv_err_name(err));
}

static EDDY_JS_FN(uv_strerror_fn) {
  (void)function, (void)self, (void)exception;
  int err = (int)eddy_js_arg_int(ctx, argc, argv, 0);
  return eddy_js_cstr(ctx, uv_strerror(err));
}

/* getErrorMap(): [[errno, name, message], ...] for every libuv error. */
static EDDY_JS_FN(uv_get_error_map) {
  (void)function, (void)self, (void)argc, (void)argv, (void)exception;
  static const int codes[] = {
#define EDDY_UV_CODE(name, _) UV_##name,
      UV_ERRNO_MAP(EDDY_UV_CODE)
#undef EDDY_UV_CODE
  };
  size_t n = sizeof(codes) / sizeof(codes[0]);
  JSValueRef entries[sizeof(codes) / sizeof(codes[0])];
  for (size_t i = 0; i < n; i++) {
    JSValueRef triple[3] = {JSValueMakeNumber(ctx, codes[i]),
                            eddy_js_cstr(ctx, uv_err_name(codes[i])),
                            eddy_js_cstr(ctx, uv_strerror(codes[i]))};
    entries[i] = eddy_js_array_of(ctx, 3, triple);
  }
  return eddy_js_array_of(ctx, n, entries);
}

JSObjectRef eddy_binding_uv_init(eddy_runtime* rt, JSContextRef ctx) {
  (void)rt;
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  eddy_js_set_fn(ctx, b, "errname", uv_errname_fn);
  eddy_js_set_fn(ctx, b, "strerror", uv_strerror_fn);
  eddy_js_set_fn(ctx, b, "getErrorMap", uv_get_error_map);
#define EDDY_UV_CONST(name, _) eddy_js_set_number(ctx, b, "UV_" #name, UV_##name);
  UV_ERRNO_MAP(EDDY_UV_CONST)
#undef EDDY_UV_CONST
  return b;
}
