/* internalBinding('process'): the facts and system calls behind node:process.
 * Returns raw values; lib/internal/process/ shapes them and validates arguments. */
#define _GNU_SOURCE /* RUSAGE_THREAD (process.threadCpuUsage) */
#include <ares.h>
#include <brotli/decode.h>
#include <errno.h>
#include <fcntl.h>
#include <jsc/jsc.h>
#include <llhttp.h>
#include <malloc.h>
#include <nghttp2/nghttp2.h>
#include <openssl/crypto.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>
#ifdef __GLIBC__
#include <gnu/libc-version.h>
#endif

#include "../runtime/engine.h"
#include "../runtime/glib_bridge.h"
#include "../runtime/jsc_private.h"
#include "../runtime/runtime.h"
#include "../runtime/trace_agent.h"
#include "../util/check.h"
#include "../util/js.h"
#include "../util/js_lock.h"
#include "../version.h"
#include "process_env.h"
#include "stream_wrap.h"

extern char** environ;

static JSValueRef string_array(JSContextRef ctx, int n, char** items) {
  JSObjectRef arr = eddy_js_array_new(ctx);
  for (int i = 0; i < n; i++) eddy_js_array_set(ctx, arr, (size_t)i, eddy_js_cstr(ctx, items[i]));
  return arr;
}

static JSValueRef const_string_array(JSContextRef ctx, int n, const char** items) {
  return string_array(ctx, n, (char**)items);
}

/* The parsed command line, for lib/internal/main. */
static JSObjectRef options_object(JSContextRef ctx, const eddy_options* o) {
  JSObjectRef obj = JSObjectMake(ctx, NULL, NULL);
  eddy_js_set(ctx, obj, "eval",
              o->eval_source ? eddy_js_cstr(ctx, o->eval_source) : JSValueMakeNull(ctx));
  eddy_js_set(ctx, obj, "print", JSValueMakeBoolean(ctx, o->print_eval));
  eddy_js_set(ctx, obj, "forceStdin", JSValueMakeBoolean(ctx, o->force_stdin));
  eddy_js_set(ctx, obj, "requires", const_string_array(ctx, o->require_count, o->requires));
  eddy_js_set(ctx, obj, "imports", const_string_array(ctx, o->import_count, o->imports));
  eddy_js_set(ctx, obj, "envFiles", const_string_array(ctx, o->env_file_count, o->env_files));
  eddy_js_set(ctx, obj, "disableWarning",
              const_string_array(ctx, o->disable_warning_count, o->disable_warnings));
  eddy_js_set_cstr(ctx, obj, "inputType", o->input_type ? o->input_type : "");
  eddy_js_set_cstr(ctx, obj, "unhandledRejections",
                   o->unhandled_rejections ? o->unhandled_rejections : "");
  eddy_js_set(ctx, obj, "exposeGC", JSValueMakeBoolean(ctx, o->expose_gc));
  eddy_js_set(ctx, obj, "noWarnings", JSValueMakeBoolean(ctx, o->no_warnings));
  eddy_js_set(ctx, obj, "noDeprecation", JSValueMakeBoolean(ctx, o->no_deprecation));
  eddy_js_set(ctx, obj, "pendingDeprecation", JSValueMakeBoolean(ctx, o->pending_deprecation));
  eddy_js_set(ctx, obj, "throwDeprecation", JSValueMakeBoolean(ctx, o->throw_deprecation));
  eddy_js_set(ctx, obj, "traceWarnings", JSValueMakeBoolean(ctx, o->trace_warnings));
  eddy_js_set(ctx, obj, "traceDeprecation", JSValueMakeBoolean(ctx, o->trace_deprecation));
  eddy_js_set(ctx, obj, "test", JSValueMakeBoolean(ctx, o->test));
  eddy_js_set(ctx, obj, "check", JSValueMakeBoolean(ctx, o->check));
  eddy_js_set(ctx, obj, "watch", JSValueMakeBoolean(ctx, o->watch));
  eddy_js_set(ctx, obj, "interactive", JSValueMakeBoolean(ctx, o->interactive));
  eddy_js_set(ctx, obj, "runScript",
              o->run_script ? eddy_js_cstr(ctx, o->run_script) : JSValueMakeNull(ctx));
  eddy_js_set(ctx, obj, "runArgs", JSValueMakeBoolean(ctx, o->run_args));
  eddy_js_set_number(ctx, obj, "stackTraceLimit", o->stack_trace_limit);
  eddy_js_set_number(ctx, obj, "oldSpaceBytes", (double)eddy_engine_old_space_bytes(o));
  eddy_js_set(ctx, obj, "title", o->title ? eddy_js_cstr(ctx, o->title) : JSValueMakeNull(ctx));
  eddy_js_set_cstr(ctx, obj, "redirectWarnings", o->redirect_warnings ? o->redirect_warnings : "");
  eddy_js_set(ctx, obj, "flags", const_string_array(ctx, o->lib_flag_count, o->lib_flags));
  /* Whether the process traces as this runtime starts (src/runtime/trace_agent.h):
   * spares a start-up that does not the trace_events binding. */
  eddy_js_set(ctx, obj, "tracing", JSValueMakeBoolean(ctx, atomic_load(&eddy_trace_active)));
  return obj;
}

