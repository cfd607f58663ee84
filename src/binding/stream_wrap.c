/* The shared stream layer (see stream_wrap.h for the contract and the JS API) and
 * internalBinding('stream_wrap'), which only exposes the constants lib/ needs. */
#include "stream_wrap.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "../util/check.h"
#include "../util/js.h"
#include "../util/js_string.h"
#include "../util/utf8.h"

enum { EDDY_HANDLE_OPEN = 8 };

static JSStringRef interned(JSStringRef* slot, const char* s) {
  if (!*slot) *slot = JSStringCreateWithUTF8CString(s);
  return *slot;
}

JSStringRef eddy_str_oncomplete(void) {
  static JSStringRef s;
  return interned(&s, "oncomplete");
}

/* --- lifecycle ------------------------------------------------------------------ */

static void handle_finalize(JSObjectRef object) {
  eddy_handle* h = JSObjectGetPrivate(object);
  if (!h) return;
  h->flags |= EDDY_HANDLE_FINALIZED;
  if ((h->flags & EDDY_HANDLE_CLOSED) || !(h->flags & EDDY_HANDLE_OPEN)) free(h);
}

eddy_handle* eddy_handle_new(eddy_runtime* rt, JSContextRef ctx, JSClassRef cls, size_t uv_size) {
  CHECK(uv_size <= sizeof(((eddy_handle*)NULL)->u));
  eddy_handle* h = eddy_calloc(1, offsetof(eddy_handle, u) + uv_size);
  h->rt = rt;
  h->object = JSObjectMake(ctx, cls, h);
  return h;
}

void eddy_handle_opened(eddy_handle* h) {
  h->flags |= EDDY_HANDLE_OPEN;
  h->u.handle.data = h;
  JSValueProtect(h->rt->ctx, h->object);
}

eddy_handle* eddy_handle_of(JSContextRef ctx, JSObjectRef object) {
  (void)ctx;
  eddy_handle* h = JSObjectGetPrivate(object);
  CHECK(h != NULL);
  return h;
}

eddy_handle* eddy_handle_of_self(JSContextRef ctx, JSObjectRef self, JSValueRef* exception) {
  /* A handle's object is the one its wrapper points back to; another object has no
   * private data, or (another C class) data that does not point back to it. */
  eddy_handle* h = self ? JSObjectGetPrivate(self) : NULL;
  if (h && h->object == self) return h;
  *exception = eddy_js_type_error(ctx, "Illegal invocation");
  return NULL;
}

void eddy_handle_callback(eddy_handle* h, size_t argc, const JSValueRef argv[]) {
  eddy_runtime* rt = h->rt;
  if (rt->exiting || !h->callback) return;
  eddy_runtime_call(rt, h->callback, h->owner ? h->owner : h->object, argc, argv);
}

static void set_callback(JSContextRef ctx, eddy_handle* h, JSValueRef fn, JSObjectRef owner) {
  if (h->callback) JSValueUnprotect(ctx, h->callback);
  h->callback = NULL;
  h->owner = NULL;
  if (JSValueIsObject(ctx, fn) && JSObjectIsFunction(ctx, (JSObjectRef)fn)) {
    h->callback = eddy_protect_object(ctx, fn);
    h->owner = owner;
  }
}

/* The onread / onconnection / onmessage accessors: one slot per handle. */
static JSValueRef handle_get_callback(JSContextRef ctx, JSObjectRef self, JSStringRef name,
                                      JSValueRef* exception) {
  (void)name, (void)exception;
  eddy_handle* h = JSObjectGetPrivate(self);
  return h && h->callback ? (JSValueRef)h->callback : JSValueMakeUndefined(ctx);
}

static bool handle_set_callback(JSContextRef ctx, JSObjectRef self, JSStringRef name,
                                JSValueRef value, JSValueRef* exception) {
  (void)name, (void)exception;
  eddy_handle* h = JSObjectGetPrivate(self);
  /* After the close callback nothing would release a new callback. */
  if (!h || (h->flags & EDDY_HANDLE_CLOSED)) return true;
  set_callback(ctx, h, value, NULL);
  return true;
}

void eddy_req_complete(eddy_runtime* rt, JSObjectRef req, size_t argc, const JSValueRef argv[]) {
  if (!rt->exiting) {
    JSValueRef fn = JSObjectGetProperty(rt->ctx, req, eddy_str_oncomplete(), NULL);
    if (fn && JSValueIsObject(rt->ctx, fn) && JSObjectIsFunction(rt->ctx, (JSObjectRef)fn))
      eddy_runtime_call(rt, (JSObjectRef)fn, req, argc, argv);
  }
  JSValueUnprotect(rt->ctx, req);
}

