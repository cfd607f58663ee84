/* internalBinding('worker'): worker threads. Each worker is a thread with its own
 * runtime (its own JSC context group, so its own VM and heap, and its own libuv
 * loop); the only things shared with the parent are two message channels
 * (messaging.c): the public one (worker.postMessage <-> parentPort) and an internal
 * one for lib/internal/worker.js's control messages (the script to load, 'online',
 * errors).
 *
 * JS API in the parent:
 *   new WorkerHandle({ argv, execArgv, maxHeapMb, stackSizeMb }) -> handle with
 *     .threadId, .publicPort, .internalPort (MessagePort handles of the parent side)
 *   handle.start() -> 0 or a negative errno (uv_thread_create)
 *   handle.terminate()      asks the thread to stop, even in a busy loop
 *   handle.onexit(code, outOfMemory, initError)   after the thread has ended and been
 *       joined; initError is a negative errno when its runtime could not start
 *   handle.ref() / unref() / hasRef()
 *   handle.cpuUsage() -> [user, system] microseconds, or undefined once ended
 * In every runtime: isMainThread, threadId, and in a worker getPorts() -> [public,
 * internal] (the worker's sides) and isStopping() (process.exit() or terminate()
 * has begun ending the thread: what still runs is unwinding).
 *
 * Stopping (DESIGN.md "Stopping running JS"): the worker's context group has an
 * execution time limit whose callback re-arms itself every 20 ms of running JS and
 * returns true (terminate) once a stop was asked; a uv_async_t wakes the worker's
 * loop when it is idle. The heap limit (resourceLimits.maxOldGenerationSizeMb) is
 * checked in the same callback.
 *
 * Lifecycle: the parent's handle object is protected from start() until onexit ran;
 * the eddy_worker is freed when both the exit was reported and the JS object was
 * finalized. */
#include "worker.h"

#include <errno.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "../runtime/jsc_private.h"
#include "../runtime/options.h"
#include "../util/check.h"
#include "../util/js.h"
#include "../util/js_lock.h"
#include "atomics.h"
#include "messaging.h"

typedef struct eddy_worker {
  uv_thread_t thread;
  eddy_runtime* parent;
  JSObjectRef object;    /* parent's handle object; protected while running */
  uv_async_t exit_async; /* on the parent loop: the thread has ended */
  uv_mutex_t mutex;      /* guards stop_async_open */
  uv_async_t stop_async; /* on the worker loop */
  uv_check_t heap_check; /* on the worker loop, with a heap limit: checks it between callbacks */
  uint64_t heap_checked; /* uv_now() of the last such check */
  bool stop_async_open;
  atomic_bool stop_requested;
  bool oom;
  bool started;
  bool joined;                    /* the thread has been joined */
  struct eddy_worker* next_child; /* in the parent runtime's list of its started workers */
  bool exited;                    /* exit reported to JS (or never started) */
  bool finalized;
  int exit_code;
  int init_error; /* negative errno when the thread's runtime could not start */
  int thread_id;
  size_t max_heap;        /* bytes; 0 = no limit */
  size_t stack_size;      /* the thread's stack, bytes */
  eddy_port* public_port; /* worker's sides until the worker takes them */
  eddy_port* internal_port;
  atomic_int tid; /* the thread's kernel id while it runs, else 0 */
  int* fds;       /* trackUnmanagedFds: descriptors the thread's fs.open() left open */
  int fd_count;
  eddy_options options;    /* the worker's command line, owned */
  bool owns_option_arrays; /* options' requires, imports, ... are copies to free */
  char** strings;          /* every string options points at */
  int string_count;
} eddy_worker;

static atomic_int next_thread_id = 1;

/* Per runtime: the workers it started whose exit it has not finished handling. */
typedef struct worker_state {
  eddy_worker* children;
} worker_state;

static worker_state* worker_state_of(eddy_runtime* rt);