/* One read-only entry of process.versions (node's are not writable). */
static void set_version(JSContextRef ctx, JSObjectRef versions, const char* name,
                        const char* value) {
  JSStringRef key = JSStringCreateWithUTF8CString(name);
  JSObjectSetProperty(ctx, versions, key, eddy_js_cstr(ctx, value), kJSPropertyAttributeReadOnly,
                      NULL);
  JSStringRelease(key);
}

/* process.versions: node first, then the components in name order, as node lists
 * them (modules and napi: the ABI versions of node 24 that eddy implements). */
static JSObjectRef versions_object(JSContextRef ctx) {
  JSObjectRef v = JSObjectMake(ctx, NULL, NULL);
  char buf[64];
  set_version(ctx, v, "node", EDDY_NODE_VERSION);
  set_version(ctx, v, "ares", ares_version(NULL));
  uint32_t brotli = BrotliDecoderVersion(); /* 0xMMMmmmppp */
  snprintf(buf, sizeof(buf), "%u.%u.%u", brotli >> 24, (brotli >> 12) & 0xfff, brotli & 0xfff);
  set_version(ctx, v, "brotli", buf);
  set_version(ctx, v, "eddy", EDDY_VERSION);
  snprintf(buf, sizeof(buf), "%u.%u.%u", jsc_get_major_version(), jsc_get_minor_version(),
           jsc_get_micro_version());
  set_version(ctx, v, "jsc", buf);
  snprintf(buf, sizeof(buf), "%d.%d.%d", LLHTTP_VERSION_MAJOR, LLHTTP_VERSION_MINOR,
           LLHTTP_VERSION_PATCH);
  set_version(ctx, v, "llhttp", buf);
  set_version(ctx, v, "modules", "137");
  set_version(ctx, v, "napi", "10");
  set_version(ctx, v, "nghttp2", nghttp2_version(0)->version_str);
  set_version(ctx, v, "openssl", OpenSSL_version(OPENSSL_VERSION_STRING));
  /* The header's version: the library itself is loaded only when node:sqlite is
   * (src/binding/sqlite_api.h), and both come from the same Debian package. */
  set_version(ctx, v, "sqlite", SQLITE_VERSION);
  set_version(ctx, v, "uv", uv_version_string());
  set_version(ctx, v, "zlib", zlibVersion());
  set_version(ctx, v, "zstd", ZSTD_versionString());
  return v;
}

static EDDY_JS_FN(process_cwd) {
  (void)function, (void)self, (void)argc, (void)argv, (void)exception;
  char buf[4096];
  size_t size = sizeof(buf);
  int err = uv_cwd(buf, &size);
  if (err) return JSValueMakeNumber(ctx, err);
  return eddy_js_utf8(ctx, buf, size);
}

