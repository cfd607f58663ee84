/* fs.watch and fs.watchFile handles: uv_fs_event_t (inotify) and uv_fs_poll_t.
 * Lifecycle: watchStart/pollStart make a handle and protect both the callback and
 * the handle's JS object while it is open; watchClose/pollClose call uv_close, and
 * the close callback unprotects and frees, so a handle is never freed while libuv
 * or JS can still reach it. */
#include <stdlib.h>
#include <string.h>

#include "../util/check.h"
#include "fs.h"

typedef struct fs_watch {
  union {
    uv_handle_t handle;
    uv_fs_event_t event;
    uv_fs_poll_t poll;
  } uv;
  eddy_runtime* rt;
  JSObjectRef obj;      /* the JS handle, protected while open */
  JSObjectRef onchange; /* protected while open */
  bool closing;
} fs_watch;

static _Atomic(JSClassRef) watch_class;

static fs_watch* watch_of(JSContextRef ctx, JSValueRef v) {
  CHECK(JSValueIsObjectOfClass(ctx, v, watch_class));
  return JSObjectGetPrivate((JSObjectRef)v);
}

static void watch_on_close(uv_handle_t* h) {
  fs_watch* w = h->data;
  JSContextRef ctx = w->rt->ctx;
  JSObjectSetPrivate(w->obj, NULL);
  JSValueUnprotect(ctx, w->onchange);
  JSValueUnprotect(ctx, w->obj);
  free(w);
}

static void event_on_change(uv_fs_event_t* h, const char* filename, int events, int status) {
  fs_watch* w = h->data;
  eddy_runtime* rt = w->rt;
  if (rt->exiting || w->closing) return;
  JSContextRef ctx = rt->ctx;
  JSValueRef args[3];
  args[0] = JSValueMakeNumber(ctx, status);
  args[1] = eddy_js_cstr(ctx, (events & UV_RENAME) ? "rename" : "change");
  args[2] = filename ? eddy_js_utf8(ctx, filename, strlen(filename)) : JSValueMakeNull(ctx);
  eddy_runtime_call(rt, w->onchange, w->obj, 3, args);
}

static JSObjectRef make_watch(JSContextRef ctx, JSValueRef onchange, fs_watch** out) {
  fs_watch* w = eddy_calloc(1, sizeof(*w));
  w->rt = eddy_runtime_from(ctx);
  w->onchange = (JSObjectRef)onchange;
  w->obj = JSObjectMake(ctx, watch_class, w);
  w->uv.handle.data = w;
  *out = w;
  return w->obj;
}

/* watchStart(path, onchange(status, eventType, filename)): a handle, or a negative errno. */
static EDDY_JS_FN(fs_watch_start) {
  (void)function, (void)self;
  char* path = eddy_fs_path(ctx, argc, argv, 0, exception);
  if (!path) return NULL;
  fs_watch* w;
  JSObjectRef obj = make_watch(ctx, eddy_js_arg(ctx, argc, argv, 1), &w);
  uv_fs_event_init(&w->rt->loop, &w->uv.event);
  w->uv.handle.data = w;
  int err = uv_fs_event_start(&w->uv.event, event_on_change, path, 0);
  free(path);
  JSValueProtect(ctx, obj);
  JSValueProtect(ctx, w->onchange);
  if (err < 0) {
    w->closing = true;
    uv_close(&w->uv.handle, watch_on_close);
    return JSValueMakeNumber(ctx, err);
  }
  return obj;
}

static void fill_stat(double* o, const uv_stat_t* s) {
  const double v[18] = {(double)s->st_dev,
                        (double)s->st_mode,
                        (double)s->st_nlink,
                        (double)s->st_uid,
                        (double)s->st_gid,
                        (double)s->st_rdev,
                        (double)s->st_blksize,
                        (double)s->st_ino,
                        (double)s->st_size,
                        (double)s->st_blocks,
                        (double)s->st_atim.tv_sec,
                        (double)s->st_atim.tv_nsec,
                        (double)s->st_mtim.tv_sec,
                        (double)s->st_mtim.tv_nsec,
                        (double)s->st_ctim.tv_sec,
                        (double)s->st_ctim.tv_nsec,
                        (double)s->st_birthtim.tv_sec,
                        (double)s->st_birthtim.tv_nsec};
  memcpy(o, v, sizeof v);
}