static void children_remove(eddy_runtime* rt, eddy_worker* w) {
  worker_state* st = rt->binding_state[EDDY_BINDING_worker];
  if (!st) return;
  for (eddy_worker** link = &st->children; *link; link = &(*link)->next_child) {
    if (*link != w) continue;
    *link = w->next_child;
    w->next_child = NULL;
    return;
  }
}

static JSClassRef worker_class(void);

static void worker_free(eddy_worker* w) {
  if (w->public_port) eddy_port_release(w->public_port);
  if (w->internal_port) eddy_port_release(w->internal_port);
  for (int i = 0; i < w->string_count; i++) free(w->strings[i]);
  free(w->strings);
  free(w->fds);
  free(w->options.argv);
  free(w->options.exec_argv);
  if (w->owns_option_arrays) {
    free((void*)w->options.requires);
    free((void*)w->options.imports);
    free((void*)w->options.disable_warnings);
    free((void*)w->options.lib_flags);
  }
  uv_mutex_destroy(&w->mutex);
  free(w);
}

static void worker_finalize(JSObjectRef object) {
  eddy_worker* w = JSObjectGetPrivate(object);
  if (!w) return;
  w->finalized = true;
  if (w->exited) worker_free(w);
}

static char* keep(eddy_worker* w, char* s) {
  w->strings = eddy_realloc(w->strings, (size_t)(w->string_count + 1) * sizeof(char*));
  w->strings[w->string_count++] = s;
  return s;
}

static char** string_array(JSContextRef ctx, eddy_worker* w, JSValueRef v, int* count) {
  *count = 0;
  if (!JSValueIsArray(ctx, v)) return eddy_calloc(1, sizeof(char*));
  JSObjectRef arr = (JSObjectRef)v;
  int n = (int)eddy_js_length(ctx, arr);
  char** out = eddy_calloc((size_t)n + 1, sizeof(char*));
  for (int i = 0; i < n; i++)
    out[i] = keep(w, eddy_js_to_utf8(ctx, JSObjectGetPropertyAtIndex(ctx, arr, (unsigned)i, NULL),
                                     NULL, NULL));
  *count = n;
  return out;
}

static void own_string(void* data, char* s) { keep(data, s); }

/* A copy of an option array the worker may add to (the parent's stays its own). */
static const char** dup_strings(const char** items, int count) {
  const char** out = eddy_calloc((size_t)count + 1, sizeof(char*));
  if (count) memcpy((void*)out, items, (size_t)count * sizeof(char*));
  return out;
}

/* The text node gives for a refused option word. */
static void describe_refused(char* out, size_t size, int status, const char* word, bool from_env) {
  size_t name_len = strcspn(word, "=");
  if (status == EDDY_OPT_MISSING_VALUE) {
    snprintf(out, size, "%s requires an argument", word);
  } else if (status == EDDY_OPT_INVALID_VALUE) {
    snprintf(out, size, "invalid value for %.*s", (int)name_len, word);
  } else if (from_env) {
    /* node names a refused valued option with its '=' ("--title="). */
    snprintf(out, size, "%.*s is not allowed in NODE_OPTIONS",
             (int)(word[name_len] ? name_len + 1 : name_len), word);
  } else {
    snprintf(out, size, "%s", word);
  }
}

/* Reads option words into o; 0, or the status of the first refused one (*bad). */
static int read_words(eddy_options* o, eddy_option_reader* r, int count, char** words, int* bad) {
  for (int i = 0; i < count; i++) {
    int start = i;
    int status = eddy_options_parse_one(o, r, count, words, &i);
    if (status == EDDY_OPT_NOT_AN_OPTION) status = EDDY_OPT_BAD;
    if (status != EDDY_OPT_PARSED) {
      *bad = start;
      return status;
    }
  }
  return 0;
}

