/* internalBinding('fs'): file system calls. Each returns its raw result, or a
 * negative errno (libuv's UV_E*) that lib/ turns into node's error. */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../runtime/runtime.h"
#include "../util/check.h"
#include "../util/js.h"
#include "../util/utf8.h"

static char* path_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i,
                      JSValueRef* exception) {
  return eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, i), NULL, exception);
}

/* internalModuleStat(path): 0 for a file, 1 for a directory, a negative errno else.
 * The module resolver calls it for every candidate path, so it allocates nothing. */
static EDDY_JS_FN(fs_internal_module_stat) {
  (void)function, (void)self;
  char* path = path_arg(ctx, argc, argv, 0, exception);
  if (!path) return NULL;
  struct stat st;
  int r = stat(path, &st);
  free(path);
  if (r) return JSValueMakeNumber(ctx, -errno);
  return JSValueMakeNumber(ctx, S_ISDIR(st.st_mode) ? 1 : 0);
}

/* Reads the whole of fd into a malloc'd buffer. Returns 0 or a negative errno. */
static int read_all(int fd, uint8_t** out, size_t* out_len) {
  size_t cap = 64 * 1024, len = 0;
  struct stat st;
  if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) cap = (size_t)st.st_size + 1;
  uint8_t* buf = eddy_malloc(cap);
  for (;;) {
    if (len == cap) buf = eddy_realloc(buf, cap *= 2);
    ssize_t n = read(fd, buf + len, cap - len);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && errno == EAGAIN) {
      struct pollfd p = {.fd = fd, .events = POLLIN};
      poll(&p, 1, -1);
      continue;
    }
    if (n < 0) {
      int err = -errno;
      free(buf);
      return err;
    }
    if (n == 0) break;
    len += (size_t)n;
  }
  *out = buf;
  *out_len = len;
  return 0;
}

/* readFileUtf8(pathOrFd): the file's text (BOM kept, invalid UTF-8 replaced), or a
 * negative errno. */
static EDDY_JS_FN(fs_read_file_utf8) {
  (void)function, (void)self;
  JSValueRef target = eddy_js_arg(ctx, argc, argv, 0);
  int fd;
  bool close_fd = false;
  if (JSValueIsNumber(ctx, target)) {
    fd = (int)JSValueToNumber(ctx, target, NULL);
  } else {
    char* path = path_arg(ctx, argc, argv, 0, exception);
    if (!path) return NULL;
    fd = open(path, O_RDONLY | O_CLOEXEC);
    free(path);
    if (fd < 0) return JSValueMakeNumber(ctx, -errno);
    close_fd = true;
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
      close(fd);
      return JSValueMakeNumber(ctx, UV_EISDIR);
    }
  }
  uint8_t* data = NULL;
  size_t len = 0;
  int err = read_all(fd, &data, &len);
  if (close_fd) close(fd);
  if (err) return JSValueMakeNumber(ctx, err);
  JSValueRef s = eddy_js_utf8(ctx, (const char*)data, len);
  free(data);
  return s;
}

static EDDY_JS_FN(fs_realpath) {
  (void)function, (void)self;
  char* path = path_arg(ctx, argc, argv, 0, exception);
  if (!path) return NULL;
  char* resolved = realpath(path, NULL);
  int err = resolved ? 0 : -errno;
  free(path);
  if (!resolved) return JSValueMakeNumber(ctx, err);
  JSValueRef v = eddy_js_cstr(ctx, resolved);
  free(resolved);
  return v;
}

/* Writes all of buf to fd, waiting out EAGAIN on non-blocking descriptors (a pipe
 * shared with a parent). Returns bytes written or a negative errno. */
static ssize_t write_all(int fd, const uint8_t* buf, size_t len) {
  size_t done = 0;
  while (done < len) {
    ssize_t n = write(fd, buf + done, len - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && errno == EAGAIN) {
      struct pollfd p = {.fd = fd, .events = POLLOUT};
      poll(&p, 1, -1);
      continue;
    }
    if (n < 0) return -errno;
    done += (size_t)n;
  }
  return (ssize_t)done;
}

/* writeString(fd, string): writes the string as UTF-8, synchronously. */
static EDDY_JS_FN(fs_write_string) {
  (void)function, (void)self;
  int fd = (int)eddy_js_arg_int(ctx, argc, argv, 0);
  size_t len = 0;
  char* s = eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 1), &len, exception);
  if (!s) return NULL;
  ssize_t n = write_all(fd, (const uint8_t*)s, len);
  free(s);
  return JSValueMakeNumber(ctx, (double)n);
}

/* writeBuffer(fd, view, offset, length): writes bytes of a TypedArray synchronously. */
static EDDY_JS_FN(fs_write_buffer) {
  (void)function, (void)self, (void)exception;
  int fd = (int)eddy_js_arg_int(ctx, argc, argv, 0);
  size_t len = 0;
  uint8_t* bytes = eddy_js_bytes(ctx, eddy_js_arg(ctx, argc, argv, 1), &len);
  size_t offset = (size_t)eddy_js_arg_int(ctx, argc, argv, 2);
  size_t length = (size_t)eddy_js_arg_int(ctx, argc, argv, 3);
  CHECK(bytes || len == 0);
  CHECK(offset + length <= len);
  return JSValueMakeNumber(ctx, (double)write_all(fd, bytes + offset, length));
}

JSObjectRef eddy_binding_fs_init(eddy_runtime* rt, JSContextRef ctx) {
  (void)rt;
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  eddy_js_set_fn(ctx, b, "internalModuleStat", fs_internal_module_stat);
  eddy_js_set_fn(ctx, b, "readFileUtf8", fs_read_file_utf8);
  eddy_js_set_fn(ctx, b, "realpath", fs_realpath);
  eddy_js_set_fn(ctx, b, "writeString", fs_write_string);
  eddy_js_set_fn(ctx, b, "writeBuffer", fs_write_buffer);
  return b;
}