static EDDY_JS_FN(process_chdir) {
  (void)function, (void)self;
  char* dir = eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 0), NULL, exception);
  if (!dir) return NULL;
  int err = uv_chdir(dir);
  free(dir);
  return JSValueMakeNumber(ctx, err);
}

/* hrtime(bytes): writes [seconds high 32 bits, seconds low 32 bits, nanoseconds]
 * into 12 bytes (a Uint8Array over a Uint32Array's buffer), so the hot path
 * allocates nothing. */
static EDDY_JS_FN(process_hrtime) {
  (void)function, (void)self, (void)exception;
  size_t len = 0;
  uint32_t* out = (uint32_t*)eddy_js_bytes(ctx, eddy_js_arg(ctx, argc, argv, 0), &len);
  CHECK(out && len >= 12);
  uint64_t t = uv_hrtime();
  uint64_t sec = t / 1000000000u;
  out[0] = (uint32_t)(sec >> 32);
  out[1] = (uint32_t)sec;
  out[2] = (uint32_t)(t % 1000000000u);
  return JSValueMakeUndefined(ctx);
}

static EDDY_JS_FN(process_hrtime_bigint) {
  (void)function, (void)self, (void)argc, (void)argv;
  return JSBigIntCreateWithUInt64(ctx, uv_hrtime(), exception);
}

static EDDY_JS_FN(process_uptime) {
  (void)function, (void)self, (void)argc, (void)argv, (void)exception;
  eddy_runtime* rt = eddy_runtime_from(ctx);
  (void)rt;
  static uint64_t start;
  if (!start) start = uv_hrtime();
  return JSValueMakeNumber(ctx, (double)(uv_hrtime() - start) / 1e9);
}

static EDDY_JS_FN(process_rss) {
  (void)function, (void)self, (void)argc, (void)argv, (void)exception;
  size_t rss = 0;
  uv_resident_set_memory(&rss);
  return JSValueMakeNumber(ctx, (double)rss);
}

/* memoryUsage(): [rss, heapTotal, heapUsed, external, arrayBuffers] */
static EDDY_JS_FN(process_memory_usage) {
  (void)function, (void)self, (void)argc, (void)argv, (void)exception;
  size_t rss = 0;
  uv_resident_set_memory(&rss);
  JSObjectRef stats = JSGetMemoryUsageStatistics(ctx);
  double heap_size = JSValueToNumber(ctx, eddy_js_get(ctx, stats, "heapSize"), NULL);
  double heap_capacity = JSValueToNumber(ctx, eddy_js_get(ctx, stats, "heapCapacity"), NULL);
  double extra = JSValueToNumber(ctx, eddy_js_get(ctx, stats, "extraMemorySize"), NULL);
  JSValueRef values[5] = {JSValueMakeNumber(ctx, (double)rss),
                          JSValueMakeNumber(ctx, heap_capacity), JSValueMakeNumber(ctx, heap_size),
                          JSValueMakeNumber(ctx, extra != extra ? 0 : extra),
                          JSValueMakeNumber(ctx, extra != extra ? 0 : extra)};
  return eddy_js_array_of(ctx, 5, values);
}

static double timeval_us(uv_timeval_t tv) { return (double)tv.tv_sec * 1e6 + (double)tv.tv_usec; }

/* resourceUsage(): the 16 fields of uv_getrusage, in node's order. */
static EDDY_JS_FN(process_resource_usage) {
  (void)function, (void)self, (void)argc, (void)argv, (void)exception;
  uv_rusage_t r;
  if (uv_getrusage(&r)) memset(&r, 0, sizeof(r));
  double f[16] = {timeval_us(r.ru_utime),
                  timeval_us(r.ru_stime),
                  r.ru_maxrss,
                  r.ru_ixrss,
                  r.ru_idrss,
                  r.ru_isrss,
                  r.ru_minflt,
                  r.ru_majflt,
                  r.ru_nswap,
                  r.ru_inblock,
                  r.ru_oublock,
                  r.ru_msgsnd,
                  r.ru_msgrcv,
                  r.ru_nsignals,
                  r.ru_nvcsw,
                  r.ru_nivcsw};
  JSValueRef values[16];
  for (int i = 0; i < 16; i++) values[i] = JSValueMakeNumber(ctx, f[i]);
  return eddy_js_array_of(ctx, 16, values);
}

