/* The one request type under every fs call: the same native function runs a
 * syscall synchronously (no request object: uv_fs_* with a NULL callback, on the
 * caller's stack, never entering the loop) or on libuv's thread pool (a request
 * object: completion calls its oncomplete through eddy_runtime_call). */
#include <stdlib.h>
#include <string.h>

#include "../runtime/trace_agent.h"
#include "../util/check.h"
#include "../util/js_string.h"
#include "../util/js_value.h"
#include "fs.h"

static void req_on_done(uv_fs_t* uvreq);

eddy_fs_req* eddy_fs_req_begin(JSContextRef ctx, JSValueRef jsreq, eddy_fs_req* stack,
                               eddy_fs_result_fn result) {
  eddy_fs_req* req;
  if (JSValueIsObject(ctx, jsreq)) {
    req = eddy_calloc(1, sizeof(*req));
    req->js = (JSObjectRef)jsreq;
  } else {
    req = stack;
    memset(req, 0, sizeof(*req));
  }
  req->rt = eddy_runtime_from(ctx);
  req->result = result;
  req->trace_start = eddy_trace_start();
  return req;
}

uv_fs_cb eddy_fs_req_cb(eddy_fs_req* req) { return req->js ? req_on_done : NULL; }

JSValueRef eddy_fs_req_end(JSContextRef ctx, eddy_fs_req* req, int err) {
  if (!req->js) {
    if (req->trace_start) eddy_fs_trace_sync(req->uv.fs_type, req->trace_start);
    JSValueRef v = err < 0 ? JSValueMakeNumber(ctx, err) : req->result(ctx, &req->uv);
    uv_fs_req_cleanup(&req->uv);
    return v;
  }
  if (err < 0) {
    /* libuv rejected the call before queueing it: no callback will come. */
    uv_fs_req_cleanup(&req->uv);
    free(req->owned);
    free(req);
    return eddy_jsv_make_int32(err);
  }
  if (req->trace_start) eddy_fs_trace_async('b', req->uv.fs_type, req, req->trace_start);
  return JSValueMakeUndefined(ctx);
}

void eddy_fs_req_complete(eddy_runtime* rt, JSObjectRef js, JSValueRef result) {
  JSContextRef ctx = rt->ctx;
  eddy_fs_state* s = rt->binding_state[EDDY_BINDING_fs];
  if (!s) return; /* disposed: the runtime is going away */
  if (s->complete) {
    eddy_runtime_call(rt, s->complete, js, 1, &result);
    return;
  }
  JSValueRef fn = eddy_js_get(ctx, js, "oncomplete");
  if (JSValueIsObject(ctx, fn)) eddy_runtime_call(rt, (JSObjectRef)fn, js, 1, &result);
}

static void req_on_done(uv_fs_t* uvreq) {
  eddy_fs_req* req = (eddy_fs_req*)uvreq;
  eddy_runtime* rt = req->rt;
  if (req->trace_start) eddy_fs_trace_async('e', uvreq->fs_type, req, eddy_trace_now());
  if (!rt->exiting) {
    /* Errors are small negative ints: made without the engine's lock. */
    JSValueRef v = uvreq->result < 0 ? eddy_jsv_make_int32((int32_t)uvreq->result)
                                     : req->result(rt->ctx, uvreq);
    uv_fs_req_cleanup(uvreq);
    eddy_fs_req_complete(rt, req->js, v);
  } else {
    uv_fs_req_cleanup(uvreq);
  }
  free(req->owned);
  free(req);
}

/* The path's characters are read in place by eddy_js_to_utf8 (no copy of the
 * string, no widening of JSC's 8-bit strings) and encoded straight into the one
 * allocation returned: JSStringGetUTF8CString's sizing and generic conversion
 * were most of a statSync loop's native cost after the syscall. Lone surrogates
 * become U+FFFD. */
char* eddy_fs_path(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i,
                   JSValueRef* exception) {
  JSValueRef arg = eddy_js_arg(ctx, argc, argv, i);
  if (JSValueIsObject(ctx, arg)) {
    /* Raw bytes (a Buffer path that is not UTF-8), passed through as they are. */
    size_t len = 0;
    uint8_t* bytes = eddy_js_bytes(ctx, arg, &len);
    char* out = eddy_malloc(len + 1);
    if (len) memcpy(out, bytes, len);
    out[len] = '\0';
    return out;
  }
  return eddy_js_to_utf8(ctx, arg, NULL, exception);
}

char* eddy_fs_path_in(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i, char* stack,
                      size_t cap, JSValueRef* exception) {
  JSValueRef arg = eddy_js_arg(ctx, argc, argv, i);
  if (!JSValueIsObject(ctx, arg)) {
    eddy_string_view view;
    if (!eddy_string_view_open(ctx, arg, &view, exception)) return NULL;
    /* A character is at most 3 bytes of UTF-8 (a surrogate pair's two make 4). */
    if (view.len * 3 < cap) {
      size_t n = eddy_string_view_utf8(&view, (uint8_t*)stack, cap - 1, NULL);
      stack[n] = '\0';
      eddy_string_view_close(&view);
      return stack;
    }
    eddy_string_view_close(&view);
  }
  return eddy_fs_path(ctx, argc, argv, i, exception);
}
