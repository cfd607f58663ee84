/* internalBinding('process_wrap'): a child process as a libuv handle (uv_spawn +
 * uv_process_t), the base of lib/internal/child_process.js.
 *
 * JS API:
 *   new Process()
 *   spawn(options) -> 0 or a negative errno; sets this.pid on success.
 *     options = { file, args, cwd?, envPairs, detached, uid?, gid?,
 *                 stdio: [{ type: 'ignore' } | { type: 'pipe', handle } |
 *                         { type: 'fd', fd } | { type: 'wrap', handle }] }
 *     'pipe' handles are Pipe objects of pipe_wrap (an IPC pipe for the channel);
 *     'wrap' shares an open stream handle (a socket) with the child.
 *   kill(signal) -> errno
 *   onexit(exitStatus, termSignal)   once, when the child has exited
 *   close(callback?) / ref() / unref() / hasRef()
 *
 * Lifecycle (STYLE.md §6): the JS object is protected from a successful spawn until
 * libuv's close callback; memory is freed once both the close callback and the
 * finalizer have run (or at finalization when the child was never spawned). */
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../util/check.h"
#include "../util/js.h"
#include "spawn_posix.h"
#include "stream_wrap.h"

enum { PROC_SPAWNED = 1, PROC_CLOSING = 2, PROC_CLOSED = 4, PROC_FINALIZED = 8 };

typedef struct process_wrap {
  uv_process_t process; /* the uv_spawn path */
  /* The posix_spawn path (spawn_posix.h): the child's pid and a poll of its pidfd. */
  bool posix;
  bool exited;
  pid_t pid;
  int pidfd;
  uv_poll_t exit_poll;
  eddy_runtime* rt;
  JSObjectRef object;   /* protected while spawned and not closed */
  JSObjectRef close_cb; /* protected while closing, or NULL */
  int flags;
} process_wrap;

static void process_finalize(JSObjectRef object) {
  process_wrap* p = JSObjectGetPrivate(object);
  if (!p) return;
  p->flags |= PROC_FINALIZED;
  if (!(p->flags & PROC_SPAWNED) || (p->flags & PROC_CLOSED)) free(p);
}

static JSClassRef process_class(void);

static JSObjectRef process_construct(JSContextRef ctx, JSObjectRef constructor, size_t argc,
                                     const JSValueRef argv[], JSValueRef* exception) {
  (void)constructor, (void)argc, (void)argv, (void)exception;
  process_wrap* p = eddy_calloc(1, sizeof(*p));
  p->rt = eddy_runtime_from(ctx);
  p->object = JSObjectMake(ctx, process_class(), p);
  return p->object;
}

static process_wrap* process_of(JSObjectRef self) {
  process_wrap* p = JSObjectGetPrivate(self);
  CHECK(p != NULL);
  return p;
}

static bool usable(process_wrap* p) {
  return (p->flags & PROC_SPAWNED) && !(p->flags & PROC_CLOSING);
}

/* The libuv handle that stands for the child: what ref/unref/close act on. */
static uv_handle_t* handle_of(process_wrap* p) {
  return p->posix ? (uv_handle_t*)&p->exit_poll : (uv_handle_t*)&p->process;
}

static void deliver_exit(process_wrap* p, int64_t status, int term_signal) {
  eddy_runtime* rt = p->rt;
  if (rt->exiting) return;
  JSContextRef ctx = rt->ctx;
  JSValueRef fn = eddy_js_get(ctx, p->object, "onexit");
  if (!JSValueIsObject(ctx, fn) || !JSObjectIsFunction(ctx, (JSObjectRef)fn)) return;
  JSValueRef args[2] = {JSValueMakeNumber(ctx, (double)status),
                        JSValueMakeNumber(ctx, term_signal)};
  eddy_runtime_call(rt, (JSObjectRef)fn, p->object, 2, args);
}

static void process_on_exit(uv_process_t* handle, int64_t status, int term_signal) {
  deliver_exit(handle->data, status, term_signal);
}

static void exit_poll_on_ready(uv_poll_t* poll, int status, int events) {
  (void)status, (void)events;
  process_wrap* p = poll->data;
  long long exit_status;
  int term_signal;
  if (!eddy_spawn_reap(p->pid, &exit_status, &term_signal)) return;
  p->exited = true;
  uv_poll_stop(poll); /* like an exited uv_process_t: no longer keeps the loop alive */
  deliver_exit(p, exit_status, term_signal);
}

/* Spawns through spawn_posix.h when it can: 0, a negative errno, or EDDY_SPAWN_USE_UV.
 * stdio as process_spawn's containers; a pipe's other end is opened into its JS Pipe
 * handle. */
