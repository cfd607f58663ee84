#define _GNU_SOURCE /* posix_spawn_file_actions_addchdir_np, POSIX_SPAWN_SETSID */
#include "spawn_posix.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include <uv.h>

#include "../util/check.h"

static bool have_pidfd(void) {
  static _Atomic int known; /* 0 unknown, 1 yes, -1 no: workers spawn too */
  if (known == 0) {
    int fd = (int)syscall(SYS_pidfd_open, getpid(), 0);
    known = fd >= 0 ? 1 : -1;
    if (fd >= 0) close(fd);
  }
  return known > 0;
}

/* The executable for `file` as execvp would find it, searching the child's PATH. */
static char* resolve_executable(const char* file, char** env) {
  if (strchr(file, '/')) return strdup(file);
  const char* path = NULL;
  for (char** e = env; e && *e; e++)
    if (strncmp(*e, "PATH=", 5) == 0) path = *e + 5;
  if (!path) path = "/bin:/usr/bin"; /* execvp's default (confstr _CS_PATH) */
  size_t flen = strlen(file);
  for (const char* p = path;; p++) {
    const char* end = strchr(p, ':');
    size_t dlen = end ? (size_t)(end - p) : strlen(p);
    char* candidate = eddy_malloc(dlen + flen + 3);
    if (dlen == 0)
      candidate[0] = '.', dlen = 1; /* an empty entry is the cwd */
    else
      memcpy(candidate, p, dlen);
    candidate[dlen] = '/';
    memcpy(candidate + dlen + 1, file, flen + 1);
    if (access(candidate, X_OK) == 0) return candidate;
    free(candidate);
    if (!end) return NULL;
    p = end;
  }
}

/* The dup2s run in order; one whose source is an earlier one's target would copy the
 * wrong fd. uv_spawn sorts such plans out, so they go there. */
static bool plan_is_ordered(const int* child_fd, int count) {
  for (int i = 0; i < count; i++)
    for (int j = 0; j < i; j++)
      if (child_fd[i] == j && j != i) return false;
  return true;
}

/* Makes the socket pairs the plan asks for: fds[i] becomes the child's end, the
 * request's parent_fd[i] ours. 0 or a negative errno. */
static int make_pipes(const eddy_spawn_request* r, int* fds) {
  for (int i = 0; i < r->count; i++) {
    r->parent_fd[i] = -1;
    fds[i] = r->child_fd[i];
  }
  for (int i = 0; i < r->count; i++) {
    if (fds[i] != EDDY_SPAWN_PIPE) continue;
    int sv[2];
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0) return -errno;
    r->parent_fd[i] = sv[0];
    fds[i] = sv[1];
  }
  return 0;
}

static int spawn_with(const eddy_spawn_request* r, const int* child_fd, pid_t* pid, int* pidfd);

int eddy_spawn_posix(const eddy_spawn_request* r, pid_t* pid, int* pidfd) {
  if (!have_pidfd() || !plan_is_ordered(r->child_fd, r->count)) {
    for (int i = 0; i < r->count; i++) r->parent_fd[i] = -1;
    return EDDY_SPAWN_USE_UV;
  }
  int* fds = eddy_malloc((size_t)(r->count ? r->count : 1) * sizeof(int));
  int err = make_pipes(r, fds);
  if (err == 0) err = spawn_with(r, fds, pid, pidfd);
  for (int i = 0; i < r->count; i++) /* the child's ends of the pipes are the child's */
    if (r->parent_fd[i] >= 0) close(fds[i]);
  free(fds);
  return err;
}

static int spawn_with(const eddy_spawn_request* r, const int* child_fd, pid_t* pid, int* pidfd) {
  char* path = resolve_executable(r->file, r->env);
  if (!path) return UV_ENOENT;
  posix_spawn_file_actions_t actions;
  posix_spawnattr_t attr;
  posix_spawn_file_actions_init(&actions);
  posix_spawnattr_init(&attr);
  for (int i = 0; i < r->count; i++) {
    /* The child's stdio blocks, as uv_spawn makes it (from the child, but the flag
     * belongs to the open file, which parent and child share all the same). */
    if (child_fd[i] >= 0 && i < 3) {
      int fl = fcntl(child_fd[i], F_GETFL);
      if (fl >= 0 && (fl & O_NONBLOCK)) fcntl(child_fd[i], F_SETFL, fl & ~O_NONBLOCK);
    }
    if (child_fd[i] >= 0)
      posix_spawn_file_actions_adddup2(&actions, child_fd[i], i);
    else if (i < 3)
      posix_spawn_file_actions_addopen(&actions, i, "/dev/null", i == 0 ? O_RDONLY : O_RDWR, 0);
  }
  if (r->cwd) posix_spawn_file_actions_addchdir_np(&actions, r->cwd);
  /* As uv_spawn: every signal back to its default and none blocked in the child. */
  sigset_t all, none;
  sigfillset(&all);
  sigemptyset(&none);
  posix_spawnattr_setsigdefault(&attr, &all);
  posix_spawnattr_setsigmask(&attr, &none);
  short flags = POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK;
  if (r->detached) flags |= POSIX_SPAWN_SETSID;
  posix_spawnattr_setflags(&attr, flags);
  int err = posix_spawn(pid, path, &actions, &attr, r->args, r->env);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attr);
  free(path);
  if (err) return -err;
  *pidfd = (int)syscall(SYS_pidfd_open, *pid, 0);
  if (*pidfd < 0) { /* out of fds, say: a child nobody could wait for is not started */
    err = -errno;
    kill(*pid, SIGKILL);
    waitpid(*pid, NULL, 0);
    return err;
  }
  return 0;
}

bool eddy_spawn_reap(pid_t pid, long long* status, int* term_signal) {
  int wstatus = 0;
  if (waitpid(pid, &wstatus, WNOHANG) != pid) return false;
  *status = WIFEXITED(wstatus) ? WEXITSTATUS(wstatus) : 0;
  *term_signal = WIFSIGNALED(wstatus) ? WTERMSIG(wstatus) : 0;
  return true;
}
