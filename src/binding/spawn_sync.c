/* internalBinding('spawn_sync'): runs a child process to completion on a private
 * libuv loop, as node's spawnSync does: the caller's loop does not turn while it
 * waits. stdout/stderr are collected into memory (up to maxBuffer), stdin is fed
 * from `input`, and a timeout kills the child with killSignal. */
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../runtime/runtime.h"
#include "../util/check.h"
#include "../util/js.h"
#include "spawn_posix.h"

typedef struct output_buf {
  uint8_t* data;
  size_t len, cap;
} output_buf;

typedef struct spawn_sync {
  uv_loop_t loop;
  uv_process_t process;
  /* The posix_spawn path: the child's pid, and a pidfd polled for its exit. */
  pid_t pid;
  int pidfd;
  uv_poll_t exit_poll;
  uv_pipe_t pipes[3];
  bool pipe_used[3];
  output_buf out[3];
  uv_timer_t timer;
  bool timer_used;
  bool timed_out;
  bool max_buffer_exceeded;
  int kill_signal;
  double max_buffer;
  int64_t exit_status;
  int term_signal;
  bool exited;
  const uint8_t* input;
  size_t input_len;
  uv_write_t write_req;
  uv_shutdown_t shutdown_req;
} spawn_sync;

static void kill_child(spawn_sync* s) {
  if (s->exited) return;
  if (s->pid > 0)
    kill(s->pid, s->kill_signal);
  else
    uv_process_kill(&s->process, s->kill_signal);
}

static void pipe_on_alloc(uv_handle_t* handle, size_t suggested, uv_buf_t* buf) {
  (void)suggested;
  output_buf* o = handle->data;
  if (o->cap - o->len < 65536) {
    o->cap = o->cap ? o->cap * 2 : 65536;
    o->data = eddy_realloc(o->data, o->cap);
  }
  buf->base = (char*)o->data + o->len;
  buf->len = o->cap - o->len;
}

static void pipe_on_read(uv_stream_t* stream, ssize_t n, const uv_buf_t* buf) {
  (void)buf;
  spawn_sync* s = stream->loop->data;
  output_buf* o = stream->data;
  if (n > 0) {
    o->len += (size_t)n;
    if (s->max_buffer > 0 && (double)o->len > s->max_buffer) {
      s->max_buffer_exceeded = true;
      kill_child(s);
    }
  } else if (n < 0) {
    uv_read_stop(stream);
  }
}

static void process_on_exit(uv_process_t* p, int64_t status, int term_signal) {
  spawn_sync* s = p->loop->data;
  s->exited = true;
  s->exit_status = status;
  s->term_signal = term_signal;
  if (s->timer_used) uv_timer_stop(&s->timer);
}

static void timer_on_timeout(uv_timer_t* t) {
  spawn_sync* s = t->loop->data;
  s->timed_out = true;
  kill_child(s);
}

static void stdin_on_shutdown(uv_shutdown_t* req, int status) { (void)req, (void)status; }

static void stdin_on_written(uv_write_t* req, int status) {
  spawn_sync* s = req->handle->loop->data;
  (void)status;
  uv_shutdown(&s->shutdown_req, req->handle, stdin_on_shutdown);
}

static JSValueRef bytes_to_js(JSContextRef ctx, output_buf* o) {
  JSObjectRef arr = JSObjectMakeTypedArray(ctx, kJSTypedArrayTypeUint8Array, o->len, NULL);
  if (o->len) memcpy(eddy_js_bytes(ctx, arr, &(size_t){0}), o->data, o->len);
  return arr;
}

static void close_walk(uv_handle_t* h, void* arg) {
  (void)arg;
  if (!uv_is_closing(h)) uv_close(h, NULL);
}

/* The child's exit, on the posix_spawn path (its pidfd became readable). */
static void exit_poll_on_ready(uv_poll_t* poll, int status, int events) {
  (void)status, (void)events;
  spawn_sync* s = poll->loop->data;
  long long exit_status;
  if (!eddy_spawn_reap(s->pid, &exit_status, &s->term_signal)) return;
  s->exited = true;
  s->exit_status = exit_status;
  if (s->timer_used) uv_timer_stop(&s->timer);
  uv_close((uv_handle_t*)poll, NULL);
}

