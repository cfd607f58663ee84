/* One native function per file-system syscall. Each takes its arguments as lib/fs
 * validated them, then an optional request object (see fs_req.c): with it the call
 * runs on the thread pool, without it synchronously. Results are raw: numbers,
 * strings, or stat fields written into a caller's Float64Array. */
#define _GNU_SOURCE /* statx */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>

#include "../runtime/trace_agent.h"
#include "../util/check.h"
#include "../util/js_value.h"
#include "../util/js_view.h"
#include "fs.h"

#define ARG(i) eddy_js_arg(ctx, argc, argv, i)
#define INT(i) eddy_js_arg_int(ctx, argc, argv, i)
#define NUM(i) eddy_js_arg_num(ctx, argc, argv, i)

/* Opens a native function body: `req` is the request, `cb` its libuv callback. */
#define BEGIN(req_index, result_fn)                                                 \
  (void)function, (void)self;                                                       \
  eddy_fs_req stack_req;                                                            \
  eddy_fs_req* req = eddy_fs_req_begin(ctx, ARG(req_index), &stack_req, result_fn); \
  uv_fs_cb cb = eddy_fs_req_cb(req);                                                \
  uv_loop_t* loop = &req->rt->loop;                                                 \
  (void)cb, (void)loop

#define PATH(name, i)                                       \
  char* name = eddy_fs_path(ctx, argc, argv, i, exception); \
  if (!name) {                                              \
    if (req != &stack_req) free(req);                       \
    return NULL;                                            \
  }

static JSValueRef result_int(JSContextRef ctx, uv_fs_t* r) {
  /* Called from the loop, where the public API would take the engine's lock. */
  if (r->result >= INT32_MIN && r->result <= INT32_MAX)
    return eddy_jsv_make_int32((int32_t)r->result);
  return JSValueMakeNumber(ctx, (double)r->result);
}

static JSValueRef result_void(JSContextRef ctx, uv_fs_t* r) {
  (void)r;
  return JSValueMakeUndefined(ctx);
}

static JSValueRef result_ptr_string(JSContextRef ctx, uv_fs_t* r) {
  return eddy_js_utf8(ctx, r->ptr, strlen(r->ptr));
}

static JSValueRef result_path_string(JSContextRef ctx, uv_fs_t* r) {
  return eddy_js_utf8(ctx, r->path, strlen(r->path));
}

/* Stat fields in the order lib/internal/fs/utils.js reads them; times as seconds and
 * nanoseconds so BigIntStats can be exact. */
static void fill_stat(double* o, const uv_stat_t* s) {
  o[0] = (double)s->st_dev;
  o[1] = (double)s->st_mode;
  o[2] = (double)s->st_nlink;
  o[3] = (double)s->st_uid;
  o[4] = (double)s->st_gid;
  o[5] = (double)s->st_rdev;
  o[6] = (double)s->st_blksize;
  o[7] = (double)s->st_ino;
  o[8] = (double)s->st_size;
  o[9] = (double)s->st_blocks;
  o[10] = (double)s->st_atim.tv_sec;
  o[11] = (double)s->st_atim.tv_nsec;
  o[12] = (double)s->st_mtim.tv_sec;
  o[13] = (double)s->st_mtim.tv_nsec;
  o[14] = (double)s->st_ctim.tv_sec;
  o[15] = (double)s->st_ctim.tv_nsec;
  o[16] = (double)s->st_birthtim.tv_sec;
  o[17] = (double)s->st_birthtim.tv_nsec;
}

/* Stat results go to the binding's one statValues array, which lib/ reads right
 * after the call returns or its oncomplete starts: no array per call. */
static double* stat_values(eddy_runtime* rt) {
  return ((eddy_fs_state*)rt->binding_state[EDDY_BINDING_fs])->stat_values;
}

static JSValueRef result_stat(JSContextRef ctx, uv_fs_t* r) {
  (void)ctx;
  fill_stat(stat_values(((eddy_fs_req*)r)->rt), &r->statbuf);
  return eddy_jsv_make_int32(0);
}

