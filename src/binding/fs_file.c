/* readFile(pathOrFd, flags, kind, req, scratch): a whole file in one native call —
 * open, size, read to the end, close — on the thread pool when req is given, else
 * right here. kind 0 gives an ArrayBuffer, 1 a string decoded as UTF-8, 2 one
 * decoded as Latin-1. One crossing per file is what makes small-file loops fast.
 * A synchronous call with `scratch` true reads a file that fits into the binding's
 * readScratch array instead: kind 0 then returns the byte count (lib/ copies them
 * into a pooled Buffer, as node's readFileSync allocates), and strings are made
 * from it, so a small file costs no allocation besides its result. */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../runtime/trace_agent.h"
#include "../util/check.h"
#include "../util/js_string.h"
#include "fs.h"

typedef struct file_read {
  uv_work_t work;
  eddy_runtime* rt;
  JSObjectRef js; /* the request (its caller keeps it alive: fs.h) */
  char* path;     /* NULL when reading fd */
  int fd;
  int flags;
  int kind;
  int err;          /* 0 or a negative errno */
  uint8_t* scratch; /* the binding's readScratch bytes, or NULL */
  uint8_t* data;    /* malloc'd, or scratch */
  size_t len;
} file_read;

/* Reads the whole of fd into a malloc'd buffer, or into `scratch` (scratch_cap
 * bytes; NULL for none) while it fits; 0 or a negative errno. Waits out EAGAIN on
 * a non-blocking descriptor (stdin shared with a parent). */
static int read_all(int fd, const struct stat* st, uint8_t** out, size_t* out_len, uint8_t* scratch,
                    size_t scratch_cap) {
  size_t cap = 8192, len = 0, expected = 0;
  if (st) {
    if (S_ISDIR(st->st_mode)) return UV_EISDIR;
    /* Over node's kIoMaxLength: refused unread (lib/ reports ERR_FS_FILE_TOO_LARGE). */
    if (S_ISREG(st->st_mode) && st->st_size > INT32_MAX) return UV_EFBIG;
    if (S_ISREG(st->st_mode) && st->st_size > 0) cap = expected = (size_t)st->st_size;
  }
  cap += 1; /* room for the NUL that text_from_bytes may add */
  uint8_t* buf;
  if (scratch && cap <= scratch_cap) {
    buf = scratch;
    cap = scratch_cap;
  } else {
    buf = eddy_malloc(cap);
  }
  for (;;) {
    if (len + 1 >= cap) {
      if (buf == scratch) {
        /* Grew past the scratch (a file still being written): go on in memory of our own. */
        buf = memcpy(eddy_malloc(cap * 2), scratch, len);
        cap *= 2;
      } else {
        buf = eddy_realloc(buf, cap *= 2);
      }
    }
    ssize_t n = read(fd, buf + len, cap - len);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && errno == EAGAIN) {
      struct pollfd p = {.fd = fd, .events = POLLIN};
      poll(&p, 1, -1);
      continue;
    }
    if (n < 0) {
      int err = -errno;
      if (buf != scratch) free(buf);
      return err;
    }
    if (n == 0) break;
    len += (size_t)n;
    /* A regular file read to its size is done (node stops there too): saves the
     * read that would return 0. */
    if (expected && len == expected) break;
  }
  *out = buf;
  *out_len = len;
  return 0;
}

/* One syscall of the fused read in the trace, from start_us to now: a node.fs.sync
 * span, or for a request the node.fs.async span node's separate requests make. */
static void file_read_trace(const file_read* f, uv_fs_type type, uint64_t start_us) {
  if (start_us == 0) return;
  if (!f->js) {
    eddy_fs_trace_sync(type, start_us);
    return;
  }
  eddy_fs_trace_async('b', type, f, start_us);
  eddy_fs_trace_async('e', type, f, eddy_trace_now());
}

static void file_read_run(file_read* f) {
  int fd = f->fd;
  uint64_t t = eddy_trace_start();
  if (f->path) {
    fd = open(f->path, f->flags | O_CLOEXEC, 0666);
    file_read_trace(f, UV_FS_OPEN, t);
    if (fd < 0) {
      f->err = -errno;
      return;
    }
  }
  t = eddy_trace_start();
  struct stat st;
  bool sized = fstat(fd, &st) == 0;
  file_read_trace(f, UV_FS_FSTAT, t);
  t = eddy_trace_start();
  f->err = read_all(fd, sized ? &st : NULL, &f->data, &f->len, f->scratch, EDDY_FS_READ_SCRATCH);
  file_read_trace(f, UV_FS_READ, t);
  if (f->path) {
    t = eddy_trace_start();
    close(fd);
    file_read_trace(f, UV_FS_CLOSE, t);
  }
}

