/* internalBinding('fs'): file system calls. Each returns its raw result, or a
 * negative errno (libuv's UV_E*) that lib/ turns into node's error. This file holds
 * the few synchronous helpers the module loader and stdio use, and the binding's
 * init; the syscalls themselves are in fs_ops.c, fs_file.c and fs_watch.c. */
#include "fs.h"

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

/* internalModuleLinkStat(path): as internalModuleStat, plus 2 when the path itself
 * is a symbolic link. The ES module resolver needs a module's real path: when the
 * file is no link, the (cached) real path of its directory gives it without a
 * realpath() of the whole path, which reads every component's link. */
static EDDY_JS_FN(fs_internal_module_link_stat) {
  (void)function, (void)self;
  char* path = path_arg(ctx, argc, argv, 0, exception);
  if (!path) return NULL;
  struct stat st;
  int link = 0;
  int r = lstat(path, &st);
  if (r == 0 && S_ISLNK(st.st_mode)) {
    link = 2;
    r = stat(path, &st);
  }
  free(path);
  if (r) return JSValueMakeNumber(ctx, -errno);
  return JSValueMakeNumber(ctx, (S_ISDIR(st.st_mode) ? 1 : 0) | link);
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

/* setCompletion(fn): the function each finished request is called through (fs.h). */
static EDDY_JS_FN(fs_set_completion) {
  (void)function, (void)self, (void)exception;
  eddy_fs_state* s = eddy_runtime_from(ctx)->binding_state[EDDY_BINDING_fs];
  JSValueRef fn = eddy_js_arg(ctx, argc, argv, 0);
  CHECK(JSValueIsObject(ctx, fn) && JSObjectIsFunction(ctx, (JSObjectRef)fn));
  if (s->complete) JSValueUnprotect(ctx, s->complete);
  JSValueProtect(ctx, fn);
  s->complete = (JSObjectRef)fn;
  return JSValueMakeUndefined(ctx);
}

static void fs_dispose(eddy_runtime* rt) {
  eddy_fs_state* s = rt->binding_state[EDDY_BINDING_fs];
  if (s->complete) JSValueUnprotect(rt->ctx, s->complete);
  JSValueUnprotect(rt->ctx, s->stat_array);
  JSValueUnprotect(rt->ctx, s->read_scratch_array);
  free(s);
  rt->binding_state[EDDY_BINDING_fs] = NULL;
}

JSObjectRef eddy_binding_fs_init(eddy_runtime* rt, JSContextRef ctx) {
  eddy_fs_state* s = eddy_calloc(1, sizeof(*s));
  rt->binding_state[EDDY_BINDING_fs] = s;
  rt->binding_dispose[EDDY_BINDING_fs] = fs_dispose;
  s->stat_array = JSObjectMakeTypedArray(ctx, kJSTypedArrayTypeFloat64Array, 18, NULL);
  JSValueProtect(ctx, s->stat_array);
  size_t len = 0;
  s->stat_values = (double*)eddy_js_bytes(ctx, s->stat_array, &len);
  CHECK(s->stat_values && len == 18 * sizeof(double));
  s->read_scratch_array =
      JSObjectMakeTypedArray(ctx, kJSTypedArrayTypeUint8Array, EDDY_FS_READ_SCRATCH, NULL);
  JSValueProtect(ctx, s->read_scratch_array);
  s->read_scratch = eddy_js_bytes(ctx, s->read_scratch_array, &len);
  CHECK(s->read_scratch && len == EDDY_FS_READ_SCRATCH);
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  eddy_js_set(ctx, b, "statValues", s->stat_array);
  eddy_js_set(ctx, b, "readScratch", s->read_scratch_array);
  eddy__fs_ops_register(rt, ctx, b);
  eddy__fs_file_register(rt, ctx, b);
  eddy__fs_listing_register(rt, ctx, b);
  eddy__fs_watch_register(rt, ctx, b);
  eddy_js_set_fn(ctx, b, "internalModuleStat", fs_internal_module_stat);
  eddy_js_set_fn(ctx, b, "internalModuleLinkStat", fs_internal_module_link_stat);
  eddy_js_set_fn(ctx, b, "writeString", fs_write_string);
  eddy_js_set_fn(ctx, b, "writeBuffer", fs_write_buffer);
  eddy_js_set_fn(ctx, b, "setCompletion", fs_set_completion);
  return b;
}