static void handle_on_close(uv_handle_t* handle) {
  eddy_handle* h = handle->data;
  eddy_runtime* rt = h->rt;
  h->flags |= EDDY_HANDLE_CLOSED;
  if (h->close_cb) {
    JSObjectRef cb = h->close_cb;
    h->close_cb = NULL;
    if (!rt->exiting) eddy_runtime_call(rt, cb, h->object, 0, NULL);
    JSValueUnprotect(rt->ctx, cb);
  }
  if (h->callback) {
    JSValueUnprotect(rt->ctx, h->callback);
    h->callback = NULL;
  }
  h->owner = NULL;
  /* From here the finalizer may run; it frees the memory. */
  JSValueUnprotect(rt->ctx, h->object);
}

/* close(callback?) */
static EDDY_JS_FN(handle_close) {
  (void)function, (void)exception;
  eddy_handle* h = eddy_handle_of_self(ctx, self, exception);
  if (!h) return NULL;
  if (!(h->flags & EDDY_HANDLE_OPEN) || (h->flags & EDDY_HANDLE_CLOSING))
    return JSValueMakeUndefined(ctx);
  h->flags |= EDDY_HANDLE_CLOSING;
  JSValueRef cb = eddy_js_arg(ctx, argc, argv, 0);
  if (JSValueIsObject(ctx, cb) && JSObjectIsFunction(ctx, (JSObjectRef)cb))
    h->close_cb = eddy_protect_object(ctx, cb);
  uv_close(&h->u.handle, handle_on_close);
  return JSValueMakeUndefined(ctx);
}

bool eddy_handle_usable(eddy_handle* h) {
  return (h->flags & EDDY_HANDLE_OPEN) && !(h->flags & EDDY_HANDLE_CLOSING);
}

static bool usable(eddy_handle* h) { return eddy_handle_usable(h); }

static EDDY_JS_FN(handle_ref) {
  (void)function, (void)argc, (void)argv, (void)exception;
  eddy_handle* h = eddy_handle_of_self(ctx, self, exception);
  if (!h) return NULL;
  if (usable(h)) uv_ref(&h->u.handle);
  return JSValueMakeUndefined(ctx);
}

static EDDY_JS_FN(handle_unref) {
  (void)function, (void)argc, (void)argv, (void)exception;
  eddy_handle* h = eddy_handle_of_self(ctx, self, exception);
  if (!h) return NULL;
  if (usable(h)) uv_unref(&h->u.handle);
  return JSValueMakeUndefined(ctx);
}

static EDDY_JS_FN(handle_has_ref) {
  (void)function, (void)argc, (void)argv, (void)exception;
  eddy_handle* h = eddy_handle_of_self(ctx, self, exception);
  if (!h) return NULL;
  return JSValueMakeBoolean(ctx, usable(h) && uv_has_ref(&h->u.handle));
}

static JSValueRef handle_get_fd(JSContextRef ctx, JSObjectRef self, JSStringRef name,
                                JSValueRef* exception) {
  (void)name, (void)exception;
  eddy_handle* h = JSObjectGetPrivate(self);
  uv_os_fd_t fd = -1;
  if (!h || !usable(h) || uv_fileno(&h->u.handle, &fd) != 0) fd = -1;
  return JSValueMakeNumber(ctx, fd);
}

/* --- reading -------------------------------------------------------------------- */

/* The runtime's read buffer (stream_wrap.h says why). A read that finds it taken, and
 * reads for a filter that keeps their bytes (filter_on_read), get a block of their own,
 * handed to JS as an ArrayBuffer. */
typedef struct {
  JSObjectRef view; /* protected */
  uint8_t* bytes;
  bool busy;
} read_scratch;

static void scratch_dispose(eddy_runtime* rt) {
  read_scratch* s = rt->binding_state[EDDY_BINDING_stream_wrap];
  rt->binding_state[EDDY_BINDING_stream_wrap] = NULL;
  JSValueUnprotect(rt->ctx, s->view);
  free(s);
}