/* Text from UTF-8 bytes (one spare byte past len). ASCII is widened here to the
 * UTF-16 units the engine copies from: measured cheaper than handing JSC UTF-8. */
static JSValueRef text_from_bytes(JSContextRef ctx, uint8_t* data, size_t len) {
  return eddy_js_utf8(ctx, (const char*)data, len);
}

/* Frees the bytes read unless they are in the scratch. */
static void file_read_release(file_read* f) {
  if (f->data != f->scratch) free(f->data);
  f->data = NULL;
}

/* The JS value of a finished read; takes ownership of f->data. */
static JSValueRef file_read_value(JSContextRef ctx, file_read* f) {
  if (f->err) return JSValueMakeNumber(ctx, f->err);
  JSValueRef v;
  if (f->kind == 1) {
    v = text_from_bytes(ctx, f->data, f->len);
  } else if (f->kind == 2) {
    v = eddy_js_latin1(ctx, f->data, f->len);
  } else if (f->data == f->scratch) {
    v = JSValueMakeNumber(ctx, (double)f->len); /* lib/ copies them out */
  } else {
    /* An ArrayBuffer: lib/ wraps it in a Buffer (one view, not two). */
    JSObjectRef ab = JSObjectMakeArrayBufferWithBytesNoCopy(ctx, f->data, f->len,
                                                            eddy_js_free_bytes, NULL, NULL);
    f->data = NULL;
    return ab;
  }
  file_read_release(f);
  return v;
}

static void file_read_on_work(uv_work_t* w) { file_read_run((file_read*)w); }

static void file_read_on_done(uv_work_t* w, int status) {
  file_read* f = (file_read*)w;
  eddy_runtime* rt = f->rt;
  JSContextRef ctx = rt->ctx;
  if (status < 0) f->err = status;
  if (!rt->exiting) eddy_fs_req_complete(rt, f->js, file_read_value(ctx, f));
  free(f->data);
  free(f->path);
  free(f);
}

static EDDY_JS_FN(fs_read_file) {
  (void)function, (void)self;
  JSValueRef target = eddy_js_arg(ctx, argc, argv, 0);
  JSValueRef jsreq = eddy_js_arg(ctx, argc, argv, 3);
  file_read local;
  bool async = JSValueIsObject(ctx, jsreq);
  file_read* f = async ? eddy_calloc(1, sizeof(*f)) : memset(&local, 0, sizeof(local));
  f->flags = (int)eddy_js_arg_int(ctx, argc, argv, 1);
  f->kind = (int)eddy_js_arg_int(ctx, argc, argv, 2);
  /* A synchronous read's path needs no allocation of its own. */
  char path_stack[1024];
  if (JSValueIsNumber(ctx, target)) {
    f->fd = (int)JSValueToNumber(ctx, target, NULL);
  } else {
    f->path = async ? eddy_fs_path(ctx, argc, argv, 0, exception)
                    : eddy_fs_path_in(ctx, argc, argv, 0, path_stack, sizeof path_stack, exception);
    if (!f->path) {
      if (async) free(f);
      return NULL;
    }
  }
  if (!async) {
    if (JSValueToBoolean(ctx, eddy_js_arg(ctx, argc, argv, 4))) {
      f->scratch =
          ((eddy_fs_state*)eddy_runtime_from(ctx)->binding_state[EDDY_BINDING_fs])->read_scratch;
    }
    file_read_run(f);
    if (f->path != path_stack) free(f->path);
    JSValueRef v = file_read_value(ctx, f);
    file_read_release(f);
    return v;
  }
  f->rt = eddy_runtime_from(ctx);
  f->js = (JSObjectRef)jsreq;
  int err = uv_queue_work(&f->rt->loop, &f->work, file_read_on_work, file_read_on_done);
  if (err < 0) {
    free(f->path);
    free(f);
    return JSValueMakeNumber(ctx, err);
  }
  /* The caller keeps the request reachable until it completes (fs.h). */
  return JSValueMakeUndefined(ctx);
}

/* readFileUtf8(pathOrFd): the loader's synchronous text read (BOM kept, invalid
 * UTF-8 replaced), or a negative errno. */
static EDDY_JS_FN(fs_read_file_utf8) {
  (void)function, (void)self;
  JSValueRef target = eddy_js_arg(ctx, argc, argv, 0);
  file_read f = {.kind = 1, .flags = O_RDONLY};
  if (JSValueIsNumber(ctx, target)) {
    f.fd = (int)JSValueToNumber(ctx, target, NULL);
  } else {
    f.path = eddy_fs_path(ctx, argc, argv, 0, exception);
    if (!f.path) return NULL;
  }
  file_read_run(&f);
  free(f.path);
  JSValueRef v = file_read_value(ctx, &f);
  free(f.data);
  return v;
}

/* utf8Bytes(string): the string's UTF-8 bytes as a Uint8Array (fs encodes paths and
 * data without depending on Buffer or TextEncoder being loaded). */