static void stats_on_free(void* bytes, void* unused) {
  (void)unused;
  free(bytes);
}

static JSValueRef stat_array(JSContextRef ctx, const uv_stat_t* s) {
  double* data = eddy_malloc(18 * sizeof(double));
  fill_stat(data, s);
  return JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeFloat64Array, data,
                                               18 * sizeof(double), stats_on_free, NULL, NULL);
}

static void poll_on_change(uv_fs_poll_t* h, int status, const uv_stat_t* prev,
                           const uv_stat_t* curr) {
  fs_watch* w = h->data;
  eddy_runtime* rt = w->rt;
  if (rt->exiting || w->closing) return;
  JSContextRef ctx = rt->ctx;
  JSValueRef args[3] = {JSValueMakeNumber(ctx, status), stat_array(ctx, curr),
                        stat_array(ctx, prev)};
  eddy_runtime_call(rt, w->onchange, w->obj, 3, args);
}

/* pollStart(path, intervalMs, onchange(status, curr, prev)): a handle or a negative errno. */
static EDDY_JS_FN(fs_poll_start) {
  (void)function, (void)self;
  char* path = eddy_fs_path(ctx, argc, argv, 0, exception);
  if (!path) return NULL;
  fs_watch* w;
  JSObjectRef obj = make_watch(ctx, eddy_js_arg(ctx, argc, argv, 2), &w);
  uv_fs_poll_init(&w->rt->loop, &w->uv.poll);
  w->uv.handle.data = w;
  int err = uv_fs_poll_start(&w->uv.poll, poll_on_change, path,
                             (unsigned)eddy_js_arg_int(ctx, argc, argv, 1));
  free(path);
  JSValueProtect(ctx, obj);
  JSValueProtect(ctx, w->onchange);
  if (err < 0) {
    w->closing = true;
    uv_close(&w->uv.handle, watch_on_close);
    return JSValueMakeNumber(ctx, err);
  }
  return obj;
}

static EDDY_JS_FN(fs_watch_close) {
  (void)function, (void)self, (void)exception;
  fs_watch* w = watch_of(ctx, eddy_js_arg(ctx, argc, argv, 0));
  if (w && !w->closing) {
    w->closing = true;
    uv_close(&w->uv.handle, watch_on_close);
  }
  return JSValueMakeUndefined(ctx);
}

/* watchRef(handle, ref) */
static EDDY_JS_FN(fs_watch_ref) {
  (void)function, (void)self, (void)exception;
  fs_watch* w = watch_of(ctx, eddy_js_arg(ctx, argc, argv, 0));
  if (!w || w->closing) return JSValueMakeUndefined(ctx);
  if (JSValueToBoolean(ctx, eddy_js_arg(ctx, argc, argv, 1)))
    uv_ref(&w->uv.handle);
  else
    uv_unref(&w->uv.handle);
  return JSValueMakeUndefined(ctx);
}

void eddy__fs_watch_register(eddy_runtime* rt, JSContextRef ctx, JSObjectRef b) {
  (void)rt;
  if (!watch_class) {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "FSWatchHandle";
    eddy_js_class_publish(&watch_class, JSClassCreate(&def));
  }
  eddy_js_set_fn(ctx, b, "watchStart", fs_watch_start);
  eddy_js_set_fn(ctx, b, "pollStart", fs_poll_start);
  eddy_js_set_fn(ctx, b, "watchClose", fs_watch_close);
  eddy_js_set_fn(ctx, b, "watchRef", fs_watch_ref);
}