static read_scratch* scratch_of(eddy_runtime* rt) {
  read_scratch* s = rt->binding_state[EDDY_BINDING_stream_wrap];
  if (s) return s;
  JSContextRef ctx = rt->ctx;
  s = eddy_calloc(1, sizeof(*s));
  s->view = JSObjectMakeTypedArray(ctx, kJSTypedArrayTypeUint8Array, EDDY_READ_SCRATCH_SIZE, NULL);
  JSValueProtect(ctx, s->view);
  /* The public API pins the view's ArrayBuffer: JS can neither transfer nor detach it.
   * An own `constructor` keeps slice() on the engine's own path whatever a program
   * does to Uint8Array's species. */
  s->bytes = JSObjectGetTypedArrayBytesPtr(ctx, s->view, NULL);
  CHECK(s->bytes);
  JSStringRef name = JSStringCreateWithUTF8CString("constructor");
  JSObjectSetProperty(
      ctx, s->view, name, JSValueMakeUndefined(ctx),
      kJSPropertyAttributeReadOnly | kJSPropertyAttributeDontEnum | kJSPropertyAttributeDontDelete,
      NULL);
  JSStringRelease(name);
  rt->binding_state[EDDY_BINDING_stream_wrap] = s;
  rt->binding_dispose[EDDY_BINDING_stream_wrap] = scratch_dispose;
  return s;
}

uint8_t* eddy_read_scratch_take(eddy_runtime* rt) {
  if (rt->exiting) return NULL;
  read_scratch* s = scratch_of(rt);
  if (s->busy) return NULL;
  s->busy = true;
  return s->bytes;
}

bool eddy_read_scratch_is(eddy_runtime* rt, const void* bytes) {
  read_scratch* s = rt->binding_state[EDDY_BINDING_stream_wrap];
  return s && bytes == s->bytes;
}

JSObjectRef eddy_read_scratch_view(eddy_runtime* rt) { return scratch_of(rt)->view; }

void eddy_read_scratch_release(eddy_runtime* rt) { scratch_of(rt)->busy = false; }

void eddy_read_scratch_put(eddy_runtime* rt, void* bytes) {
  if (eddy_read_scratch_is(rt, bytes))
    eddy_read_scratch_release(rt);
  else
    free(bytes);
}

static void stream_on_alloc(uv_handle_t* handle, size_t suggested, uv_buf_t* buf) {
  eddy_handle* h = handle->data;
  if (h->filter_on_alloc) {
    h->filter_on_alloc(h, suggested, buf);
    return;
  }
  uint8_t* scratch = h->filter_on_read ? NULL : eddy_read_scratch_take(h->rt);
  if (scratch) {
    *buf = uv_buf_init((char*)scratch, EDDY_READ_SCRATCH_SIZE);
    return;
  }
  buf->base = eddy_malloc(suggested);
  buf->len = suggested;
}

/* A read into the runtime's buffer: onread(nread, buffer), whose first nread bytes
 * are the read's until the callback returns. */
static void scratch_on_read(eddy_handle* h, const uint8_t* bytes, ssize_t nread) {
  eddy_runtime* rt = h->rt;
  if (nread > 0) h->bytes_read += (uint64_t)nread;
  if (nread == 0 || rt->exiting) {
    eddy_read_scratch_release(rt);
    return;
  }
  if (h->filter_on_read) {
    /* A filter installed since the buffer was given keeps the bytes: a copy. */
    char* copy = nread > 0 ? eddy_malloc((size_t)nread) : NULL;
    if (copy) memcpy(copy, bytes, (size_t)nread);
    eddy_read_scratch_release(rt);
    h->filter_on_read(h, nread, copy);
    return;
  }
  JSValueRef args[2] = {JSValueMakeNumber(rt->ctx, (double)nread), eddy_read_scratch_view(rt)};
  eddy_handle_callback(h, nread > 0 ? 2 : 1, args);
  eddy_read_scratch_release(rt);
}

/* One entry into JS per read event: onread(nread, buffer). Bytes read into a block of
 * their own are handed to the engine as an ArrayBuffer, as they are (shrunk in place
 * when the read was small). */
static void stream_on_read(uv_stream_t* stream, ssize_t nread, const uv_buf_t* buf) {
  eddy_handle* h = stream->data;
  eddy_runtime* rt = h->rt;
  if (h->filter_on_alloc) {
    /* The filter's buffer goes back to it whatever happened. */
    if (nread > 0) h->bytes_read += (uint64_t)nread;
    h->filter_on_read(h, rt->exiting && nread > 0 ? 0 : nread, buf->base);
    return;
  }
  if (eddy_read_scratch_is(rt, buf->base)) {
    scratch_on_read(h, (const uint8_t*)buf->base, nread);
    return;
  }
  if (nread == 0 || rt->exiting) {
    free(buf->base);
    return;
  }
  if (h->filter_on_read) {
    if (nread < 0) {
      free(buf->base);
      h->filter_on_read(h, nread, NULL);
    } else {
      h->bytes_read += (uint64_t)nread;
      h->filter_on_read(h, nread, buf->base);
    }
    return;
  }
  JSContextRef ctx = rt->ctx;
  if (nread < 0) {
    free(buf->base);
    JSValueRef args[1] = {JSValueMakeNumber(ctx, (double)nread)};
    eddy_handle_callback(h, 1, args);
    return;
  }
  h->bytes_read += (uint64_t)nread;
  char* bytes = buf->base;
  if ((size_t)nread < buf->len / 2) bytes = eddy_realloc(bytes, (size_t)nread);
  JSObjectRef ab = JSObjectMakeArrayBufferWithBytesNoCopy(ctx, bytes, (size_t)nread,
                                                          eddy_js_free_bytes, NULL, NULL);
  JSValueRef args[2] = {JSValueMakeNumber(ctx, (double)nread), ab};
  eddy_handle_callback(h, 2, args);
}