static JSValueRef result_statfs(JSContextRef ctx, uv_fs_t* r) {
  const uv_statfs_t* s = r->ptr;
  double* o = stat_values(((eddy_fs_req*)r)->rt);
  o[0] = (double)s->f_type;
  o[1] = (double)s->f_bsize;
  o[2] = (double)s->f_blocks;
  o[3] = (double)s->f_bfree;
  o[4] = (double)s->f_bavail;
  o[5] = (double)s->f_files;
  o[6] = (double)s->f_ffree;
  return JSValueMakeNumber(ctx, 0);
}

/* A Dir batch, in the order read (a Dir is not sorted, as in node). */
static JSValueRef dirents_to_js(JSContextRef ctx, uv_dirent_t* ents, size_t n) {
  eddy_fs_listing l;
  eddy__fs_listing_init(&l);
  for (size_t i = 0; i < n; i++)
    eddy__fs_listing_add(&l, ents[i].name, strlen(ents[i].name), (uint8_t)ents[i].type);
  return eddy__fs_listing_value(ctx, &l, true, false);
}

static EDDY_JS_FN(fs_open) {
  BEGIN(3, result_int);
  PATH(path, 0);
  int err = uv_fs_open(loop, &req->uv, path, (int)INT(1), (int)INT(2), cb);
  free(path);
  return eddy_fs_req_end(ctx, req, err);
}

static EDDY_JS_FN(fs_close) {
  BEGIN(1, result_void);
  return eddy_fs_req_end(ctx, req, uv_fs_close(loop, &req->uv, (uv_file)INT(0), cb));
}

/* read(fd, view, offset, length, position, req) and write(...) alike; position -1
 * means the file's current position. */
static JSValueRef read_or_write(JSContextRef ctx, size_t argc, const JSValueRef argv[],
                                eddy_fs_req* req, bool writing) {
  size_t len = 0;
  /* A queued call uses the bytes after JS has run again: they must stay put. */
  uint8_t* bytes =
      req->js ? eddy_js_view_bytes_held(ctx, ARG(1), &len) : eddy_js_view_bytes(ctx, ARG(1), &len);
  size_t off = (size_t)INT(2), n = (size_t)INT(3);
  CHECK(off + n <= len);
  uv_buf_t buf = uv_buf_init((char*)(bytes ? bytes + off : NULL), (unsigned)n);
  int64_t pos = INT(4);
  uv_fs_cb cb = eddy_fs_req_cb(req);
  int err = writing ? uv_fs_write(&req->rt->loop, &req->uv, (uv_file)INT(0), &buf, 1, pos, cb)
                    : uv_fs_read(&req->rt->loop, &req->uv, (uv_file)INT(0), &buf, 1, pos, cb);
  return eddy_fs_req_end(ctx, req, err);
}

static EDDY_JS_FN(fs_read) {
  BEGIN(5, result_int);
  return read_or_write(ctx, argc, argv, req, false);
}

static EDDY_JS_FN(fs_write) {
  BEGIN(5, result_int);
  return read_or_write(ctx, argc, argv, req, true);
}

/* readv/writev(fd, views, position, req): views is an array of Uint8Arrays. */
static JSValueRef vector_io(JSContextRef ctx, size_t argc, const JSValueRef argv[],
                            eddy_fs_req* req, bool writing) {
  JSObjectRef arr = (JSObjectRef)ARG(1);
  size_t n = eddy_js_length(ctx, arr);
  uv_buf_t* bufs = eddy_malloc((n ? n : 1) * sizeof(*bufs));
  for (size_t i = 0; i < n; i++) {
    size_t len = 0;
    uint8_t* p = eddy_js_bytes(ctx, JSObjectGetPropertyAtIndex(ctx, arr, (unsigned)i, NULL), &len);
    bufs[i] = uv_buf_init((char*)p, (unsigned)len);
  }
  uv_fs_cb cb = eddy_fs_req_cb(req);
  uv_file fd = (uv_file)INT(0);
  int64_t pos = INT(2);
  int err = writing ? uv_fs_write(&req->rt->loop, &req->uv, fd, bufs, (unsigned)n, pos, cb)
                    : uv_fs_read(&req->rt->loop, &req->uv, fd, bufs, (unsigned)n, pos, cb);
  free(bufs); /* libuv copied the descriptors; the caller keeps the views alive */
  return eddy_fs_req_end(ctx, req, err);
}

