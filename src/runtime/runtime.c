#include "runtime.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/check.h"
#include "../util/js.h"
#include "../util/js_native.h"
#include "builtins_table.h"
#include "glib_bridge.h"
#include "jsc_private.h"
#include "syntax_check.h"
#include "trace_agent.h"

/* The runtime running on this thread. A global object made from a JSClass (even
 * an empty one, to carry the runtime as private data) is a callback object, and
 * JSC then looks every global variable up through the slow path: measured ~40 ns
 * per `Object`/`Math`/`Array` reference against ~3 ns on a plain global. So the
 * global stays plain and native functions find their runtime here; each runtime
 * (the main one, a worker's) lives on its own thread. */
static _Thread_local eddy_runtime* thread_runtime;

eddy_runtime* eddy_runtime_from(JSContextRef ctx) {
  (void)ctx;
  return thread_runtime;
}

JSObjectRef eddy_protect_object(JSContextRef ctx, JSValueRef v) {
  CHECK(v && JSValueIsObject(ctx, v));
  JSValueProtect(ctx, v);
  return (JSObjectRef)v;
}

/* --- holding the VM ------------------------------------------------------------------
 * Each call into JS through the public API takes the VM's lock and, when it is the
 * outermost hold, releases it afterwards, and both ends do the engine's entry and exit
 * work: the thread's stack bounds and atom table on the way in; the promise jobs, heap
 * access and the atom table again on the way out. A callback from the loop paid that
 * once for its own call and once more for every API call C made around it (values
 * protected, strings made, handles read): measured, six full takes and releases per
 * HTTP request, 7% of the server's instructions. So the main thread takes the lock at
 * its first entry in a turn of the loop and keeps it until the loop is about to wait
 * for I/O (the prepare phase, right before the poll), and everything in between nests
 * inside that one hold. The promise jobs the release used to run are run by
 * drain_microtasks after each entry instead, at the same points.
 * A worker keeps the engine's per-call locking: another thread stops it
 * (terminate()) through its VM, which must not wait for the worker's turn to end. */

static void hold_vm(eddy_runtime* rt) {
  if (rt->vm_held || rt->worker) return;
  eddy_js_lock_take(&rt->vm_hold, rt->ctx);
  rt->vm_held = true;
}

/* The promise jobs, which the release of a call's own lock ran when no hold was kept:
 * only with no JS below (js_depth), where that release was the outermost. A callback
 * made from inside JS (a binding that completes at once, a nested turn of the loop)
 * leaves them to the JS it is nested in; there the lock may even be dropped (the
 * public API's callbacks drop it), and running JS without it aborts the engine. */
static void drain_microtasks(eddy_runtime* rt) {
  if (rt->vm_held && rt->js_depth == 0) eddy_jsc_vm_drain_microtasks((void*)rt->group);
}

/* Calls fn (this undefined) as an entry into JS from C, then runs the promise jobs. */
static JSValueRef enter_js(eddy_runtime* rt, JSObjectRef fn, size_t argc, const JSValueRef argv[],
                           JSValueRef* exception) {
  eddy_runtime_js_enter(rt);
  JSValueRef result = JSObjectCallAsFunction(rt->ctx, fn, NULL, argc, argv, exception);
  eddy_runtime_js_leave(rt);
  drain_microtasks(rt);
  return result;
}

static void drop_vm(eddy_runtime* rt) {
  if (!rt->vm_held) return;
  rt->vm_held = false;
  eddy_js_lock_release(&rt->vm_hold);
}

/* Lets go of the hold before the loop waits (or ends): nothing may be left queued,
 * since the wait may be long. */
static void release_vm(eddy_runtime* rt) {
  if (!rt->vm_held) return;
  eddy_runtime_drain_ticks(rt);
  drop_vm(rt);
}

/* The last prepare handle to run (libuv runs the newest first, and this one is the
 * runtime's first): counts the turn and releases the hold right before the poll. */
static void loop_counter_on_prepare(uv_prepare_t* prepare) {
  eddy_runtime* rt = prepare->loop->data;
  rt->loop_count++;
  release_vm(rt);
}

static const char kEnvironmentGroup[] = "node,node.environment";