int eddy_stream_read_start(eddy_handle* h) {
  if (!usable(h)) return UV_EBADF;
  return uv_read_start(&h->u.stream, stream_on_alloc, stream_on_read);
}

int eddy_stream_read_stop(eddy_handle* h) {
  if (!usable(h)) return UV_EBADF;
  return uv_read_stop(&h->u.stream);
}

static EDDY_JS_FN(stream_read_start) {
  (void)function, (void)argc, (void)argv, (void)exception;
  eddy_handle* h = eddy_handle_of_self(ctx, self, exception);
  if (!h) return NULL;
  /* A handle being closed answers as libuv does (EINVAL), as node's does. */
  if ((h->flags & EDDY_HANDLE_CLOSING) && !(h->flags & EDDY_HANDLE_CLOSED))
    return JSValueMakeNumber(ctx, UV_EINVAL);
  if (!usable(h)) return JSValueMakeNumber(ctx, UV_EBADF);
  int err = uv_read_start(&h->u.stream, stream_on_alloc, stream_on_read);
  return JSValueMakeNumber(ctx, err);
}

static EDDY_JS_FN(stream_read_stop) {
  (void)function, (void)argc, (void)argv, (void)exception;
  eddy_handle* h = eddy_handle_of_self(ctx, self, exception);
  if (!h) return NULL;
  if (!usable(h)) return JSValueMakeNumber(ctx, UV_EBADF);
  return JSValueMakeNumber(ctx, uv_read_stop(&h->u.stream));
}

/* --- writing -------------------------------------------------------------------- */

typedef struct write_req {
  uv_write_t req;
  eddy_handle* h;
  JSObjectRef req_obj; /* protected until oncomplete */
  JSValueRef keep;     /* protected: the JS value whose bytes are in flight, or NULL */
  char* owned;         /* bytes we encoded (strings), or NULL */
  size_t size;
} write_req;

static void stream_on_write(uv_write_t* req, int status) {
  write_req* w = (write_req*)req;
  eddy_runtime* rt = w->h->rt;
  if (status == 0) w->h->bytes_written += w->size;
  if (w->keep) JSValueUnprotect(rt->ctx, w->keep);
  free(w->owned);
  JSValueRef args[1] = {JSValueMakeNumber(rt->ctx, status)};
  JSObjectRef req_obj = w->req_obj;
  free(w);
  eddy_req_complete(rt, req_obj, 1, args);
}

/* Writes as much of bufs as the kernel takes now, when nothing is queued before
 * them (node writes then too, with no request and no callback when the kernel takes
 * everything). Advances bufs/nbufs past what was written and returns the bytes left
 * (0: all written), or a negative libuv error. */
static ssize_t write_now(eddy_handle* h, uv_buf_t** bufs, unsigned* nbufs, size_t total) {
  if (uv_stream_get_write_queue_size(&h->u.stream) != 0) return (ssize_t)total;
  int n = uv_try_write(&h->u.stream, *bufs, *nbufs);
  if (n == UV_EAGAIN || n == UV_ENOSYS) return (ssize_t)total;
  if (n < 0) return n;
  h->bytes_written += (size_t)n;
  size_t skip = (size_t)n;
  while (*nbufs > 0 && skip >= (*bufs)->len) {
    skip -= (*bufs)->len;
    (*bufs)++;
    (*nbufs)--;
  }
  if (skip > 0) {
    (*bufs)->base += skip;
    (*bufs)->len -= skip;
  }
  return (ssize_t)(total - (size_t)n);
}

/* Queues bufs (total bytes) as one uv_write: req_obj's oncomplete runs when it is
 * done. owned is freed then (or now, on error); keep is protected until then. */
static int queue_write(JSContextRef ctx, eddy_handle* h, JSObjectRef req_obj, uv_buf_t* bufs,
                       unsigned nbufs, size_t total, JSValueRef keep, char* owned) {
  write_req* w = eddy_calloc(1, sizeof(*w));
  w->h = h;
  w->size = total;
  w->owned = owned;
  int err = uv_write(&w->req, &h->u.stream, bufs, nbufs, stream_on_write);
  if (err) {
    free(owned);
    free(w);
    return err;
  }
  w->req_obj = eddy_protect_object(ctx, req_obj);
  if (keep) {
    w->keep = keep;
    JSValueProtect(ctx, keep);
  }
  return 1;
}