static EDDY_JS_FN(fs_readv) {
  BEGIN(3, result_int);
  return vector_io(ctx, argc, argv, req, false);
}

static EDDY_JS_FN(fs_writev) {
  BEGIN(3, result_int);
  return vector_io(ctx, argc, argv, req, true);
}

/* writeUtf8(fd, string, position, req): the string's UTF-8 bytes. The copy is owned
 * by the request (freed after the call). */
static EDDY_JS_FN(fs_write_utf8) {
  BEGIN(3, result_int);
  size_t len = 0;
  char* s = eddy_js_to_utf8(ctx, ARG(1), &len, exception);
  if (!s) {
    if (req != &stack_req) free(req);
    return NULL;
  }
  if (req->js) req->owned = s; /* the bytes must outlive this call */
  uv_buf_t buf = uv_buf_init(s, (unsigned)len);
  int err = uv_fs_write(loop, &req->uv, (uv_file)INT(0), &buf, 1, INT(2), cb);
  if (!req->js) free(s);
  return eddy_fs_req_end(ctx, req, err);
}

/* A synchronous stat, lstat or fstat made here with statx, as libuv makes it (the
 * same mask and flags, so the same fields, birth time included), into statValues:
 * 0 or a negative errno. uv_fs_stat's request (a 440-byte uv_fs_t cleared per call)
 * and its path copy were a third of statSync's native instructions. UV_ENOSYS when
 * the kernel has no statx: the caller goes through libuv, which falls back. */
static int statx_now(eddy_runtime* rt, uv_fs_type type, int dirfd, const char* path, int flags) {
  struct statx sx;
  uint64_t trace_start = eddy_trace_start();
  int err = statx(dirfd, path, flags | AT_STATX_SYNC_AS_STAT, STATX_BASIC_STATS | STATX_BTIME, &sx)
                ? -errno
                : 0;
  if (err == -ENOSYS) return UV_ENOSYS;
  /* As the libuv path would have: a node.fs.sync span per call while tracing. */
  if (trace_start) eddy_fs_trace_sync(type, trace_start);
  if (err) return err;
  double* o = stat_values(rt);
  o[0] = (double)makedev(sx.stx_dev_major, sx.stx_dev_minor);
  o[1] = sx.stx_mode;
  o[2] = sx.stx_nlink;
  o[3] = sx.stx_uid;
  o[4] = sx.stx_gid;
  o[5] = (double)makedev(sx.stx_rdev_major, sx.stx_rdev_minor);
  o[6] = sx.stx_blksize;
  o[7] = (double)sx.stx_ino;
  o[8] = (double)sx.stx_size;
  o[9] = (double)sx.stx_blocks;
  o[10] = (double)sx.stx_atime.tv_sec;
  o[11] = sx.stx_atime.tv_nsec;
  o[12] = (double)sx.stx_mtime.tv_sec;
  o[13] = sx.stx_mtime.tv_nsec;
  o[14] = (double)sx.stx_ctime.tv_sec;
  o[15] = sx.stx_ctime.tv_nsec;
  o[16] = (double)sx.stx_btime.tv_sec;
  o[17] = sx.stx_btime.tv_nsec;
  return 0;
}

/* stat(path, req) and lstat(path, req): synchronously with statx_now, else (and
 * without statx) through libuv. */
