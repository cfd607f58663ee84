/* Starting a child without fork(), for spawn_sync.c and process_wrap.c. uv_spawn forks:
 * the kernel copies the page tables of this process (the engine maps a lot) and the
 * parent then takes copy-on-write faults until the child execs. Measured: 717 us per
 * fork in eddy against 293 us in node. posix_spawn clones with the memory shared until
 * exec, and a pidfd (Linux 5.3+) tells the loop when the child exits.
 *
 * One difference from uv_spawn: glibc leaves its two internal signals (32, 33) ignored
 * in the child rather than defaulted, as for every posix_spawn user (Rust's Command
 * among them); glibc programs install their own handlers for those when they need them. */
#ifndef EDDY_BINDING_SPAWN_POSIX_H
#define EDDY_BINDING_SPAWN_POSIX_H

#include <stdbool.h>
#include <sys/types.h>

/* eddy_spawn_posix's answer when uv_spawn must do the work instead. */
#define EDDY_SPAWN_USE_UV 1

typedef struct eddy_spawn_request {
  const char* file;
  char** args;
  char** env;
  const char* cwd; /* or NULL */
  bool detached;   /* the child leads a new session */
  /* The child's fd i is child_fd[i]; /dev/null when -1 (i < 3, else left closed); one
   * end of a new socket pair when EDDY_SPAWN_PIPE, the other end going to parent_fd[i]
   * (-1 for the fds that are no pipe). */
  const int* child_fd;
  int count;
  int* parent_fd;
} eddy_spawn_request;

#define EDDY_SPAWN_PIPE (-2)

/* Starts the child: 0 with *pid and *pidfd set, a negative errno, or EDDY_SPAWN_USE_UV
 * (no pidfd on this kernel, or an fd plan whose dup2s would overwrite each other).
 * After 0 or an errno the caller owns the parent_fd ends made so far; after
 * EDDY_SPAWN_USE_UV there are none. */
int eddy_spawn_posix(const eddy_spawn_request* request, pid_t* pid, int* pidfd);

/* Reaps the child once its pidfd is readable: true with *status / *term_signal set
 * (as uv_process_t's exit callback gives them), false if it has not exited. */
bool eddy_spawn_reap(pid_t pid, long long* status, int* term_signal);

#endif