static size_t total_of(const uv_buf_t* bufs, unsigned nbufs) {
  size_t total = 0;
  for (unsigned i = 0; i < nbufs; i++) total += bufs[i].len;
  return total;
}

/* Writes bufs: what the kernel takes now, the rest queued. Returns 0 when all was
 * written, 1 when some is queued, or a negative libuv error. owned is freed here or
 * on completion; keep is protected while the write is queued. */
static int do_write(JSContextRef ctx, eddy_handle* h, JSObjectRef req_obj, uv_buf_t* bufs,
                    unsigned nbufs, JSValueRef keep, char* owned) {
  size_t total = total_of(bufs, nbufs);
  ssize_t left = usable(h) ? (total ? write_now(h, &bufs, &nbufs, total) : 0) : UV_EBADF;
  if (left <= 0) {
    free(owned);
    return (int)left;
  }
  return queue_write(ctx, h, req_obj, bufs, nbufs, (size_t)left, keep, owned);
}

/* do_write for bytes that are only lent for this call (an engine string's own
 * memory): what the kernel does not take now is copied before it is queued. */
static int write_lent(JSContextRef ctx, eddy_handle* h, JSObjectRef req_obj, uv_buf_t buf) {
  uv_buf_t* bufs = &buf;
  unsigned nbufs = 1;
  ssize_t left = usable(h) ? (buf.len ? write_now(h, &bufs, &nbufs, buf.len) : 0) : UV_EBADF;
  if (left <= 0) return (int)left;
  char* owned = eddy_malloc((size_t)left);
  memcpy(owned, bufs->base, (size_t)left);
  uv_buf_t copy = uv_buf_init(owned, (unsigned)left);
  return queue_write(ctx, h, req_obj, &copy, 1, (size_t)left, NULL, owned);
}

/* Encodes a JS string to UTF-8 or Latin-1 into a malloc'd block. */
static char* encode_string(const eddy_string_view* s, bool latin1, size_t* len) {
  size_t cap = latin1 ? s->len : eddy_string_view_utf8_length(s);
  char* out = eddy_malloc(cap ? cap : 1);
  *len = latin1 ? eddy_string_view_latin1(s, (uint8_t*)out, cap)
                : eddy_string_view_utf8(s, (uint8_t*)out, cap, NULL);
  return out;
}

static EDDY_JS_FN(stream_write_buffer) {
  (void)function, (void)exception;
  eddy_handle* h = eddy_handle_of_self(ctx, self, exception);
  if (!h) return NULL;
  JSObjectRef req = (JSObjectRef)eddy_js_arg(ctx, argc, argv, 0);
  JSValueRef view = eddy_js_arg(ctx, argc, argv, 1);
  size_t len = 0;
  uint8_t* bytes = eddy_js_bytes(ctx, view, &len);
  uv_buf_t buf = uv_buf_init((char*)bytes, (unsigned)len);
  return JSValueMakeNumber(ctx, do_write(ctx, h, req, &buf, 1, view, NULL));
}

/* A string stored 8-bit is its own Latin-1, and its own UTF-8 when it is ASCII (as
 * response heads and most bodies are): those bytes are written as they are, with no
 * encoding pass and no copy unless some must wait in the queue. */
static JSValueRef write_string(JSContextRef ctx, JSObjectRef self, size_t argc,
                               const JSValueRef argv[], bool latin1, JSValueRef* exception) {
  eddy_handle* h = eddy_handle_of_self(ctx, self, exception);
  if (!h) return NULL;
  JSObjectRef req = (JSObjectRef)eddy_js_arg(ctx, argc, argv, 0);
  eddy_string_view s;
  CHECK(eddy_string_view_open(ctx, eddy_js_arg(ctx, argc, argv, 1), &s,
                              NULL)); /* lib/ passes a string */
  int r;
  if (s.latin1 && (latin1 || eddy_is_ascii(s.latin1, s.len))) {
    r = write_lent(ctx, h, req, uv_buf_init((char*)s.latin1, (unsigned)s.len));
  } else {
    size_t len = 0;
    char* owned = encode_string(&s, latin1, &len);
    uv_buf_t buf = uv_buf_init(owned, (unsigned)len);
    r = do_write(ctx, h, req, &buf, 1, NULL, owned);
  }
  eddy_string_view_close(&s);
  return JSValueMakeNumber(ctx, r);
}