static int spawn_without_fork(process_wrap* p, const eddy_spawn_request* base,
                              const uv_stdio_container_t* containers, int count) {
  int* child_fd = eddy_calloc((size_t)(count ? count : 1), sizeof(int));
  int* parent_fd = eddy_calloc((size_t)(count ? count : 1), sizeof(int));
  for (int i = 0; i < count; i++) {
    uv_os_fd_t fd;
    child_fd[i] = -1;
    if (containers[i].flags & UV_CREATE_PIPE)
      child_fd[i] = EDDY_SPAWN_PIPE;
    else if (containers[i].flags & UV_INHERIT_FD)
      child_fd[i] = containers[i].data.fd;
    else if ((containers[i].flags & UV_INHERIT_STREAM) &&
             uv_fileno((uv_handle_t*)containers[i].data.stream, &fd) == 0)
      child_fd[i] = fd;
  }
  eddy_spawn_request request = *base;
  request.child_fd = child_fd;
  request.count = count;
  request.parent_fd = parent_fd;
  int err = eddy_spawn_posix(&request, &p->pid, &p->pidfd);
  /* As uv_spawn, the pipes are opened even when the exec failed (they read EOF): node
   * still sets up the child's stdio before it reports ENOENT and the like. */
  for (int i = 0; i < count; i++)
    if (parent_fd[i] >= 0)
      CHECK_EQ(uv_pipe_open((uv_pipe_t*)containers[i].data.stream, parent_fd[i]), 0);
  free(child_fd);
  free(parent_fd);
  if (err == 0) {
    p->posix = true;
    CHECK_EQ(uv_poll_init(&p->rt->loop, &p->exit_poll, p->pidfd), 0);
    p->exit_poll.data = p;
    uv_poll_start(&p->exit_poll, UV_READABLE, exit_poll_on_ready);
  }
  return err;
}

static EDDY_JS_FN(process_spawn) {
  (void)function, (void)exception;
  process_wrap* p = process_of(self);
  CHECK(!(p->flags & PROC_SPAWNED));
  JSObjectRef o = (JSObjectRef)eddy_js_arg(ctx, argc, argv, 0);
  CHECK(JSValueIsObject(ctx, o));

  char* file = eddy_js_string_prop(ctx, o, "file");
  char* cwd = eddy_js_string_prop(ctx, o, "cwd");
  char** args = eddy_js_string_array_prop(ctx, o, "args");
  char** env = eddy_js_string_array_prop(ctx, o, "envPairs");

  JSObjectRef stdio = (JSObjectRef)eddy_js_get(ctx, o, "stdio");
  CHECK(JSValueIsArray(ctx, stdio));
  size_t count = eddy_js_length(ctx, stdio);
  uv_stdio_container_t* containers = eddy_calloc(count ? count : 1, sizeof(*containers));
  for (size_t i = 0; i < count; i++) {
    JSObjectRef s = (JSObjectRef)JSObjectGetPropertyAtIndex(ctx, stdio, (unsigned)i, NULL);
    char* type = eddy_js_string_prop(ctx, s, "type");
    if (type && strcmp(type, "pipe") == 0) {
      eddy_handle* h = eddy_handle_of(ctx, (JSObjectRef)eddy_js_get(ctx, s, "handle"));
      containers[i].flags = UV_CREATE_PIPE | UV_READABLE_PIPE | UV_WRITABLE_PIPE;
      containers[i].data.stream = &h->u.stream;
    } else if (type && strcmp(type, "wrap") == 0) {
      eddy_handle* h = eddy_handle_of(ctx, (JSObjectRef)eddy_js_get(ctx, s, "handle"));
      containers[i].flags = UV_INHERIT_STREAM;
      containers[i].data.stream = &h->u.stream;
    } else if (type && strcmp(type, "fd") == 0) {
      containers[i].flags = UV_INHERIT_FD;
      containers[i].data.fd = (int)JSValueToNumber(ctx, eddy_js_get(ctx, s, "fd"), NULL);
    } else {
      containers[i].flags = UV_IGNORE;
    }
    free(type);
  }

  bool detached = JSValueToBoolean(ctx, eddy_js_get(ctx, o, "detached"));
  JSValueRef uid = eddy_js_get(ctx, o, "uid"), gid = eddy_js_get(ctx, o, "gid");
  int err = EDDY_SPAWN_USE_UV;
  if (!JSValueIsNumber(ctx, uid) && !JSValueIsNumber(ctx, gid)) {
    eddy_spawn_request request = {file, args, env, cwd, detached, NULL, 0, NULL};
    err = spawn_without_fork(p, &request, containers, (int)count);
    if (err == 0) {
      p->flags |= PROC_SPAWNED;
      JSValueProtect(ctx, p->object);
      eddy_js_set_number(ctx, self, "pid", p->pid);
    } /* on an error nothing was started and no handle exists: close() is a no-op */
  }
  if (err == EDDY_SPAWN_USE_UV) {
    uv_process_options_t opts = {0};
    opts.exit_cb = process_on_exit;
    opts.file = file;
    opts.args = args;
    opts.env = env;
    opts.cwd = cwd;
    opts.stdio = containers;
    opts.stdio_count = (int)count;
    if (detached) opts.flags |= UV_PROCESS_DETACHED;
    if (JSValueIsNumber(ctx, uid)) {
      opts.flags |= UV_PROCESS_SETUID;
      opts.uid = (uv_uid_t)JSValueToNumber(ctx, uid, NULL);
    }
    if (JSValueIsNumber(ctx, gid)) {
      opts.flags |= UV_PROCESS_SETGID;
      opts.gid = (uv_gid_t)JSValueToNumber(ctx, gid, NULL);
    }
    err = uv_spawn(&p->rt->loop, &p->process, &opts);
    /* On failure too libuv initialised the handle: it must still be closed. */
    p->flags |= PROC_SPAWNED;
    p->process.data = p;
    JSValueProtect(ctx, p->object);
    if (err == 0) eddy_js_set_number(ctx, self, "pid", p->process.pid);
  }
  free(containers);
  free(file);
  free(cwd);
  eddy_free_strings(args);
  eddy_free_strings(env);
  return JSValueMakeNumber(ctx, err);
}