/* threadCpuUsage() -> [user, system] microseconds of the calling thread */
static EDDY_JS_FN(process_thread_cpu_usage) {
  (void)function, (void)self, (void)argc, (void)argv, (void)exception;
  struct rusage r;
  if (getrusage(RUSAGE_THREAD, &r)) memset(&r, 0, sizeof(r));
  JSValueRef values[2] = {
      JSValueMakeNumber(ctx, (double)r.ru_utime.tv_sec * 1e6 + (double)r.ru_utime.tv_usec),
      JSValueMakeNumber(ctx, (double)r.ru_stime.tv_sec * 1e6 + (double)r.ru_stime.tv_usec)};
  return eddy_js_array_of(ctx, 2, values);
}

static EDDY_JS_FN(process_kill) {
  (void)function, (void)self, (void)exception;
  int pid = (int)eddy_js_arg_int(ctx, argc, argv, 0);
  int sig = (int)eddy_js_arg_int(ctx, argc, argv, 1);
  return JSValueMakeNumber(ctx, uv_kill(pid, sig));
}

/* execve(path, argv[], envp[]) -> only returns: the errno (negative) when the
 * program could not replace this one. Nothing of this process may outlive it: every
 * descriptor past stdio is marked close-on-exec (a listening socket must not stay
 * bound in the new program) and the terminal leaves raw mode. */
static EDDY_JS_FN(process_execve) {
  (void)function, (void)self, (void)exception;
  char* path = eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 0), NULL, NULL);
  char** args =
      eddy_js_string_array_prop(ctx, (JSObjectRef)eddy_js_arg(ctx, argc, argv, 1), "list");
  char** env = eddy_js_string_array_prop(ctx, (JSObjectRef)eddy_js_arg(ctx, argc, argv, 1), "env");
  CHECK(path && args && env);
  uv_tty_reset_mode();
  for (int fd = 3; fd < 65536; fd++) {
    int flags = fcntl(fd, F_GETFD);
    if (flags == -1) {
      if (errno == EBADF && fd > 1024)
        break; /* past every descriptor a program opens in practice */
      continue;
    }
    if (!(flags & FD_CLOEXEC)) fcntl(fd, F_SETFD, flags | FD_CLOEXEC);
  }
  execve(path, args, env);
  int err = -errno;
  free(path);
  eddy_free_strings(args);
  eddy_free_strings(env);
  return JSValueMakeNumber(ctx, err);
}

static EDDY_JS_FN(process_umask) {
  (void)function, (void)self, (void)exception;
  mode_t old;
  if (argc == 0 || JSValueIsUndefined(ctx, argv[0])) {
    old = umask(0);
    umask(old);
  } else {
    old = umask((mode_t)eddy_js_arg_int(ctx, argc, argv, 0));
  }
  return JSValueMakeNumber(ctx, old);
}

/* libcVersions() -> [runtime, compiled-against] glibc versions, for
 * process.report's header (detect-libc and prebuild loaders read it); [] off glibc. */
static EDDY_JS_FN(process_libc_versions) {
  (void)function, (void)self, (void)argc, (void)argv, (void)exception;
#ifdef __GLIBC__
  char compiled[32];
  snprintf(compiled, sizeof compiled, "%d.%d", __GLIBC__, __GLIBC_MINOR__);
  JSValueRef v[2] = {eddy_js_cstr(ctx, gnu_get_libc_version()), eddy_js_cstr(ctx, compiled)};
  return eddy_js_array_of(ctx, 2, v);
#else
  return eddy_js_array_new(ctx);
#endif
}

static EDDY_JS_FN(process_ids) {
  (void)function, (void)self, (void)argc, (void)argv, (void)exception;
  JSValueRef v[4] = {JSValueMakeNumber(ctx, getuid()), JSValueMakeNumber(ctx, geteuid()),
                     JSValueMakeNumber(ctx, getgid()), JSValueMakeNumber(ctx, getegid())};
  return eddy_js_array_of(ctx, 4, v);
}