static JSValueRef stat_path(JSContextRef ctx, size_t argc, const JSValueRef argv[],
                            JSValueRef* exception, bool link) {
  JSValueRef jsreq = ARG(1);
  if (!JSValueIsObject(ctx, jsreq)) {
    char stack[1024];
    char* path = eddy_fs_path_in(ctx, argc, argv, 0, stack, sizeof stack, exception);
    if (!path) return NULL;
    int err = statx_now(eddy_runtime_from(ctx), link ? UV_FS_LSTAT : UV_FS_STAT, AT_FDCWD, path,
                        link ? AT_SYMLINK_NOFOLLOW : 0);
    if (path != stack) free(path);
    if (err != UV_ENOSYS) return eddy_jsv_make_int32(err);
  }
  eddy_fs_req stack_req;
  eddy_fs_req* req = eddy_fs_req_begin(ctx, jsreq, &stack_req, result_stat);
  uv_fs_cb cb = eddy_fs_req_cb(req);
  PATH(path, 0);
  int err = link ? uv_fs_lstat(&req->rt->loop, &req->uv, path, cb)
                 : uv_fs_stat(&req->rt->loop, &req->uv, path, cb);
  free(path);
  return eddy_fs_req_end(ctx, req, err);
}

static EDDY_JS_FN(fs_stat) {
  (void)function, (void)self;
  return stat_path(ctx, argc, argv, exception, false);
}

static EDDY_JS_FN(fs_lstat) {
  (void)function, (void)self;
  return stat_path(ctx, argc, argv, exception, true);
}

static EDDY_JS_FN(fs_fstat) {
  if (!JSValueIsObject(ctx, ARG(1))) {
    int err = statx_now(eddy_runtime_from(ctx), UV_FS_FSTAT, (int)INT(0), "", AT_EMPTY_PATH);
    if (err != UV_ENOSYS) return eddy_jsv_make_int32(err);
  }
  BEGIN(1, result_stat);
  return eddy_fs_req_end(ctx, req, uv_fs_fstat(loop, &req->uv, (uv_file)INT(0), cb));
}

static EDDY_JS_FN(fs_statfs) {
  BEGIN(1, result_statfs);
  PATH(path, 0);
  int err = uv_fs_statfs(loop, &req->uv, path, cb);
  free(path);
  return eddy_fs_req_end(ctx, req, err);
}

/* Calls taking (path, req) */
#define PATH_FN(name, result_fn, call)     \
  static EDDY_JS_FN(name) {                \
    BEGIN(1, result_fn);                   \
    PATH(path, 0);                         \
    int err = call;                        \
    free(path);                            \
    return eddy_fs_req_end(ctx, req, err); \
  }

PATH_FN(fs_rmdir, result_void, uv_fs_rmdir(loop, &req->uv, path, cb))
PATH_FN(fs_unlink, result_void, uv_fs_unlink(loop, &req->uv, path, cb))
PATH_FN(fs_readlink, result_ptr_string, uv_fs_readlink(loop, &req->uv, path, cb))
PATH_FN(fs_realpath, result_ptr_string, uv_fs_realpath(loop, &req->uv, path, cb))
PATH_FN(fs_mkdtemp, result_path_string, uv_fs_mkdtemp(loop, &req->uv, path, cb))

/* Calls taking (path, n, req) */
#define PATH_INT_FN(name, call)            \
  static EDDY_JS_FN(name) {                \
    BEGIN(2, result_void);                 \
    PATH(path, 0);                         \
    int err = call;                        \
    free(path);                            \
    return eddy_fs_req_end(ctx, req, err); \
  }

PATH_INT_FN(fs_mkdir, uv_fs_mkdir(loop, &req->uv, path, (int)INT(1), cb))
PATH_INT_FN(fs_chmod, uv_fs_chmod(loop, &req->uv, path, (int)INT(1), cb))
PATH_INT_FN(fs_access, uv_fs_access(loop, &req->uv, path, (int)INT(1), cb))

/* Calls taking (path, path2[, flags], req) */
#define TWO_PATH_FN(name, req_index, call)                    \
  static EDDY_JS_FN(name) {                                   \
    BEGIN(req_index, result_void);                            \
    PATH(path, 0);                                            \
    char* dest = eddy_fs_path(ctx, argc, argv, 1, exception); \
    if (!dest) {                                              \
      free(path);                                             \
      if (req != &stack_req) free(req);                       \
      return NULL;                                            \
    }                                                         \
    int err = call;                                           \
    free(path);                                               \
    free(dest);                                               \
    return eddy_fs_req_end(ctx, req, err);                    \
  }