/* The worker's options, as node makes them: the parent's, or, when the Worker
 * was given execArgv, the parent's process-wide ones (V8 flags, --title) with
 * the per-thread ones read afresh from the NODE_OPTIONS of the worker's env and
 * then execArgv. Returns NULL, or which of the two ("execArgv", "NODE_OPTIONS")
 * holds an option a worker may not have, with node's words in message. */
static const char* worker_read_options(eddy_worker* w, JSContextRef ctx, const eddy_options* parent,
                                       JSValueRef exec_argv, JSValueRef node_options, char* message,
                                       size_t message_size) {
  eddy_options* o = &w->options;
  int argc = o->argc;
  char** argv = o->argv;
  *o = *parent;
  o->argc = argc;
  o->argv = argv;
  o->eval_source = NULL;
  o->print_eval = false;
  o->force_stdin = false;
  o->env_file_count = 0;
  o->env_files = NULL;
  o->title = NULL;
  o->run_script = NULL;
  bool fresh = JSValueIsArray(ctx, exec_argv);
  if (fresh) {
    o->require_count = o->import_count = o->disable_warning_count = o->lib_flag_count = 0;
    o->input_type = o->unhandled_rejections = o->redirect_warnings = NULL;
    o->no_warnings = o->no_deprecation = o->throw_deprecation = false;
    o->trace_warnings = o->trace_deprecation = o->test = o->check = o->interactive = false;
  }
  o->requires = dup_strings(o->requires, o->require_count);
  o->imports = dup_strings(o->imports, o->import_count);
  o->disable_warnings = dup_strings(o->disable_warnings, o->disable_warning_count);
  o->lib_flags = dup_strings(o->lib_flags, o->lib_flag_count);
  w->owns_option_arrays = true;
  if (fresh) {
    o->exec_argv = string_array(ctx, w, exec_argv, &o->exec_argc);
  } else {
    o->exec_argv = (char**)dup_strings((const char**)parent->exec_argv, parent->exec_argc);
    o->exec_argc = parent->exec_argc;
    for (int i = 0; i < o->exec_argc; i++) o->exec_argv[i] = keep(w, strdup(o->exec_argv[i]));
  }
  eddy_option_reader reader = {.worker = true, .own = own_string, .own_data = w};
  int bad = 0, status;
  if (JSValueIsString(ctx, node_options)) {
    char* text = eddy_js_to_utf8(ctx, node_options, NULL, NULL);
    int count;
    char** words = eddy_options_split(text, &count);
    free(text);
    for (int i = 0; i < count; i++) keep(w, words[i]);
    reader.node_options = true;
    status = read_words(o, &reader, count, words, &bad);
    reader.node_options = false;
    if (status) {
      describe_refused(message, message_size, status, words[bad], true);
      free(words);
      return "NODE_OPTIONS";
    }
    free(words);
  }
  if (fresh && (status = read_words(o, &reader, o->exec_argc, o->exec_argv, &bad)) != 0) {
    describe_refused(message, message_size, status, o->exec_argv[bad], false);
    return "execArgv";
  }
  return NULL;
}