static EDDY_JS_FN(stream_write_utf8) {
  (void)function, (void)exception;
  return write_string(ctx, self, argc, argv, false, exception);
}

static EDDY_JS_FN(stream_write_latin1) {
  (void)function, (void)exception;
  return write_string(ctx, self, argc, argv, true, exception);
}

/* writev(req, chunks): views are written in place (the array is kept alive while
 * queued); strings are UTF-8 encoded into one block. All of it is one uv_write. */
static EDDY_JS_FN(stream_writev) {
  (void)function, (void)exception;
  eddy_handle* h = eddy_handle_of_self(ctx, self, exception);
  if (!h) return NULL;
  JSObjectRef req = (JSObjectRef)eddy_js_arg(ctx, argc, argv, 0);
  JSObjectRef chunks = (JSObjectRef)eddy_js_arg(ctx, argc, argv, 1);
  unsigned n = (unsigned)eddy_js_length(ctx, chunks);
  uv_buf_t small[16];
  uv_buf_t* bufs = n <= 16 ? small : eddy_malloc(n * sizeof(uv_buf_t));
  /* First pass: views in place, strings measured; second: strings encoded. */
  size_t string_bytes = 0;
  JSValueRef* values = eddy_malloc((n ? n : 1) * sizeof(JSValueRef));
  for (unsigned i = 0; i < n; i++) {
    values[i] = JSObjectGetPropertyAtIndex(ctx, chunks, i, NULL);
    if (JSValueIsString(ctx, values[i])) {
      eddy_string_view s;
      CHECK(eddy_string_view_open(ctx, values[i], &s, NULL));
      string_bytes += eddy_string_view_utf8_length(&s);
      eddy_string_view_close(&s);
      bufs[i] = uv_buf_init(NULL, 0);
    } else {
      size_t len = 0;
      uint8_t* bytes = eddy_js_bytes(ctx, values[i], &len);
      bufs[i] = uv_buf_init((char*)bytes, (unsigned)len);
    }
  }
  char* owned = NULL;
  if (string_bytes > 0) {
    owned = eddy_malloc(string_bytes);
    size_t at = 0;
    for (unsigned i = 0; i < n; i++) {
      if (!JSValueIsString(ctx, values[i])) continue;
      eddy_string_view s;
      CHECK(eddy_string_view_open(ctx, values[i], &s, NULL));
      size_t wrote = eddy_string_view_utf8(&s, (uint8_t*)owned + at, string_bytes - at, NULL);
      eddy_string_view_close(&s);
      bufs[i] = uv_buf_init(owned + at, (unsigned)wrote);
      at += wrote;
    }
  }
  free(values);
  int r = do_write(ctx, h, req, bufs, n, chunks, owned);
  if (bufs != small) free(bufs);
  return JSValueMakeNumber(ctx, r);
}

/* shutdown(req) */
typedef struct shutdown_req {
  uv_shutdown_t req;
  eddy_handle* h;
  JSObjectRef req_obj;
} shutdown_req;

static void stream_on_shutdown(uv_shutdown_t* req, int status) {
  shutdown_req* s = (shutdown_req*)req;
  eddy_runtime* rt = s->h->rt;
  JSObjectRef req_obj = s->req_obj;
  free(s);
  JSValueRef args[1] = {JSValueMakeNumber(rt->ctx, status)};
  eddy_req_complete(rt, req_obj, 1, args);
}

static EDDY_JS_FN(stream_shutdown) {
  (void)function, (void)exception;
  eddy_handle* h = eddy_handle_of_self(ctx, self, exception);
  if (!h) return NULL;
  if (!usable(h)) return JSValueMakeNumber(ctx, UV_EBADF);
  shutdown_req* s = eddy_calloc(1, sizeof(*s));
  s->h = h;
  int err = uv_shutdown(&s->req, &h->u.stream, stream_on_shutdown);
  if (err) {
    free(s);
    return JSValueMakeNumber(ctx, err);
  }
  s->req_obj = eddy_protect_object(ctx, eddy_js_arg(ctx, argc, argv, 0));
  return JSValueMakeNumber(ctx, 0);
}

static EDDY_JS_FN(stream_set_blocking) {
  (void)function, (void)exception;
  eddy_handle* h = eddy_handle_of_self(ctx, self, exception);
  if (!h) return NULL;
  if (!usable(h)) return JSValueMakeNumber(ctx, UV_EBADF);
  int err =
      uv_stream_set_blocking(&h->u.stream, JSValueToBoolean(ctx, eddy_js_arg(ctx, argc, argv, 0)));
  return JSValueMakeNumber(ctx, err);
}