TWO_PATH_FN(fs_rename, 2, uv_fs_rename(loop, &req->uv, path, dest, cb))
TWO_PATH_FN(fs_link, 2, uv_fs_link(loop, &req->uv, path, dest, cb))
TWO_PATH_FN(fs_symlink, 3, uv_fs_symlink(loop, &req->uv, path, dest, (int)INT(2), cb))
TWO_PATH_FN(fs_copyfile, 3, uv_fs_copyfile(loop, &req->uv, path, dest, (int)INT(2), cb))

/* Calls on a descriptor */
#define FD_FN(name, req_index, call)        \
  static EDDY_JS_FN(name) {                 \
    BEGIN(req_index, result_void);          \
    uv_file fd = (uv_file)INT(0);           \
    return eddy_fs_req_end(ctx, req, call); \
  }

FD_FN(fs_fsync, 1, uv_fs_fsync(loop, &req->uv, fd, cb))
FD_FN(fs_fdatasync, 1, uv_fs_fdatasync(loop, &req->uv, fd, cb))
FD_FN(fs_ftruncate, 2, uv_fs_ftruncate(loop, &req->uv, fd, INT(1), cb))
FD_FN(fs_fchmod, 2, uv_fs_fchmod(loop, &req->uv, fd, (int)INT(1), cb))
FD_FN(fs_fchown, 3, uv_fs_fchown(loop, &req->uv, fd, (uv_uid_t)INT(1), (uv_gid_t)INT(2), cb))
FD_FN(fs_futime, 3, uv_fs_futime(loop, &req->uv, fd, NUM(1), NUM(2), cb))

#define PATH_2ARG_FN(name, call)           \
  static EDDY_JS_FN(name) {                \
    BEGIN(3, result_void);                 \
    PATH(path, 0);                         \
    int err = call;                        \
    free(path);                            \
    return eddy_fs_req_end(ctx, req, err); \
  }

PATH_2ARG_FN(fs_chown, uv_fs_chown(loop, &req->uv, path, (uv_uid_t)INT(1), (uv_gid_t)INT(2), cb))
PATH_2ARG_FN(fs_lchown, uv_fs_lchown(loop, &req->uv, path, (uv_uid_t)INT(1), (uv_gid_t)INT(2), cb))
PATH_2ARG_FN(fs_utime, uv_fs_utime(loop, &req->uv, path, NUM(1), NUM(2), cb))
PATH_2ARG_FN(fs_lutime, uv_fs_lutime(loop, &req->uv, path, NUM(1), NUM(2), cb))

/* ---- Dir: opendir / readdir in batches / closedir ------------------------------ */

enum { DIR_BATCH = 32 };
typedef struct fs_dir {
  uv_dir_t* dir;
  uv_dirent_t ents[DIR_BATCH];
} fs_dir;

static _Atomic(JSClassRef) dir_class;

static void dir_finalize(JSObjectRef obj) {
  fs_dir* d = JSObjectGetPrivate(obj);
  /* A Dir dropped open: close its stream without the loop (finalizers cannot run JS). */
  if (d && d->dir) {
    uv_fs_t r;
    uv_fs_closedir(NULL, &r, d->dir, NULL);
    uv_fs_req_cleanup(&r);
  }
  free(d);
}

static JSValueRef result_opendir(JSContextRef ctx, uv_fs_t* r) {
  fs_dir* d = eddy_calloc(1, sizeof(*d));
  d->dir = r->ptr;
  d->dir->dirents = d->ents;
  d->dir->nentries = DIR_BATCH;
  return JSObjectMake(ctx, dir_class, d);
}

static JSValueRef result_dir_read(JSContextRef ctx, uv_fs_t* r) {
  fs_dir* d = ((eddy_fs_req*)r)->data;
  if (r->result == 0) return JSValueMakeNull(ctx);
  return dirents_to_js(ctx, d->ents, (size_t)r->result);
}