/* Records a nodeTiming milestone, and traces it as node does (an instant event of
 * node.bootstrap at that time). */
static void mark_milestone(eddy_runtime* rt, int which) {
  static const char* const names[EDDY_MILESTONE_COUNT] = {
      "v8Start", "environment", "bootstrapComplete", "loopStart", "loopExit"};
  uint64_t ns = uv_hrtime();
  rt->milestone_ns[which] = ns;
  if (!eddy_trace_group_enabled("node,node.bootstrap")) return;
  eddy_trace_event e = {
      .ph = 'I', .group = "node,node.bootstrap", .name = names[which], .ts_us = ns / 1000};
  eddy_trace_add(&e);
}

/* The runtime's lifetime as node traces its Environment's: an async span of
 * node.environment from bootstrap ('b') to the end ('e'). */
static void environment_trace(eddy_runtime* rt, char ph) {
  if (!eddy_trace_group_enabled(kEnvironmentGroup)) return;
  eddy_trace_event e = {.ph = ph,
                        .group = kEnvironmentGroup,
                        .name = "Environment",
                        .ts_us = eddy_trace_now(),
                        .has_id = true,
                        .id = (uint64_t)(uintptr_t)rt};
  eddy_trace_add(&e);
}

int eddy_runtime_init(eddy_runtime* rt, const eddy_options* options) {
  memset(rt, 0, sizeof(*rt));
  rt->options = options;
  int err = uv_loop_init(&rt->loop);
  if (err) return err;
  rt->loop.data = rt;
  /* Idle time is counted from the start, as node does, for eventLoopUtilization(). */
  uv_loop_configure(&rt->loop, UV_METRICS_IDLE_TIME);
  uv_prepare_init(&rt->loop, &rt->loop_counter);
  uv_prepare_start(&rt->loop_counter, loop_counter_on_prepare);
  uv_unref((uv_handle_t*)&rt->loop_counter);
  eddy_glib_bridge_init(rt);
  rt->group = JSContextGroupCreate();
  rt->ctx = JSGlobalContextCreateInGroup(rt->group, NULL);
  if (options->disallow_code_generation) {
    /* As V8's flag in node: eval() and new Function() throw in the main realm (and a
     * worker's); vm contexts keep their own codeGeneration setting. */
    JSStringRef message =
        JSStringCreateWithUTF8CString("Code generation from strings disallowed for this context");
    JSGlobalContextSetEvalEnabled(rt->ctx, false, message);
    JSStringRelease(message);
  }
  mark_milestone(rt, EDDY_MILESTONE_V8_START);
  thread_runtime = rt;
  rt->process = eddy_protect_object(rt->ctx, JSObjectMake(rt->ctx, NULL, NULL));
  return 0;
}

/* internalBinding(name): builds a binding's object on first use and caches it. */
static EDDY_JS_FN(internal_binding) {
  (void)function, (void)self;
  eddy_runtime* rt = eddy_runtime_from(ctx);
  char* name = eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 0), NULL, exception);
  if (!name) return NULL;
  int index = -1;