static JSObjectRef worker_construct(JSContextRef ctx, JSObjectRef constructor, size_t argc,
                                    const JSValueRef argv[], JSValueRef* exception) {
  (void)constructor;
  eddy_runtime* rt = eddy_runtime_from(ctx);
  JSObjectRef config = (JSObjectRef)eddy_js_arg(ctx, argc, argv, 0);
  CHECK(JSValueIsObject(ctx, config));
  int err = eddy_messaging_ready(rt);
  if (err) {
    char message[128];
    snprintf(message, sizeof(message), "%s: %s", uv_err_name(err), uv_strerror(err));
    *exception = eddy_js_error(ctx, message);
    return NULL;
  }
  eddy_worker* w = eddy_calloc(1, sizeof(*w));
  CHECK_EQ(uv_mutex_init(&w->mutex), 0);
  atomic_init(&w->stop_requested, false);
  w->parent = rt;
  w->exited = true; /* until started */
  w->options.argv = string_array(ctx, w, eddy_js_get(ctx, config, "argv"), &w->options.argc);
  char message[512];
  const char* kind =
      worker_read_options(w, ctx, rt->options, eddy_js_get(ctx, config, "execArgv"),
                          eddy_js_get(ctx, config, "nodeOptions"), message, sizeof(message));
  if (kind) {
    worker_free(w);
    JSObjectRef error = (JSObjectRef)eddy_js_error(ctx, message);
    eddy_js_set_cstr(ctx, error, "invalidOptions", kind);
    *exception = error;
    return NULL;
  }
  w->thread_id = atomic_fetch_add(&next_thread_id, 1);
  double heap_mb = JSValueToNumber(ctx, eddy_js_get(ctx, config, "maxHeapMb"), NULL);
  if (heap_mb == heap_mb && heap_mb > 0) w->max_heap = (size_t)(heap_mb * 1024 * 1024);
  /* resourceLimits.stackSizeMb (node's default 4) is what JS may use; as node, the
   * thread gets 192 KB more for the native code around it. JSC takes its limit from
   * the thread's real stack, so the depth a worker reaches follows the option. */
  double stack_mb = JSValueToNumber(ctx, eddy_js_get(ctx, config, "stackSizeMb"), NULL);
  if (!(stack_mb > 0 && stack_mb <= 1024)) stack_mb = 4;
  w->stack_size = (size_t)(stack_mb * 1024 * 1024) + 192 * 1024;

  eddy_port *public_parent, *internal_parent;
  eddy_port_pair(&public_parent, &w->public_port);
  eddy_port_pair(&internal_parent, &w->internal_port);
  w->object = JSObjectMake(ctx, worker_class(), w);
  eddy_js_set_number(ctx, w->object, "threadId", w->thread_id);
  /* The internal port's wrapper is made first: a wake-up drains this runtime's ports
   * in the order their wrappers were made (messaging.c), and the worker's 'online'
   * (posted there before its code runs) must reach the parent before that code's
   * first message on the public port, even when both wait at the same wake-up. */
  JSValueRef internal = eddy_port_wrap(rt, ctx, internal_parent);
  eddy_js_set(ctx, w->object, "publicPort", eddy_port_wrap(rt, ctx, public_parent));
  eddy_js_set(ctx, w->object, "internalPort", internal);
  return w->object;
}

static eddy_worker* worker_of(JSObjectRef self) {
  eddy_worker* w = JSObjectGetPrivate(self);
  CHECK(w != NULL);
  return w;
}

/* --- the worker thread ----------------------------------------------------------- */

/* Bytes of the worker's JS heap (JSC's own statistics; see jsc_private.h). */
static double heap_size(JSContextRef ctx) {
  JSObjectRef stats = JSGetMemoryUsageStatistics(ctx);
  if (!stats) return 0;
  return JSValueToNumber(ctx, eddy_js_get(ctx, stats, "heapSize"), NULL);
}

static bool worker_should_terminate(JSContextRef ctx, void* data);

/* After a termination nothing may run JS in this runtime again, but JSC still drains
 * the promise jobs left queued when the call's lock is released, entering the VM once
 * per job: a worker looping in promise jobs then loops there, and the watchdog, which
 * restarts at every entry, never ends a job that short (measured: worker.terminate()
 * hung in 3 of 12 runs under load). A limit of zero from now on ends the next job the
 * moment the watchdog looks, and JSC runs no job while a termination is pending. */
static bool terminate_for_good(eddy_runtime* rt) {
  rt->exiting = true;
  uv_stop(&rt->loop);
  JSContextGroupSetExecutionTimeLimit(rt->group, 0, worker_should_terminate, rt);
  return true;
}