static EDDY_JS_FN(process_kill) {
  (void)function, (void)exception;
  process_wrap* p = process_of(self);
  if (!usable(p)) return JSValueMakeNumber(ctx, UV_EBADF);
  int sig = (int)eddy_js_arg_int(ctx, argc, argv, 0);
  if (!p->posix) return JSValueMakeNumber(ctx, uv_process_kill(&p->process, sig));
  if (p->exited) return JSValueMakeNumber(ctx, UV_ESRCH);
  return JSValueMakeNumber(ctx, kill(p->pid, sig) == 0 ? 0 : -errno);
}

static void process_on_close(uv_handle_t* handle) {
  process_wrap* p = handle->data;
  eddy_runtime* rt = p->rt;
  p->flags |= PROC_CLOSED;
  if (p->posix) close(p->pidfd);
  if (p->close_cb) {
    JSObjectRef cb = p->close_cb;
    p->close_cb = NULL;
    if (!rt->exiting) eddy_runtime_call(rt, cb, p->object, 0, NULL);
    JSValueUnprotect(rt->ctx, cb);
  }
  JSValueUnprotect(rt->ctx, p->object);
}

static EDDY_JS_FN(process_close) {
  (void)function, (void)exception;
  process_wrap* p = process_of(self);
  if (!usable(p)) return JSValueMakeUndefined(ctx);
  p->flags |= PROC_CLOSING;
  JSValueRef cb = eddy_js_arg(ctx, argc, argv, 0);
  if (JSValueIsObject(ctx, cb) && JSObjectIsFunction(ctx, (JSObjectRef)cb))
    p->close_cb = eddy_protect_object(ctx, cb);
  uv_close(handle_of(p), process_on_close);
  return JSValueMakeUndefined(ctx);
}

static EDDY_JS_FN(process_ref) {
  (void)function, (void)argc, (void)argv, (void)exception;
  process_wrap* p = process_of(self);
  if (usable(p)) uv_ref(handle_of(p));
  return JSValueMakeUndefined(ctx);
}

static EDDY_JS_FN(process_unref) {
  (void)function, (void)argc, (void)argv, (void)exception;
  process_wrap* p = process_of(self);
  if (usable(p)) uv_unref(handle_of(p));
  return JSValueMakeUndefined(ctx);
}

static EDDY_JS_FN(process_has_ref) {
  (void)function, (void)argc, (void)argv, (void)exception;
  process_wrap* p = process_of(self);
  return JSValueMakeBoolean(ctx, usable(p) && uv_has_ref(handle_of(p)));
}

static const JSStaticFunction process_functions[] = {
    {"spawn", process_spawn, kJSPropertyAttributeDontEnum},
    {"kill", process_kill, kJSPropertyAttributeDontEnum},
    {"close", process_close, kJSPropertyAttributeDontEnum},
    {"ref", process_ref, kJSPropertyAttributeDontEnum},
    {"unref", process_unref, kJSPropertyAttributeDontEnum},
    {"hasRef", process_has_ref, kJSPropertyAttributeDontEnum},
    {NULL, NULL, 0},
};