static EDDY_JS_FN(fs_utf8_bytes) {
  (void)function, (void)self;
  size_t len = 0;
  char* s = eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 0), &len, exception);
  if (!s) return NULL;
  JSObjectRef ab =
      JSObjectMakeArrayBufferWithBytesNoCopy(ctx, s, len, eddy_js_free_bytes, NULL, NULL);
  return JSObjectMakeTypedArrayWithArrayBuffer(ctx, kJSTypedArrayTypeUint8Array, ab, NULL);
}

/* decodeBytes(view, latin1): the bytes as a string, UTF-8 (WHATWG) or Latin-1. */
static EDDY_JS_FN(fs_decode_bytes) {
  (void)function, (void)self, (void)exception;
  size_t len = 0;
  uint8_t* p = eddy_js_bytes(ctx, eddy_js_arg(ctx, argc, argv, 0), &len);
  if (JSValueToBoolean(ctx, eddy_js_arg(ctx, argc, argv, 1))) return eddy_js_latin1(ctx, p, len);
  return eddy_js_utf8(ctx, (const char*)p, len);
}

/* Writes all of len bytes to fd (a regular file: no EAGAIN); 0 or a negative errno. */
static int write_fully(int fd, const uint8_t* p, size_t len) {
  while (len > 0) {
    ssize_t n = write(fd, p, len);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return -errno;
    p += n;
    len -= (size_t)n;
  }
  return 0;
}

/* writeFileSync(path, data, flags, mode): open, write all of data (a string, as
 * UTF-8, or a Uint8Array), close, in one native call. undefined when done; a
 * negative errno when open failed; [errno, syscall] when a later step failed
 * (lib/ names the path only for open, as node does). A string is encoded straight
 * from the engine's characters, without a Buffer in between. */
static EDDY_JS_FN(fs_write_file_sync) {
  (void)function, (void)self;
  JSValueRef data = eddy_js_arg(ctx, argc, argv, 1);
  eddy_string_view view = {0};
  uint8_t stack[16384];
  uint8_t* bytes;
  uint8_t* heap = NULL;
  size_t len = 0;
  if (JSValueIsString(ctx, data)) {
    if (!eddy_string_view_open(ctx, data, &view, exception)) return NULL;
    size_t cap = eddy_string_view_utf8_length(&view);
    bytes = cap <= sizeof stack ? stack : (heap = eddy_malloc(cap));
    len = eddy_string_view_utf8(&view, bytes, cap, NULL);
    eddy_string_view_close(&view);
  } else {
    bytes = eddy_js_bytes(ctx, data, &len);
  }
  char* path = eddy_fs_path(ctx, argc, argv, 0, exception);
  if (!path) {
    free(heap);
    return NULL;
  }
  int flags = (int)eddy_js_arg_int(ctx, argc, argv, 2);
  int mode = (int)eddy_js_arg_int(ctx, argc, argv, 3);
  uint64_t t = eddy_trace_start();
  int fd = open(path, flags | O_CLOEXEC, mode);
  eddy_fs_trace_sync(UV_FS_OPEN, t);
  free(path);
  if (fd < 0) {
    int err = -errno;
    free(heap);
    return JSValueMakeNumber(ctx, err);
  }
  t = eddy_trace_start();
  int err = write_fully(fd, bytes, len);
  eddy_fs_trace_sync(UV_FS_WRITE, t);
  free(heap);
  const char* syscall = "write";
  t = eddy_trace_start();
  int closed = close(fd);
  int close_errno = errno;
  eddy_fs_trace_sync(UV_FS_CLOSE, t);
  if (closed != 0 && err == 0 && close_errno != EINTR) {
    err = -close_errno;
    syscall = "close";
  }
  if (err == 0) return JSValueMakeUndefined(ctx);
  JSValueRef r[2] = {JSValueMakeNumber(ctx, err), eddy_js_cstr(ctx, syscall)};
  return JSObjectMakeArray(ctx, 2, r, exception);
}

/* The engine's own (undeclared in its public headers, exported) way to count memory
 * a JS object keeps outside the heap towards the next collection. */
extern void JSReportExtraMemoryCost(JSContextRef ctx, size_t size);

void eddy__fs_file_register(eddy_runtime* rt, JSContextRef ctx, JSObjectRef b) {
  (void)rt;
  eddy_js_set_fn(ctx, b, "readFile", fs_read_file);
  eddy_js_set_fn(ctx, b, "readFileUtf8", fs_read_file_utf8);
  eddy_js_set_fn(ctx, b, "writeFileSync", fs_write_file_sync);
  eddy_js_set_fn(ctx, b, "utf8Bytes", fs_utf8_bytes);
  eddy_js_set_fn(ctx, b, "decodeBytes", fs_decode_bytes);
}