static bool worker_should_terminate(JSContextRef ctx, void* data) {
  eddy_runtime* rt = data;
  eddy_worker* w = rt->worker;
  if (atomic_load(&w->stop_requested)) {
    /* Nothing runs JS in this runtime again: the termination unwinds to C. */
    if (!rt->exiting) rt->exit_code = 1;
    return terminate_for_good(rt);
  }
  if (w->max_heap && heap_size(ctx) > (double)w->max_heap) {
    w->oom = true;
    rt->exit_code = 1;
    return terminate_for_good(rt);
  }
  JSContextGroupSetExecutionTimeLimit(rt->group, 0.02, worker_should_terminate, rt);
  return false;
}

/* The heap limit checked from the loop as well: JS that runs in short slices
 * (timers, messages) never runs the 20 ms the watchdog needs to look. At most
 * every 20 ms of loop time. */
static void worker_on_heap_check(uv_check_t* check) {
  eddy_runtime* rt = check->loop->data;
  eddy_worker* w = rt->worker;
  uint64_t now = uv_now(check->loop);
  if (now - w->heap_checked < 20 || rt->exiting) return;
  w->heap_checked = now;
  if (heap_size(rt->ctx) <= (double)w->max_heap) return;
  w->oom = true;
  rt->exiting = true;
  rt->exit_code = 1;
  uv_stop(&rt->loop);
}

static void worker_on_stop(uv_async_t* async) {
  eddy_runtime* rt = async->loop->data;
  if (!rt->exiting) {
    rt->exiting = true;
    rt->exit_code = 1;
  }
  uv_stop(&rt->loop);
}

/* Worker start-ups take turns, each first checking that the descriptors its
 * runtime opens (epoll, eventfds: about six) are there to be had. GLib aborts the
 * process when it cannot make a main context's wake-up fd, so a worker started
 * with the process out of descriptors must fail before that point, as an init
 * error its parent sees (ERR_WORKER_INIT_FAILED), not a crash. Taking turns keeps
 * workers starting together from passing the check on the same free slots. */
static uv_once_t start_once = UV_ONCE_INIT;
static uv_mutex_t start_lock;

static void start_lock_init(void) { CHECK_EQ(uv_mutex_init(&start_lock), 0); }

static int fds_available(int count) {
  int fds[16];
  int err = 0, n = 0;
  CHECK(count <= 16);
  for (; n < count; n++) {
    fds[n] = eventfd(0, EFD_CLOEXEC);
    if (fds[n] < 0) {
      err = -errno;
      break;
    }
  }
  while (n > 0) close(fds[--n]);
  return err;
}

/* Makes the thread's runtime and what it needs before any JS runs; 0, or a
 * negative errno with nothing left to undo but the runtime itself (*made). */
static int worker_start_runtime(eddy_worker* w, eddy_runtime* rt, bool* made) {
  uv_once(&start_once, start_lock_init);
  uv_mutex_lock(&start_lock);
  int err = fds_available(8);
  if (!err) err = eddy_runtime_init(rt, &w->options);
  *made = err == 0;
  rt->thread_id = w->thread_id;
  if (!err) err = eddy_messaging_ready(rt);
  if (!err) err = uv_async_init(&rt->loop, &w->stop_async, worker_on_stop);
  uv_mutex_unlock(&start_lock);
  return err;
}