static JSValueRef stream_get_write_queue_size(JSContextRef ctx, JSObjectRef self, JSStringRef name,
                                              JSValueRef* exception) {
  (void)name, (void)exception;
  eddy_handle* h = JSObjectGetPrivate(self);
  if (!h || !usable(h)) return JSValueMakeNumber(ctx, 0);
  return JSValueMakeNumber(ctx, (double)uv_stream_get_write_queue_size(&h->u.stream));
}

static JSValueRef stream_get_bytes_read(JSContextRef ctx, JSObjectRef self, JSStringRef name,
                                        JSValueRef* exception) {
  (void)name, (void)exception;
  eddy_handle* h = JSObjectGetPrivate(self);
  return JSValueMakeNumber(ctx, h ? (double)h->bytes_read : 0);
}

static JSValueRef stream_get_bytes_written(JSContextRef ctx, JSObjectRef self, JSStringRef name,
                                           JSValueRef* exception) {
  (void)name, (void)exception;
  eddy_handle* h = JSObjectGetPrivate(self);
  return JSValueMakeNumber(ctx, h ? (double)h->bytes_written : 0);
}

/* --- classes -------------------------------------------------------------------- */

static const JSStaticFunction handle_functions[] = {
    {"close", handle_close, kJSPropertyAttributeDontEnum},
    {"ref", handle_ref, kJSPropertyAttributeDontEnum},
    {"unref", handle_unref, kJSPropertyAttributeDontEnum},
    {"hasRef", handle_has_ref, kJSPropertyAttributeDontEnum},
    {NULL, NULL, 0},
};

static const JSStaticValue handle_values[] = {
    {"fd", handle_get_fd, NULL, kJSPropertyAttributeReadOnly | kJSPropertyAttributeDontEnum},
    {"onread", handle_get_callback, handle_set_callback, kJSPropertyAttributeDontEnum},
    {"onconnection", handle_get_callback, handle_set_callback, kJSPropertyAttributeDontEnum},
    {"onmessage", handle_get_callback, handle_set_callback, kJSPropertyAttributeDontEnum},
    {NULL, NULL, NULL, 0},
};

static const JSStaticFunction stream_functions[] = {
    {"readStart", stream_read_start, kJSPropertyAttributeDontEnum},
    {"readStop", stream_read_stop, kJSPropertyAttributeDontEnum},
    {"writeBuffer", stream_write_buffer, kJSPropertyAttributeDontEnum},
    {"writeUtf8String", stream_write_utf8, kJSPropertyAttributeDontEnum},
    {"writeLatin1String", stream_write_latin1, kJSPropertyAttributeDontEnum},
    {"writev", stream_writev, kJSPropertyAttributeDontEnum},
    {"shutdown", stream_shutdown, kJSPropertyAttributeDontEnum},
    {"setBlocking", stream_set_blocking, kJSPropertyAttributeDontEnum},
    {NULL, NULL, 0},
};

static const JSStaticValue stream_values[] = {
    {"writeQueueSize", stream_get_write_queue_size, NULL,
     kJSPropertyAttributeReadOnly | kJSPropertyAttributeDontEnum},
    {"bytesRead", stream_get_bytes_read, NULL,
     kJSPropertyAttributeReadOnly | kJSPropertyAttributeDontEnum},
    {"bytesWritten", stream_get_bytes_written, NULL,
     kJSPropertyAttributeReadOnly | kJSPropertyAttributeDontEnum},
    {NULL, NULL, NULL, 0},
};

JSClassRef eddy_handle_base_class(void) {
  static _Atomic(JSClassRef) cls;
  if (!cls) {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "HandleWrap";
    def.staticFunctions = handle_functions;
    def.staticValues = handle_values;
    def.finalize = handle_finalize;
    eddy_js_class_publish(&cls, JSClassCreate(&def));
  }
  return cls;
}

JSClassRef eddy_stream_class(void) {
  static _Atomic(JSClassRef) cls;
  if (!cls) {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "LibuvStreamWrap";
    def.parentClass = eddy_handle_base_class();
    def.staticFunctions = stream_functions;
    def.staticValues = stream_values;
    eddy_js_class_publish(&cls, JSClassCreate(&def));
  }
  return cls;
}

JSClassRef eddy_byte_source_class(void) {
  static _Atomic(JSClassRef) cls;
  if (!cls) {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "ByteSource";
    eddy_js_class_publish(&cls, JSClassCreate(&def));
  }
  return cls;
}

eddy_byte_source* eddy_byte_source_of(JSContextRef ctx, JSValueRef v) {
  if (!JSValueIsObjectOfClass(ctx, v, eddy_byte_source_class())) return NULL;
  return JSObjectGetPrivate((JSObjectRef)v);
}