#define EDDY_BINDING_MATCH(n) \
  if (strcmp(name, #n) == 0) index = EDDY_BINDING_##n;
  EDDY_BINDINGS(EDDY_BINDING_MATCH)
#undef EDDY_BINDING_MATCH
  if (index < 0) {
    char message[256];
    snprintf(message, sizeof(message), "No such binding: %s", name);
    free(name);
    *exception = eddy_js_error(ctx, message);
    return NULL;
  }
  free(name);
  if (!rt->bindings[index]) {
    static JSObjectRef (*const inits[])(eddy_runtime*, JSContextRef) = {
#define EDDY_BINDING_INIT(n) eddy_binding_##n##_init,
        EDDY_BINDINGS(EDDY_BINDING_INIT)
#undef EDDY_BINDING_INIT
    };
    rt->bindings[index] = eddy_protect_object(ctx, inits[index](rt, ctx));
  }
  return rt->bindings[index];
}

/* Prints an exception with no JS help: used only when the bootstrap itself fails. */
static void print_raw_exception(JSContextRef ctx, JSValueRef exception) {
  char* text = eddy_js_to_utf8(ctx, exception, NULL, NULL);
  char* stack = NULL;
  if (JSValueIsObject(ctx, exception)) {
    JSValueRef s = eddy_js_get(ctx, (JSObjectRef)exception, "stack");
    if (JSValueIsString(ctx, s)) stack = eddy_js_to_utf8(ctx, s, NULL, NULL);
  }
  fprintf(stderr, "eddy: internal error: %s\n%s\n", text ? text : "?", stack ? stack : "");
  free(text);
  free(stack);
}

_Noreturn void eddy_runtime_exit(eddy_runtime* rt, int code) {
  for (int i = 0; i < EDDY_BINDING_COUNT; i++)
    if (rt->binding_at_exit[i]) rt->binding_at_exit[i](rt);
  environment_trace(rt, 'e');
  fflush(stdout);
  fflush(stderr);
  exit(code);
}

/* Ends the process, or only this runtime's thread in a worker. */
static void fatal_exit(eddy_runtime* rt, int code) {
  if (rt->worker)
    eddy_runtime_stop(rt, code);
  else
    eddy_runtime_exit(rt, code);
}

void eddy_runtime_uncaught(eddy_runtime* rt, JSValueRef exception) {
  JSContextRef ctx = rt->ctx;
  /* A worker being stopped: the exception is the termination itself. */
  if (rt->exiting && rt->worker) return;
  if (!rt->on_uncaught) {
    print_raw_exception(ctx, exception);
    fatal_exit(rt, 1);
    return;
  }
  JSValueRef args[2] = {exception, eddy_js_cstr(ctx, "uncaughtException")};
  JSValueRef inner = NULL;
  JSValueRef result = enter_js(rt, rt->on_uncaught, 2, args, &inner);
  /* The handler ended the worker (process.exit() there): what it threw is the
   * unwinding. */
  if (rt->exiting && rt->worker) return;
  if (inner) {
    /* The handler itself threw: node reports that error and exits with 7. */
    print_raw_exception(ctx, inner);
    fatal_exit(rt, 7);
    return;
  }
  int code = (int)JSValueToNumber(ctx, result, NULL);
  if (code != 0) fatal_exit(rt, code);
}

static bool terminate_now(JSContextRef ctx, void* data) {
  (void)ctx, (void)data;
  return true;
}

void eddy_runtime_stop(eddy_runtime* rt, int code) {
  CHECK(rt->worker != NULL);
  if (!rt->exiting) rt->exit_code = code;
  rt->exiting = true;
  uv_stop(&rt->loop);
  /* The JS that called process.exit() must not go on: terminate it at its next
   * check (a loop back-edge or call). */
  JSContextGroupSetExecutionTimeLimit(rt->group, 0, terminate_now, rt);
}

void eddy_runtime_drain_ticks(eddy_runtime* rt) {
  if (!rt->tick_info || rt->tick_info[EDDY_TICK_QUEUES_HELD]) return;
  if (rt->exiting && rt->worker) return;
  /* Ticks before promise jobs (after a callback, runCallback ran its ticks already). */
  if (!rt->tick_info[EDDY_TICK_HAS_TICK]) drain_microtasks(rt);
  while (rt->tick_info[EDDY_TICK_HAS_TICK] || rt->tick_info[EDDY_TICK_HAS_REJECTION]) {
    JSValueRef exception = NULL;
    enter_js(rt, rt->process_ticks, 0, NULL, &exception);
    if (exception) eddy_runtime_uncaught(rt, exception);
    if (rt->exiting && rt->worker) return;
  }
}

void eddy_runtime_queues_hold(eddy_runtime* rt) {
  /* (As JS below: enter_js leaves the promise jobs to the outermost entry.) */
  eddy_runtime_js_enter(rt);
  if (rt->tick_info) rt->tick_info[EDDY_TICK_QUEUES_HELD]++;
}

void eddy_runtime_queues_release(eddy_runtime* rt) {
  eddy_runtime_js_leave(rt);
  if (rt->tick_info) rt->tick_info[EDDY_TICK_QUEUES_HELD]--;
}

JSValueRef eddy_runtime_call(eddy_runtime* rt, JSObjectRef fn, JSObjectRef self, size_t argc,
                             const JSValueRef argv[]) {
  JSContextRef ctx = rt->ctx;
  if (rt->exiting && rt->worker) return NULL;
  JSValueRef stack_args[8];
  JSValueRef* args = argc + 2 <= 8 ? stack_args : eddy_malloc((argc + 2) * sizeof(JSValueRef));
  args[0] = fn;
  args[1] = self ? (JSValueRef)self : JSValueMakeUndefined(ctx);
  for (size_t i = 0; i < argc; i++) args[i + 2] = argv[i];
  JSValueRef exception = NULL;
  hold_vm(rt);
  JSValueRef result = enter_js(rt, rt->run_callback, argc + 2, args, &exception);
  if (args != stack_args) free(args);
  if (exception) {
    /* As in node, a callback that threw does not run the nextTick queue: the
     * uncaught handler queues an immediate, after which (or after the next
     * callback) the ticks run. */
    eddy_runtime_uncaught(rt, exception);
    return NULL;
  }
  eddy_runtime_drain_ticks(rt);
  return result;
}

/* Compiles and runs lib/internal/bootstrap/realm.js, which returns the loader of
 * built-in modules; then loads the node bootstrap through it. Returns the exports of
 * internal/bootstrap/node ({ runMain, emitBeforeExit, emitExit }) or NULL. */
static JSObjectRef bootstrap_js(eddy_runtime* rt);

/* The bootstrap is JS entered from C: callbacks it causes are nested in it. */
static JSObjectRef bootstrap(eddy_runtime* rt) {
  eddy_runtime_js_enter(rt);
  JSObjectRef node = bootstrap_js(rt);
  eddy_runtime_js_leave(rt);
  /* (What a callback nested in it left queued, once no JS is below.) */
  if (node) eddy_runtime_drain_ticks(rt);
  return node;
}

static JSObjectRef bootstrap_js(eddy_runtime* rt) {
  JSContextRef ctx = rt->ctx;
  JSValueRef exception = NULL;
  mark_milestone(rt, EDDY_MILESTONE_ENVIRONMENT);
  environment_trace(rt, 'b');
  JSObjectRef builtins = eddy_binding_builtins_init(rt, ctx);
  rt->bindings[EDDY_BINDING_builtins] = eddy_protect_object(ctx, builtins);
  JSStringRef name = JSStringCreateWithUTF8CString("internalBinding");
  JSObjectRef binding_fn = eddy_js_native_function(ctx, name, internal_binding);
  JSStringRelease(name);

  JSValueRef id = eddy_js_cstr(ctx, "internal/bootstrap/realm");
  JSObjectRef compile = (JSObjectRef)eddy_js_get(ctx, builtins, "compileRealm");
  JSValueRef realm = JSObjectCallAsFunction(ctx, compile, NULL, 1, &id, &exception);
  if (exception) goto fail;
  JSValueRef realm_args[2] = {rt->process, binding_fn};
  JSValueRef require =
      JSObjectCallAsFunction(ctx, (JSObjectRef)realm, NULL, 2, realm_args, &exception);
  if (exception) goto fail;
  JSValueRef node_id = eddy_js_cstr(ctx, "internal/bootstrap/node");
  JSValueRef node =
      JSObjectCallAsFunction(ctx, (JSObjectRef)require, NULL, 1, &node_id, &exception);
  if (exception) goto fail;
  eddy_runtime_drain_ticks(rt);
  mark_milestone(rt, EDDY_MILESTONE_BOOTSTRAP_COMPLETE);
  return eddy_protect_object(ctx, node);
fail:
  /* A worker stopped while it was starting: the exception is the termination. */
  if (!(rt->worker && rt->exiting)) print_raw_exception(ctx, exception);
  return NULL;
}

static JSValueRef call_export(eddy_runtime* rt, JSObjectRef exports, const char* name) {
  JSObjectRef fn = (JSObjectRef)eddy_js_get(rt->ctx, exports, name);
  CHECK(JSObjectIsFunction(rt->ctx, fn));
  return eddy_runtime_call(rt, fn, NULL, 0, NULL);
}

int eddy_runtime_run(eddy_runtime* rt) {
  JSObjectRef node = bootstrap(rt);
  if (!node) return 1;
  call_export(rt, node, "runMain");
  /* Node's loop: run until no referenced handle is left, then 'beforeExit', which
   * may schedule more work; stop when it does not. */
  mark_milestone(rt, EDDY_MILESTONE_LOOP_START);
  for (;;) {
    if (rt->exiting) break;
    uv_run(&rt->loop, UV_RUN_DEFAULT);
    release_vm(rt);
    if (rt->exiting) break;
    uint64_t before_exit_us = eddy_trace_start();
    call_export(rt, node, "emitBeforeExit");
    eddy_trace_complete(kEnvironmentGroup, "BeforeExit", before_exit_us);
    if (!uv_loop_alive(&rt->loop)) break;
  }
  release_vm(rt);
  mark_milestone(rt, EDDY_MILESTONE_LOOP_EXIT);
  if (rt->exiting) {
    /* Only a worker gets here: process.exit() there or terminate() already ran. */
    JSValueUnprotect(rt->ctx, node);
    return rt->exit_code;
  }
  JSValueRef code = call_export(rt, node, "emitExit");
  JSValueUnprotect(rt->ctx, node);
  return code ? (int)JSValueToNumber(rt->ctx, code, NULL) : 1;
}

static void close_walk_cb(uv_handle_t* handle, void* arg) {
  (void)arg;
  if (!uv_is_closing(handle)) uv_close(handle, NULL);
}

/* Stops every source of I/O and timer callbacks, so that the loop turns the
 * disposers run to close their own handles deliver only close callbacks: a read
 * or a timer firing there would reach a binding whose state an earlier disposer
 * already freed (a worker's process.exit() with bytes waiting on an HTTP
 * connection crashed in the parser's read callback that way). */
static void quiesce_walk_cb(uv_handle_t* handle, void* arg) {
  (void)arg;
  if (uv_is_closing(handle)) return;
  switch (handle->type) {
    case UV_TCP:
    case UV_NAMED_PIPE:
    case UV_TTY: uv_read_stop((uv_stream_t*)handle); break;
    case UV_UDP: uv_udp_recv_stop((uv_udp_t*)handle); break;
    case UV_TIMER: uv_timer_stop((uv_timer_t*)handle); break;
    case UV_POLL: uv_poll_stop((uv_poll_t*)handle); break;
    case UV_PREPARE: uv_prepare_stop((uv_prepare_t*)handle); break;
    case UV_CHECK: uv_check_stop((uv_check_t*)handle); break;
    case UV_IDLE: uv_idle_stop((uv_idle_t*)handle); break;
    case UV_FS_EVENT: uv_fs_event_stop((uv_fs_event_t*)handle); break;
    case UV_FS_POLL: uv_fs_poll_stop((uv_fs_poll_t*)handle); break;
    default: break; /* (async and signal handles: their bindings close them) */
  }
}

void eddy_runtime_dispose(eddy_runtime* rt) {
  /* A worker stopped outside uv_run() (process.exit() in its main script, or
   * terminate() then) still has the loop's stop flag set, and the next uv_run()
   * would only clear it: the disposers' own loop turns (which run the close
   * callbacks of the handles they free) and the final one below would do
   * nothing, leaving handles to close after their memory was freed, and
   * uv_loop_close() to fail. libuv clears the flag only inside uv_run(). */
  rt->loop.stop_flag = 0;
  uv_walk(&rt->loop, quiesce_walk_cb, NULL);
  environment_trace(rt, 'e');
  eddy_syntax_check_dispose(rt);
  eddy_glib_bridge_close(rt);
  for (int i = 0; i < EDDY_BINDING_COUNT; i++)
    if (rt->binding_dispose[i]) rt->binding_dispose[i](rt);
  uv_walk(&rt->loop, close_walk_cb, NULL);
  uv_run(&rt->loop, UV_RUN_DEFAULT);
  drop_vm(rt);
  CHECK_EQ(uv_loop_close(&rt->loop), 0);
  JSGlobalContextRelease(rt->ctx);
  JSContextGroupRelease(rt->group);
}