/* groups() -> the supplementary group ids, with the effective gid added when the
 * list lacks it (as node's process.getgroups() does). */
static EDDY_JS_FN(process_groups) {
  (void)function, (void)self, (void)argc, (void)argv, (void)exception;
  int n = getgroups(0, NULL);
  if (n < 0) n = 0;
  gid_t* list = eddy_malloc(((size_t)n + 1) * sizeof(gid_t));
  n = getgroups(n, list);
  if (n < 0) n = 0;
  gid_t egid = getegid();
  bool has_egid = false;
  for (int i = 0; i < n; i++) has_egid = has_egid || list[i] == egid;
  if (!has_egid) list[n++] = egid;
  JSValueRef* v = eddy_malloc((size_t)n * sizeof(JSValueRef));
  for (int i = 0; i < n; i++) v[i] = JSValueMakeNumber(ctx, list[i]);
  JSObjectRef array = eddy_js_array_of(ctx, (size_t)n, v);
  free(v);
  free(list);
  return array;
}

static EDDY_JS_FN(process_really_exit) {
  (void)function, (void)self, (void)exception;
  eddy_runtime* rt = eddy_runtime_from(ctx);
  if (rt->worker) {
    /* A worker's process.exit() ends its thread: the loop stops and the caller's
     * JS unwinds with the VM's termination exception, which no catch block sees
     * (jsc_private.h); no JS runs again. */
    eddy_runtime_stop(rt, (int)eddy_js_arg_int(ctx, argc, argv, 0));
    eddy_js_lock lock;
    eddy_js_lock_take(&lock, ctx);
    *exception = (JSValueRef)eddy_jsc_vm_termination_exception((void*)JSContextGetGroup(ctx));
    eddy_js_lock_release(&lock);
    return NULL;
  }
  rt->exiting = true;
  eddy_runtime_exit(rt, (int)eddy_js_arg_int(ctx, argc, argv, 0));
}

static EDDY_JS_FN(process_abort) {
  (void)ctx, (void)function, (void)self, (void)argc, (void)argv, (void)exception;
  abort();
}

static EDDY_JS_FN(process_get_title) {
  (void)function, (void)self, (void)argc, (void)argv, (void)exception;
  char buf[512];
  if (uv_get_process_title(buf, sizeof(buf))) buf[0] = '\0';
  return eddy_js_cstr(ctx, buf);
}

static EDDY_JS_FN(process_set_title) {
  (void)function, (void)self;
  char* title = eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 0), NULL, exception);
  if (!title) return NULL;
  uv_set_process_title(title);
  free(title);
  return JSValueMakeUndefined(ctx);
}

/* activeHandles() -> [handle object, type name, ...] for each open, referenced
 * stream or UDP handle on this thread's loop: process._getActiveHandles() and
 * getActiveResourcesInfo(). Those are the eddy_handle kinds (uv data points to
 * the wrapper); timers are counted in JS, and a listening stream is a server. */
typedef struct walk_state {
  JSContextRef ctx;
  JSObjectRef list;
  unsigned n;
} walk_state;

static const char* active_type_name(uv_handle_t* handle) {
  bool server = false;
  if (handle->type == UV_TCP || handle->type == UV_NAMED_PIPE) {
    server = ((uv_stream_t*)handle)->connection_cb != NULL;
  }
  switch (handle->type) {
    case UV_TCP: return server ? "TCPServerWrap" : "TCPSocketWrap";
    case UV_NAMED_PIPE: return server ? "PipeServerWrap" : "PipeWrap";
    case UV_TTY: return "TTYWrap";
    case UV_UDP: return "UDPWrap";
    default: return NULL;
  }
}