PATH_FN(fs_opendir, result_opendir, uv_fs_opendir(loop, &req->uv, path, cb))

/* dirRead(dir, req): [names, types] of the next batch, or null at the end. */
static EDDY_JS_FN(fs_dir_read) {
  BEGIN(1, result_dir_read);
  fs_dir* d = JSObjectGetPrivate((JSObjectRef)ARG(0));
  CHECK(d && d->dir);
  req->data = d;
  return eddy_fs_req_end(ctx, req, uv_fs_readdir(loop, &req->uv, d->dir, cb));
}

static EDDY_JS_FN(fs_dir_close) {
  BEGIN(1, result_void);
  fs_dir* d = JSObjectGetPrivate((JSObjectRef)ARG(0));
  CHECK(d && d->dir);
  uv_dir_t* dir = d->dir;
  d->dir = NULL;
  return eddy_fs_req_end(ctx, req, uv_fs_closedir(loop, &req->uv, dir, cb));
}

void eddy__fs_ops_register(eddy_runtime* rt, JSContextRef ctx, JSObjectRef b) {
  (void)rt;
  if (!dir_class) {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "FSDir";
    def.finalize = dir_finalize;
    eddy_js_class_publish(&dir_class, JSClassCreate(&def));
  }
  eddy_js_set_fn(ctx, b, "open", fs_open);
  eddy_js_set_fn(ctx, b, "close", fs_close);
  eddy_js_set_fn(ctx, b, "read", fs_read);
  eddy_js_set_fn(ctx, b, "write", fs_write);
  eddy_js_set_fn(ctx, b, "readv", fs_readv);
  eddy_js_set_fn(ctx, b, "writev", fs_writev);
  eddy_js_set_fn(ctx, b, "writeUtf8", fs_write_utf8);
  eddy_js_set_fn(ctx, b, "stat", fs_stat);
  eddy_js_set_fn(ctx, b, "lstat", fs_lstat);
  eddy_js_set_fn(ctx, b, "fstat", fs_fstat);
  eddy_js_set_fn(ctx, b, "statfs", fs_statfs);
  eddy_js_set_fn(ctx, b, "rmdir", fs_rmdir);
  eddy_js_set_fn(ctx, b, "unlink", fs_unlink);
  eddy_js_set_fn(ctx, b, "readlink", fs_readlink);
  eddy_js_set_fn(ctx, b, "realpath", fs_realpath);
  eddy_js_set_fn(ctx, b, "mkdtemp", fs_mkdtemp);
  eddy_js_set_fn(ctx, b, "mkdir", fs_mkdir);
  eddy_js_set_fn(ctx, b, "chmod", fs_chmod);
  eddy_js_set_fn(ctx, b, "access", fs_access);
  eddy_js_set_fn(ctx, b, "rename", fs_rename);
  eddy_js_set_fn(ctx, b, "link", fs_link);
  eddy_js_set_fn(ctx, b, "symlink", fs_symlink);
  eddy_js_set_fn(ctx, b, "copyfile", fs_copyfile);
  eddy_js_set_fn(ctx, b, "fsync", fs_fsync);
  eddy_js_set_fn(ctx, b, "fdatasync", fs_fdatasync);
  eddy_js_set_fn(ctx, b, "ftruncate", fs_ftruncate);
  eddy_js_set_fn(ctx, b, "fchmod", fs_fchmod);
  eddy_js_set_fn(ctx, b, "fchown", fs_fchown);
  eddy_js_set_fn(ctx, b, "futime", fs_futime);
  eddy_js_set_fn(ctx, b, "chown", fs_chown);
  eddy_js_set_fn(ctx, b, "lchown", fs_lchown);
  eddy_js_set_fn(ctx, b, "utime", fs_utime);
  eddy_js_set_fn(ctx, b, "lutime", fs_lutime);
  eddy_js_set_fn(ctx, b, "opendir", fs_opendir);
  eddy_js_set_fn(ctx, b, "dirRead", fs_dir_read);
  eddy_js_set_fn(ctx, b, "dirClose", fs_dir_close);
}
