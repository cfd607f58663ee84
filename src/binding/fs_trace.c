/* node.fs.sync and node.fs.async in the process's trace, named as node names them:
 * a synchronous syscall is a span "fs.sync.<syscall>" on the calling thread; an
 * asynchronous request an async span named by its libuv type ("scandir", "utime"),
 * from the call to its completion, with the request as id (node.fs_dir.async for a
 * directory's opendir, readdir and closedir). */
#include <stdio.h>

#include "../runtime/trace_agent.h"
#include "fs.h"

static const char kSyncGroup[] = "node,node.fs,node.fs.sync";
static const char kAsyncGroup[] = "node,node.fs,node.fs.async";
static const char kDirAsyncGroup[] = "node,node.fs_dir,node.fs_dir.async";

/* The syscall's name in node's events: the synchronous names say readdir, utimes,
 * futimes and lutimes where the asynchronous ones keep libuv's. */
static const char* fs_name(uv_fs_type type, bool sync) {
  switch (type) {
    case UV_FS_OPEN: return "open";
    case UV_FS_CLOSE: return "close";
    case UV_FS_READ: return "read";
    case UV_FS_WRITE: return "write";
    case UV_FS_SENDFILE: return "sendfile";
    case UV_FS_STAT: return "stat";
    case UV_FS_LSTAT: return "lstat";
    case UV_FS_FSTAT: return "fstat";
    case UV_FS_FTRUNCATE: return "ftruncate";
    case UV_FS_UTIME: return sync ? "utimes" : "utime";
    case UV_FS_FUTIME: return sync ? "futimes" : "futime";
    case UV_FS_LUTIME: return sync ? "lutimes" : "lutime";
    case UV_FS_ACCESS: return "access";
    case UV_FS_CHMOD: return "chmod";
    case UV_FS_FCHMOD: return "fchmod";
    case UV_FS_FSYNC: return "fsync";
    case UV_FS_FDATASYNC: return "fdatasync";
    case UV_FS_UNLINK: return "unlink";
    case UV_FS_RMDIR: return "rmdir";
    case UV_FS_MKDIR: return "mkdir";
    case UV_FS_MKDTEMP: return "mkdtemp";
    case UV_FS_MKSTEMP: return "mkstemp";
    case UV_FS_RENAME: return "rename";
    case UV_FS_SCANDIR: return sync ? "readdir" : "scandir";
    case UV_FS_LINK: return "link";
    case UV_FS_SYMLINK: return "symlink";
    case UV_FS_READLINK: return "readlink";
    case UV_FS_CHOWN: return "chown";
    case UV_FS_FCHOWN: return "fchown";
    case UV_FS_LCHOWN: return "lchown";
    case UV_FS_REALPATH: return "realpath";
    case UV_FS_COPYFILE: return "copyfile";
    case UV_FS_OPENDIR: return "opendir";
    case UV_FS_READDIR: return "readdir";
    case UV_FS_CLOSEDIR: return "closedir";
    case UV_FS_STATFS: return "statfs";
    default: return "unknown";
  }
}

void eddy_fs_trace_sync(uv_fs_type type, uint64_t start_us) {
  if (start_us == 0 || !eddy_trace_group_enabled(kSyncGroup)) return;
  char name[32];
  snprintf(name, sizeof(name), "fs.sync.%s", fs_name(type, true));
  eddy_trace_complete(kSyncGroup, name, start_us);
}

void eddy_fs_trace_async(char ph, uv_fs_type type, const void* id, uint64_t ts_us) {
  bool dir = type == UV_FS_OPENDIR || type == UV_FS_READDIR || type == UV_FS_CLOSEDIR;
  const char* group = dir ? kDirAsyncGroup : kAsyncGroup;
  if (!eddy_trace_group_enabled(group)) return;
  eddy_trace_event e = {.ph = ph,
                        .group = group,
                        .name = fs_name(type, false),
                        .ts_us = ts_us,
                        .has_id = true,
                        .id = (uint64_t)(uintptr_t)id};
  eddy_trace_add(&e);
}