static JSClassRef process_class(void) {
  static _Atomic(JSClassRef) cls;
  if (!cls) {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "Process";
    def.staticFunctions = process_functions;
    def.finalize = process_finalize;
    eddy_js_class_publish(&cls, JSClassCreate(&def));
  }
  return cls;
}

/* writeUtf8WithHandle(pipe, req, string, handle): uv_write2 of a message on an IPC
 * pipe with a stream handle (a socket or server) passed alongside; req.oncomplete(status). */
typedef struct write2_req {
  uv_write_t req;
  eddy_runtime* rt;
  JSObjectRef req_obj;
  char* data;
} write2_req;

static void write2_on_done(uv_write_t* req, int status) {
  write2_req* w = (write2_req*)req;
  eddy_runtime* rt = w->rt;
  JSObjectRef req_obj = w->req_obj;
  free(w->data);
  free(w);
  JSValueRef args[1] = {JSValueMakeNumber(rt->ctx, status)};
  eddy_req_complete(rt, req_obj, 1, args);
}

static EDDY_JS_FN(write_with_handle) {
  (void)function, (void)self, (void)exception;
  eddy_handle* pipe = eddy_handle_of(ctx, (JSObjectRef)eddy_js_arg(ctx, argc, argv, 0));
  eddy_handle* send = eddy_handle_of(ctx, (JSObjectRef)eddy_js_arg(ctx, argc, argv, 3));
  if (!eddy_handle_usable(pipe) || !eddy_handle_usable(send))
    return JSValueMakeNumber(ctx, UV_EBADF);
  write2_req* w = eddy_calloc(1, sizeof(*w));
  w->rt = eddy_runtime_from(ctx);
  size_t len = 0;
  w->data = eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 2), &len, NULL);
  w->req_obj = eddy_protect_object(ctx, eddy_js_arg(ctx, argc, argv, 1));
  uv_buf_t buf = uv_buf_init(w->data, (unsigned)len);
  int err = uv_write2(&w->req, &pipe->u.stream, &buf, 1, &send->u.stream, write2_on_done);
  if (err) {
    JSValueUnprotect(ctx, w->req_obj);
    free(w->data);
    free(w);
  }
  return JSValueMakeNumber(ctx, err);
}

/* pendingHandleType(pipe) -> 'tcp' | 'pipe' | 'udp' | '' : the kind of the next handle
 * received on an IPC pipe (read after the message bytes that carried it arrived). */
static EDDY_JS_FN(pending_handle_type) {
  (void)function, (void)self, (void)exception;
  eddy_handle* pipe = eddy_handle_of(ctx, (JSObjectRef)eddy_js_arg(ctx, argc, argv, 0));
  if (!eddy_handle_usable(pipe) || uv_pipe_pending_count(&pipe->u.pipe) == 0)
    return eddy_js_cstr(ctx, "");
  switch (uv_pipe_pending_type(&pipe->u.pipe)) {
    case UV_TCP: return eddy_js_cstr(ctx, "tcp");
    case UV_NAMED_PIPE: return eddy_js_cstr(ctx, "pipe");
    case UV_UDP: return eddy_js_cstr(ctx, "udp");
    default: return eddy_js_cstr(ctx, "");
  }
}

/* acceptPending(pipe, target) -> errno: accepts the pending handle into target, a
 * fresh TCP or Pipe handle object made by JS. */
static EDDY_JS_FN(accept_pending) {
  (void)function, (void)self, (void)exception;
  eddy_handle* pipe = eddy_handle_of(ctx, (JSObjectRef)eddy_js_arg(ctx, argc, argv, 0));
  eddy_handle* target = eddy_handle_of(ctx, (JSObjectRef)eddy_js_arg(ctx, argc, argv, 1));
  if (!eddy_handle_usable(pipe) || !eddy_handle_usable(target))
    return JSValueMakeNumber(ctx, UV_EBADF);
  return JSValueMakeNumber(ctx, uv_accept(&pipe->u.stream, &target->u.stream));
}

JSObjectRef eddy_binding_process_wrap_init(eddy_runtime* rt, JSContextRef ctx) {
  (void)rt;
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  eddy_js_set(ctx, b, "Process", JSObjectMakeConstructor(ctx, process_class(), process_construct));
  eddy_js_set_fn(ctx, b, "writeUtf8WithHandle", write_with_handle);
  eddy_js_set_fn(ctx, b, "pendingHandleType", pending_handle_type);
  eddy_js_set_fn(ctx, b, "acceptPending", accept_pending);
  return b;
}