static void handle_on_walk(uv_handle_t* handle, void* arg) {
  walk_state* w = arg;
  const char* name = active_type_name(handle);
  /* A closing handle still counts until its close callback, as in node (the walk
   * no longer sees it after that, and its object is protected until then). */
  if (name == NULL || !uv_has_ref(handle)) return;
  eddy_handle* h = handle->data;
  if (h == NULL || h->object == NULL) return;
  eddy_js_array_set(w->ctx, w->list, w->n++, h->object);
  eddy_js_array_set(w->ctx, w->list, w->n++, eddy_js_cstr(w->ctx, name));
}

static EDDY_JS_FN(process_active_handles) {
  (void)function, (void)self, (void)argc, (void)argv, (void)exception;
  walk_state w = {ctx, eddy_js_array_new(ctx), 0};
  uv_walk(&eddy_runtime_from(ctx)->loop, handle_on_walk, &w);
  return w.list;
}

static EDDY_JS_FN(process_gc) {
  (void)function, (void)self, (void)argc, (void)argv, (void)exception;
  JSSynchronousGarbageCollectForDebugging(ctx);
  /* What the collection freed goes back to the system too: glibc keeps freed
   * memory in its arenas (OpenSSL's per-connection buffers, for one), so without
   * this RSS after gc() wanders by tens of MB with the order things were freed in. */
  malloc_trim(0);
  eddy_glib_bridge_settle(eddy_runtime_from(ctx));
  return JSValueMakeUndefined(ctx);
}

/* Signal watching: one uv_signal_t per signal number, each calling lib/'s onSignal.
 * A handle is made once and then only started and stopped: closing it when the last
 * listener went and making it again when one came back re-initialised a handle libuv
 * was still closing (an assertion in uv__finish_close). */
typedef struct signal_state {
  uv_signal_t handles[65];
  bool made[65];
  bool active[65];
  JSObjectRef on_signal; /* protected */
} signal_state;

static void signal_on_fire(uv_signal_t* handle, int signum) {
  eddy_runtime* rt = handle->loop->data;
  signal_state* s = rt->binding_state[EDDY_BINDING_process];
  JSValueRef arg = JSValueMakeNumber(rt->ctx, signum);
  eddy_runtime_call(rt, s->on_signal, NULL, 1, &arg);
}

static EDDY_JS_FN(process_set_signal_handler) {
  (void)function, (void)self, (void)exception;
  eddy_runtime* rt = eddy_runtime_from(ctx);
  signal_state* s = rt->binding_state[EDDY_BINDING_process];
  if (s->on_signal) JSValueUnprotect(ctx, s->on_signal);
  s->on_signal = eddy_protect_object(ctx, eddy_js_arg(ctx, argc, argv, 0));
  return JSValueMakeUndefined(ctx);
}

/* watchSignal(signum, watch): starts or stops delivering signum; returns 0 or an errno. */
static EDDY_JS_FN(process_watch_signal) {
  (void)function, (void)self, (void)exception;
  eddy_runtime* rt = eddy_runtime_from(ctx);
  signal_state* s = rt->binding_state[EDDY_BINDING_process];
  int signum = (int)eddy_js_arg_int(ctx, argc, argv, 0);
  bool watch = JSValueToBoolean(ctx, eddy_js_arg(ctx, argc, argv, 1));
  if (signum <= 0 || signum >= 65) return JSValueMakeNumber(ctx, UV_EINVAL);
  int err = 0;
  if (watch && !s->active[signum]) {
    if (!s->made[signum]) {
      err = uv_signal_init(&rt->loop, &s->handles[signum]);
      s->made[signum] = err == 0;
    }
    if (!err) err = uv_signal_start(&s->handles[signum], signal_on_fire, signum);
    s->active[signum] = err == 0;
  } else if (!watch && s->active[signum]) {
    uv_signal_stop(&s->handles[signum]);
    s->active[signum] = false;
  }
  return JSValueMakeNumber(ctx, err);
}

/* refSignal(signum, ref): whether a watched signal keeps the loop alive. Node's
 * signal watchers are unref'd so a listener alone does not keep a process running. */