/* spawn(options): options = { file, args, cwd, envPairs, stdio: ['pipe'|'inherit'|'ignore'|fd...],
 * input (Uint8Array), timeout, killSignal, maxBuffer, detached, uid, gid }.
 * Returns { status, signal, output: [null, out, err], error (negative errno) }. */
static EDDY_JS_FN(spawn_sync_spawn) {
  (void)function, (void)self, (void)exception;
  JSObjectRef o = (JSObjectRef)eddy_js_arg(ctx, argc, argv, 0);
  CHECK(JSValueIsObject(ctx, o));
  spawn_sync* s = eddy_calloc(1, sizeof(*s));
  CHECK_EQ(uv_loop_init(&s->loop), 0);
  s->loop.data = s;
  s->kill_signal = (int)JSValueToNumber(ctx, eddy_js_get(ctx, o, "killSignal"), NULL);
  if (s->kill_signal <= 0) s->kill_signal = SIGTERM;
  s->max_buffer = JSValueToNumber(ctx, eddy_js_get(ctx, o, "maxBuffer"), NULL);
  if (s->max_buffer != s->max_buffer) s->max_buffer = 0;
  double timeout = JSValueToNumber(ctx, eddy_js_get(ctx, o, "timeout"), NULL);
  s->input = eddy_js_bytes(ctx, eddy_js_get(ctx, o, "input"), &s->input_len);

  char* file = eddy_js_string_prop(ctx, o, "file");
  char* cwd = eddy_js_string_prop(ctx, o, "cwd");
  char** args = eddy_js_string_array_prop(ctx, o, "args");
  char** env = eddy_js_string_array_prop(ctx, o, "envPairs");
  JSObjectRef stdio = (JSObjectRef)eddy_js_get(ctx, o, "stdio");

  /* Each of the child's fds 0-2: an fd of ours (inherited), ignored, or a pipe. */
  enum { STDIO_FD, STDIO_IGNORE, STDIO_PIPE } kind[3];
  int fd_of[3];
  for (int i = 0; i < 3; i++) {
    JSValueRef mode = JSObjectGetPropertyAtIndex(ctx, stdio, (unsigned)i, NULL);
    fd_of[i] = i;
    if (JSValueIsNumber(ctx, mode)) {
      kind[i] = STDIO_FD;
      fd_of[i] = (int)JSValueToNumber(ctx, mode, NULL);
      continue;
    }
    char* m = eddy_js_to_utf8(ctx, mode, NULL, NULL);
    kind[i] = m && strcmp(m, "inherit") == 0  ? STDIO_FD
              : m && strcmp(m, "ignore") == 0 ? STDIO_IGNORE
                                              : STDIO_PIPE;
    free(m);
  }
  bool detached = JSValueToBoolean(ctx, eddy_js_get(ctx, o, "detached"));
  JSValueRef uid = eddy_js_get(ctx, o, "uid"), gid = eddy_js_get(ctx, o, "gid");

  int err = EDDY_SPAWN_USE_UV;
  s->pidfd = -1;
  if (!JSValueIsNumber(ctx, uid) && !JSValueIsNumber(ctx, gid)) { /* spawn_posix.h */
    int child_fd[3], parent_fd[3];
    for (int i = 0; i < 3; i++)
      child_fd[i] = kind[i] == STDIO_FD ? fd_of[i] : kind[i] == STDIO_PIPE ? EDDY_SPAWN_PIPE : -1;
    eddy_spawn_request request = {file, args, env, cwd, detached, child_fd, 3, parent_fd};
    err = eddy_spawn_posix(&request, &s->pid, &s->pidfd);
    for (int i = 0; i < 3; i++) {
      if (parent_fd[i] < 0) continue;
      if (err != 0) {
        close(parent_fd[i]);
        continue;
      }
      uv_pipe_init(&s->loop, &s->pipes[i], 0);
      CHECK_EQ(uv_pipe_open(&s->pipes[i], parent_fd[i]), 0);
      s->pipes[i].data = &s->out[i];
      s->pipe_used[i] = true;
    }
    if (err == 0) {
      CHECK_EQ(uv_poll_init(&s->loop, &s->exit_poll, s->pidfd), 0);
      uv_poll_start(&s->exit_poll, UV_READABLE, exit_poll_on_ready);
    }
  }

  if (err == EDDY_SPAWN_USE_UV) { /* uv_spawn: uid/gid asked for, or no pidfd on this kernel */
    uv_stdio_container_t containers[3];
    for (int i = 0; i < 3; i++) {
      if (kind[i] == STDIO_FD) {
        containers[i].flags = UV_INHERIT_FD;
        containers[i].data.fd = fd_of[i];
      } else if (kind[i] == STDIO_IGNORE) {
        containers[i].flags = UV_IGNORE;
      } else {
        uv_pipe_init(&s->loop, &s->pipes[i], 0);
        s->pipes[i].data = &s->out[i];
        s->pipe_used[i] = true;
        containers[i].flags = UV_CREATE_PIPE | (i == 0 ? UV_READABLE_PIPE : UV_WRITABLE_PIPE);
        containers[i].data.stream = (uv_stream_t*)&s->pipes[i];
      }
    }
    uv_process_options_t opts = {0};
    opts.exit_cb = process_on_exit;
    opts.file = file;
    opts.args = args;
    opts.env = env;
    opts.cwd = cwd;
    opts.stdio = containers;
    opts.stdio_count = 3;
    if (detached) opts.flags |= UV_PROCESS_DETACHED;
    if (JSValueIsNumber(ctx, uid)) {
      opts.flags |= UV_PROCESS_SETUID;
      opts.uid = (uv_uid_t)JSValueToNumber(ctx, uid, NULL);
    }
    if (JSValueIsNumber(ctx, gid)) {
      opts.flags |= UV_PROCESS_SETGID;
      opts.gid = (uv_gid_t)JSValueToNumber(ctx, gid, NULL);
    }
    err = uv_spawn(&s->loop, &s->process, &opts);
    if (err == 0) s->pid = 0;
  }
  JSObjectRef result = JSObjectMake(ctx, NULL, NULL);
  if (err == 0) {
    eddy_js_set_number(ctx, result, "pid", s->pid > 0 ? s->pid : s->process.pid);
    if (s->pipe_used[0]) {
      uv_buf_t b = uv_buf_init((char*)s->input, (unsigned)s->input_len);
      if (s->input_len)
        uv_write(&s->write_req, (uv_stream_t*)&s->pipes[0], &b, 1, stdin_on_written);
      else
        uv_shutdown(&s->shutdown_req, (uv_stream_t*)&s->pipes[0], stdin_on_shutdown);
    }
    for (int i = 1; i < 3; i++)
      if (s->pipe_used[i]) uv_read_start((uv_stream_t*)&s->pipes[i], pipe_on_alloc, pipe_on_read);
    if (timeout > 0) {
      uv_timer_init(&s->loop, &s->timer);
      s->timer_used = true;
      uv_timer_start(&s->timer, timer_on_timeout, (uint64_t)timeout, 0);
    }
    uv_run(&s->loop, UV_RUN_DEFAULT);
    if (s->term_signal)
      eddy_js_set_number(ctx, result, "signal", s->term_signal);
    else
      eddy_js_set_number(ctx, result, "status", (double)s->exit_status);
    JSValueRef outputs[3] = {JSValueMakeNull(ctx), JSValueMakeNull(ctx), JSValueMakeNull(ctx)};
    for (int i = 1; i < 3; i++)
      if (s->pipe_used[i]) outputs[i] = bytes_to_js(ctx, &s->out[i]);
    eddy_js_set(ctx, result, "output", eddy_js_array_of(ctx, 3, outputs));
    if (s->timed_out)
      eddy_js_set_number(ctx, result, "error", UV_ETIMEDOUT);
    else if (s->max_buffer_exceeded)
      eddy_js_set_number(ctx, result, "error", UV_ENOBUFS);
  } else {
    eddy_js_set_number(ctx, result, "error", err);
  }
  uv_walk(&s->loop, close_walk, NULL);
  uv_run(&s->loop, UV_RUN_DEFAULT);
  CHECK_EQ(uv_loop_close(&s->loop), 0);
  if (s->pidfd >= 0) close(s->pidfd);
  for (int i = 0; i < 3; i++) free(s->out[i].data);
  free(file);
  free(cwd);
  eddy_free_strings(args);
  eddy_free_strings(env);
  free(s);
  return result;
}

JSObjectRef eddy_binding_spawn_sync_init(eddy_runtime* rt, JSContextRef ctx) {
  (void)rt;
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  eddy_js_set_fn(ctx, b, "spawn", spawn_sync_spawn);
  return b;
}