static void worker_main(void* arg) {
  eddy_worker* w = arg;
  atomic_store(&w->tid, (int)syscall(SYS_gettid));
  eddy_runtime* rt = eddy_calloc(1, sizeof(*rt));
  bool made = false;
  int err = worker_start_runtime(w, rt, &made);
  if (err) {
    w->init_error = err;
    w->exit_code = 1;
    if (made) {
      rt->worker = w;
      eddy_runtime_dispose(rt);
    }
    free(rt);
    uv_async_send(&w->exit_async);
    return;
  }
  rt->worker = w;
  uv_unref((uv_handle_t*)&w->stop_async);
  if (w->max_heap) {
    CHECK_EQ(uv_check_init(&rt->loop, &w->heap_check), 0);
    CHECK_EQ(uv_check_start(&w->heap_check, worker_on_heap_check), 0);
    uv_unref((uv_handle_t*)&w->heap_check);
  }
  uv_mutex_lock(&w->mutex);
  w->stop_async_open = true;
  uv_mutex_unlock(&w->mutex);
  JSContextGroupSetExecutionTimeLimit(rt->group, 0.02, worker_should_terminate, rt);
  int code = 1;
  if (!atomic_load(&w->stop_requested)) code = eddy_runtime_run(rt);
  if (atomic_load(&w->stop_requested) || w->oom) code = 1;
  w->exit_code = code;
  uv_mutex_lock(&w->mutex);
  w->stop_async_open = false;
  uv_mutex_unlock(&w->mutex);
  /* Unprotected values and ports are released here; the parent sees the channels
   * close once the thread's runtime is gone. */
  eddy_runtime_dispose(rt);
  free(rt);
  atomic_store(&w->tid, 0);
  /* What fs.open() gave the thread and nothing closed (trackUnmanagedFds). */
  for (int i = 0; i < w->fd_count; i++) close(w->fds[i]);
  w->fd_count = 0;
  uv_async_send(&w->exit_async);
}

static EDDY_JS_FN(worker_get_ports) {
  (void)function, (void)self, (void)argc, (void)argv, (void)exception;
  eddy_runtime* rt = eddy_runtime_from(ctx);
  eddy_worker* w = rt->worker;
  if (!w || !w->public_port) return JSValueMakeUndefined(ctx);
  JSValueRef ports[2] = {eddy_port_wrap(rt, ctx, w->public_port),
                         eddy_port_wrap(rt, ctx, w->internal_port)};
  w->public_port = w->internal_port = NULL;
  return eddy_js_array_of(ctx, 2, ports);
}

/* trackFd(fd, opened): adds fd to, or takes it from, the descriptors the worker's
 * thread closes when it ends. */
static EDDY_JS_FN(worker_track_fd) {
  (void)function, (void)self, (void)exception;
  eddy_worker* w = eddy_runtime_from(ctx)->worker;
  int fd = (int)eddy_js_arg_int(ctx, argc, argv, 0);
  if (!w) return JSValueMakeUndefined(ctx);
  if (JSValueToBoolean(ctx, eddy_js_arg(ctx, argc, argv, 1))) {
    w->fds = eddy_realloc(w->fds, (size_t)(w->fd_count + 1) * sizeof(int));
    w->fds[w->fd_count++] = fd;
  } else {
    for (int i = 0; i < w->fd_count; i++) {
      if (w->fds[i] != fd) continue;
      w->fds[i] = w->fds[--w->fd_count];
      break;
    }
  }
  return JSValueMakeUndefined(ctx);
}

static EDDY_JS_FN(worker_is_stopping) {
  (void)function, (void)self, (void)argc, (void)argv, (void)exception;
  eddy_runtime* rt = eddy_runtime_from(ctx);
  return JSValueMakeBoolean(ctx, rt->worker != NULL && rt->exiting);
}

/* --- the parent side --------------------------------------------------------------- */

static void exit_async_on_close(uv_handle_t* handle) {
  eddy_worker* w = handle->data;
  eddy_runtime* rt = w->parent;
  JSObjectRef object = w->object;
  children_remove(rt, w);
  w->exited = true;
  bool free_now = w->finalized;
  JSValueUnprotect(rt->ctx, object);
  if (free_now) worker_free(w);
}

static void worker_on_exit(uv_async_t* async) {
  eddy_worker* w = async->data;
  eddy_runtime* rt = w->parent;
  if (!w->joined) uv_thread_join(&w->thread);
  w->joined = true;
  if (uv_is_closing((uv_handle_t*)&w->exit_async)) return;
  JSContextRef ctx = rt->ctx;
  JSValueRef fn = eddy_js_get(ctx, w->object, "onexit");
  if (!rt->exiting && JSValueIsObject(ctx, fn) && JSObjectIsFunction(ctx, (JSObjectRef)fn)) {
    JSValueRef args[3] = {JSValueMakeNumber(ctx, w->exit_code), JSValueMakeBoolean(ctx, w->oom),
                          JSValueMakeNumber(ctx, w->init_error)};
    eddy_runtime_call(rt, (JSObjectRef)fn, w->object, 3, args);
  }
  uv_close((uv_handle_t*)&w->exit_async, exit_async_on_close);
}