static EDDY_JS_FN(process_ref_signal) {
  (void)function, (void)self, (void)exception;
  eddy_runtime* rt = eddy_runtime_from(ctx);
  signal_state* s = rt->binding_state[EDDY_BINDING_process];
  int signum = (int)eddy_js_arg_int(ctx, argc, argv, 0);
  if (signum > 0 && signum < 65 && s->active[signum]) {
    if (JSValueToBoolean(ctx, eddy_js_arg(ctx, argc, argv, 1)))
      uv_ref((uv_handle_t*)&s->handles[signum]);
    else
      uv_unref((uv_handle_t*)&s->handles[signum]);
  }
  return JSValueMakeUndefined(ctx);
}

static void process_dispose(eddy_runtime* rt) {
  signal_state* s = rt->binding_state[EDDY_BINDING_process];
  for (int i = 0; i < 65; i++)
    if (s->made[i]) uv_close((uv_handle_t*)&s->handles[i], NULL);
  uv_run(&rt->loop, UV_RUN_NOWAIT);
  free(s);
  rt->binding_state[EDDY_BINDING_process] = NULL;
}

JSObjectRef eddy_binding_process_init(eddy_runtime* rt, JSContextRef ctx) {
  rt->binding_state[EDDY_BINDING_process] = eddy_calloc(1, sizeof(signal_state));
  rt->binding_dispose[EDDY_BINDING_process] = process_dispose;
  const eddy_options* o = rt->options;
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  char exe[4096];
  size_t exe_len = sizeof(exe);
  if (uv_exepath(exe, &exe_len)) exe_len = 0;
  eddy_js_set(ctx, b, "execPath", eddy_js_utf8(ctx, exe, exe_len));
  eddy_js_set(ctx, b, "argv", string_array(ctx, o->argc, o->argv));
  eddy_js_set(ctx, b, "execArgv", string_array(ctx, o->exec_argc, o->exec_argv));
  eddy_js_set(ctx, b, "options", options_object(ctx, o));
  eddy_js_set(ctx, b, "versions", versions_object(ctx));
  eddy_js_set_number(ctx, b, "pid", uv_os_getpid());
  eddy_js_set_number(ctx, b, "ppid", uv_os_getppid());
  eddy_js_set_fn(ctx, b, "cwd", process_cwd);
  eddy_js_set_fn(ctx, b, "activeHandles", process_active_handles);
  eddy_js_set_fn(ctx, b, "chdir", process_chdir);
  eddy_js_set_fn(ctx, b, "hrtime", process_hrtime);
  eddy_js_set_fn(ctx, b, "hrtimeBigInt", process_hrtime_bigint);
  eddy_js_set_fn(ctx, b, "uptime", process_uptime);
  eddy_js_set_fn(ctx, b, "rss", process_rss);
  eddy_js_set_fn(ctx, b, "memoryUsage", process_memory_usage);
  eddy_js_set_fn(ctx, b, "resourceUsage", process_resource_usage);
  eddy_js_set_fn(ctx, b, "threadCpuUsage", process_thread_cpu_usage);
  eddy_js_set_fn(ctx, b, "kill", process_kill);
  eddy_js_set_fn(ctx, b, "execve", process_execve);
  eddy_js_set_fn(ctx, b, "umask", process_umask);
  eddy_js_set_fn(ctx, b, "ids", process_ids);
  eddy_js_set_fn(ctx, b, "libcVersions", process_libc_versions);
  eddy_js_set_fn(ctx, b, "groups", process_groups);
  eddy_js_set_fn(ctx, b, "reallyExit", process_really_exit);
  eddy_js_set_fn(ctx, b, "abort", process_abort);
  eddy_js_set_fn(ctx, b, "getTitle", process_get_title);
  eddy_js_set_fn(ctx, b, "setTitle", process_set_title);
  eddy_js_set_fn(ctx, b, "gc", process_gc);
  eddy_process_env_install(ctx, b);
  eddy_js_set_fn(ctx, b, "setSignalHandler", process_set_signal_handler);
  eddy_js_set_fn(ctx, b, "watchSignal", process_watch_signal);
  eddy_js_set_fn(ctx, b, "refSignal", process_ref_signal);
  process_uptime(ctx, NULL, NULL, 0, NULL, NULL);
  return b;
}