JSClassRef eddy_handle_make_class(const char* name, JSClassRef parent,
                                  const JSStaticFunction* functions) {
  JSClassDefinition def = kJSClassDefinitionEmpty;
  def.className = name;
  def.parentClass = parent ? parent : eddy_handle_base_class();
  def.staticFunctions = functions;
  return JSClassCreate(&def);
}

/* --- addresses ------------------------------------------------------------------ */

int eddy_sockaddr_to_js(JSContextRef ctx, const struct sockaddr* addr, JSObjectRef out) {
  char ip[INET6_ADDRSTRLEN];
  int port;
  const char* family;
  if (addr->sa_family == AF_INET) {
    const struct sockaddr_in* a4 = (const struct sockaddr_in*)addr;
    uv_ip4_name(a4, ip, sizeof(ip));
    port = ntohs(a4->sin_port);
    family = "IPv4";
  } else if (addr->sa_family == AF_INET6) {
    const struct sockaddr_in6* a6 = (const struct sockaddr_in6*)addr;
    uv_ip6_name(a6, ip, sizeof(ip));
    port = ntohs(a6->sin6_port);
    family = "IPv6";
  } else {
    return UV_EAFNOSUPPORT;
  }
  eddy_js_set_cstr(ctx, out, "address", ip);
  eddy_js_set_cstr(ctx, out, "family", family);
  eddy_js_set_number(ctx, out, "port", port);
  return 0;
}

/* --- the binding ---------------------------------------------------------------- */

/* The hot operations as plain functions, handle first (see stream_wrap.h for why). */
#define EDDY_HANDLE_FIRST(name, method)                                                           \
  static EDDY_JS_FN(name) {                                                                       \
    JSValueRef handle = eddy_js_arg(ctx, argc, argv, 0);                                          \
    CHECK(JSValueIsObject(ctx, handle));                                                          \
    return method(ctx, function, (JSObjectRef)handle, argc ? argc - 1 : 0, argv + (argc ? 1 : 0), \
                  exception);                                                                     \
  }
EDDY_HANDLE_FIRST(fast_read_start, stream_read_start)
EDDY_HANDLE_FIRST(fast_read_stop, stream_read_stop)
EDDY_HANDLE_FIRST(fast_write_buffer, stream_write_buffer)
EDDY_HANDLE_FIRST(fast_write_utf8, stream_write_utf8)
EDDY_HANDLE_FIRST(fast_write_latin1, stream_write_latin1)
EDDY_HANDLE_FIRST(fast_writev, stream_writev)
#undef EDDY_HANDLE_FIRST

/* setOnread(handle, fn, owner): the read callback, called with this = owner. */
static EDDY_JS_FN(fast_set_onread) {
  (void)function, (void)self, (void)exception;
  JSValueRef handle = eddy_js_arg(ctx, argc, argv, 0);
  JSValueRef owner = eddy_js_arg(ctx, argc, argv, 2);
  CHECK(JSValueIsObject(ctx, handle) && JSValueIsObject(ctx, owner));
  eddy_handle* h = eddy_handle_of(ctx, (JSObjectRef)handle);
  if (!(h->flags & EDDY_HANDLE_CLOSED))
    set_callback(ctx, h, eddy_js_arg(ctx, argc, argv, 1), (JSObjectRef)owner);
  return JSValueMakeUndefined(ctx);
}

JSObjectRef eddy_binding_stream_wrap_init(eddy_runtime* rt, JSContextRef ctx) {
  (void)rt;
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  eddy_js_set_fn(ctx, b, "readStart", fast_read_start);
  eddy_js_set_fn(ctx, b, "readStop", fast_read_stop);
  eddy_js_set_fn(ctx, b, "writeBuffer", fast_write_buffer);
  eddy_js_set_fn(ctx, b, "writeUtf8String", fast_write_utf8);
  eddy_js_set_fn(ctx, b, "writeLatin1String", fast_write_latin1);
  eddy_js_set_fn(ctx, b, "writev", fast_writev);
  eddy_js_set_fn(ctx, b, "setOnread", fast_set_onread);
  eddy_js_set_number(ctx, b, "UV_EOF", UV_EOF);
  eddy_js_set_number(ctx, b, "UV_EAGAIN", UV_EAGAIN);
  eddy_js_set_number(ctx, b, "UV_ECONNRESET", UV_ECONNRESET);
  eddy_js_set_number(ctx, b, "UV_EBADF", UV_EBADF);
  eddy_js_set_number(ctx, b, "UV_ENOTCONN", UV_ENOTCONN);
  eddy_js_set_number(ctx, b, "UV_ECANCELED", UV_ECANCELED);
  return b;
}