static EDDY_JS_FN(worker_start) {
  (void)function, (void)argc, (void)argv, (void)exception;
  eddy_worker* w = worker_of(self);
  CHECK(!w->started);
  eddy_runtime* rt = w->parent;
  CHECK_EQ(uv_async_init(&rt->loop, &w->exit_async, worker_on_exit), 0);
  w->exit_async.data = w;
  uv_thread_options_t topts;
  topts.flags = UV_THREAD_HAS_STACK_SIZE;
  topts.stack_size = w->stack_size;
  int err = uv_thread_create_ex(&w->thread, &topts, worker_main, w);
  if (err) {
    uv_close((uv_handle_t*)&w->exit_async, NULL);
    return JSValueMakeNumber(ctx, err);
  }
  w->started = true;
  w->exited = false;
  JSValueProtect(ctx, w->object);
  worker_state* st = worker_state_of(rt);
  w->next_child = st->children;
  st->children = w;
  return JSValueMakeNumber(ctx, 0);
}

static EDDY_JS_FN(worker_terminate) {
  (void)function, (void)argc, (void)argv, (void)exception;
  eddy_worker* w = worker_of(self);
  atomic_store(&w->stop_requested, true);
  uv_mutex_lock(&w->mutex);
  if (w->stop_async_open) uv_async_send(&w->stop_async);
  uv_mutex_unlock(&w->mutex);
  /* A worker blocked in Atomics.wait runs no loop and no JS the watchdog can stop. */
  eddy_atomics_wake_stopping();
  return JSValueMakeUndefined(ctx);
}

const atomic_bool* eddy_worker_stop_flag(const eddy_runtime* rt) {
  return rt->worker ? &rt->worker->stop_requested : NULL;
}

/* cpuUsage() -> [user, system] microseconds of CPU the thread has used (from
 * /proc, in clock ticks), or undefined when it is not running. */
static EDDY_JS_FN(worker_cpu_usage) {
  (void)function, (void)argc, (void)argv, (void)exception;
  eddy_worker* w = worker_of(self);
  int tid = atomic_load(&w->tid);
  if (!tid) return JSValueMakeUndefined(ctx);
  char path[64], buf[1024];
  snprintf(path, sizeof(path), "/proc/self/task/%d/stat", tid);
  FILE* f = fopen(path, "re");
  if (!f) return JSValueMakeUndefined(ctx);
  size_t n = fread(buf, 1, sizeof(buf) - 1, f);
  fclose(f);
  buf[n] = '\0';
  /* Fields after the command (which may hold spaces) start at the last ')':
   * state is field 3, utime 14, stime 15. */
  char* p = strrchr(buf, ')');
  unsigned long long utime = 0, stime = 0;
  if (!p ||
      sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %llu %llu", &utime, &stime) != 2)
    return JSValueMakeUndefined(ctx);
  double tick_us = 1e6 / (double)sysconf(_SC_CLK_TCK);
  JSValueRef out[2] = {JSValueMakeNumber(ctx, (double)utime * tick_us),
                       JSValueMakeNumber(ctx, (double)stime * tick_us)};
  return eddy_js_array_of(ctx, 2, out);
}

static EDDY_JS_FN(worker_ref) {
  (void)function, (void)argc, (void)argv, (void)exception;
  eddy_worker* w = worker_of(self);
  if (w->started && !w->exited) uv_ref((uv_handle_t*)&w->exit_async);
  return JSValueMakeUndefined(ctx);
}

static EDDY_JS_FN(worker_unref) {
  (void)function, (void)argc, (void)argv, (void)exception;
  eddy_worker* w = worker_of(self);
  if (w->started && !w->exited) uv_unref((uv_handle_t*)&w->exit_async);
  return JSValueMakeUndefined(ctx);
}

/* hasRef(): whether the worker holds this thread's loop; undefined once it has
 * exited and its handle is gone, as node's (async_hooks users such as
 * why-is-node-running read it from the 'WORKER' resource). */
static EDDY_JS_FN(worker_has_ref) {
  (void)function, (void)argc, (void)argv, (void)exception;
  eddy_worker* w = worker_of(self);
  if (w->started && w->exited) return JSValueMakeUndefined(ctx);
  return JSValueMakeBoolean(ctx, w->started && uv_has_ref((uv_handle_t*)&w->exit_async));
}

static const JSStaticFunction worker_functions[] = {
    {"start", worker_start, kJSPropertyAttributeDontEnum},
    {"terminate", worker_terminate, kJSPropertyAttributeDontEnum},
    {"ref", worker_ref, kJSPropertyAttributeDontEnum},
    {"unref", worker_unref, kJSPropertyAttributeDontEnum},
    {"hasRef", worker_has_ref, kJSPropertyAttributeDontEnum},
    {"cpuUsage", worker_cpu_usage, kJSPropertyAttributeDontEnum},
    {NULL, NULL, 0},
};

static JSClassRef worker_class(void) {
  static _Atomic(JSClassRef) cls;
  if (!cls) {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "WorkerHandle";
    def.staticFunctions = worker_functions;
    def.finalize = worker_finalize;
    eddy_js_class_publish(&cls, JSClassCreate(&def));
  }
  return cls;
}

/* The runtime is ending (a worker's, whose own workers are still running): as in
 * node, its workers are stopped and waited for here, while this loop still
 * exists to receive their exit (a worker ending after its parent's loop was
 * gone used to signal a closed loop's fd: an abort). */
static void worker_dispose(eddy_runtime* rt) {
  worker_state* st = rt->binding_state[EDDY_BINDING_worker];
  for (eddy_worker* w = st->children; w; w = w->next_child) {
    if (!w->joined) {
      atomic_store(&w->stop_requested, true);
      uv_mutex_lock(&w->mutex);
      if (w->stop_async_open) uv_async_send(&w->stop_async);
      uv_mutex_unlock(&w->mutex);
      uv_thread_join(&w->thread);
      w->joined = true;
    }
    if (!uv_is_closing((uv_handle_t*)&w->exit_async))
      uv_close((uv_handle_t*)&w->exit_async, exit_async_on_close);
  }
  /* The close callbacks run in the runtime's last loop turn, with no list left
   * to unlink from. */
  rt->binding_state[EDDY_BINDING_worker] = NULL;
  free(st);
}

static worker_state* worker_state_of(eddy_runtime* rt) {
  worker_state* st = rt->binding_state[EDDY_BINDING_worker];
  if (!st) {
    st = eddy_calloc(1, sizeof(*st));
    rt->binding_state[EDDY_BINDING_worker] = st;
    rt->binding_dispose[EDDY_BINDING_worker] = worker_dispose;
  }
  return st;
}

JSObjectRef eddy_binding_worker_init(eddy_runtime* rt, JSContextRef ctx) {
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  eddy_js_set(ctx, b, "WorkerHandle",
              JSObjectMakeConstructor(ctx, worker_class(), worker_construct));
  eddy_js_set(ctx, b, "isMainThread", JSValueMakeBoolean(ctx, rt->worker == NULL));
  eddy_js_set_number(ctx, b, "threadId", rt->thread_id);
  eddy_js_set_fn(ctx, b, "getPorts", worker_get_ports);
  eddy_js_set_fn(ctx, b, "isStopping", worker_is_stopping);
  eddy_js_set_fn(ctx, b, "trackFd", worker_track_fd);
  return b;
}
