/* internalBinding('timers'): one uv_timer for every JS timer (lib/internal/timers.js
 * keeps them in a priority queue) and the check/idle pair that runs setImmediate
 * callbacks after the poll phase, as node does.
 *
 * One entry into JS runs every due timer, and one the immediates of a check phase
 * (processTimers and processImmediate run the nextTick queue and the promise jobs
 * between two callbacks, as node's do). */
#include <stdlib.h>

#include "../runtime/runtime.h"
#include "../runtime/trace_agent.h"
#include "../util/check.h"
#include "../util/js.h"
#include "../util/js_value.h"

typedef struct timers_state {
  uv_timer_t timer;
  uv_check_t check; /* runs immediates; unref'd: only the idle handle keeps the loop alive */
  uv_idle_t idle;   /* started while ref'd immediates wait, so poll does not block */
  JSObjectRef process_timers;    /* (now) -> true to be called again, or next expiry; protected */
  JSObjectRef process_immediate; /* (first): runs this check phase's pass; protected */
  uint32_t* immediate_info;      /* [count, refCount] shared with lib/internal/timers.js */
  JSObjectRef immediate_info_array;
} timers_state;

static timers_state* state_of(JSContextRef ctx) {
  return eddy_runtime_from(ctx)->binding_state[EDDY_BINDING_timers];
}

/* Runs the due timers; lib/ answers the next expiry (negative when only unref'd
 * timers remain, 0 for none), or throws what a callback threw, when it is called
 * again for the rest once 'uncaughtException' has handled that. */
static void timers_run(uv_timer_t* handle);

/* The timers phase, traced as node's RunTimers (node.environment). */
static void timer_on_fire(uv_timer_t* handle) {
  uint64_t start = eddy_trace_start();
  timers_run(handle);
  eddy_trace_complete("node,node.environment", "RunTimers", start);
}

static void timers_run(uv_timer_t* handle) {
  eddy_runtime* rt = handle->loop->data;
  timers_state* s = rt->binding_state[EDDY_BINDING_timers];
  for (;;) {
    if (rt->exiting) return;
    JSValueRef now = eddy_jsv_make_number((double)uv_now(handle->loop));
    JSValueRef r = eddy_runtime_call(rt, s->process_timers, NULL, 1, &now);
    /* NULL: a callback threw and 'uncaughtException' handled it; carry on. */
    if (!r) continue;
    double next = eddy_js_to_number(rt->ctx, r);
    if (next == 0 || next != next) return;
    double delay = (next < 0 ? -next : next) - (double)uv_now(handle->loop);
    uv_timer_start(handle, timer_on_fire, delay < 1 ? 1 : (uint64_t)delay, 0);
    if (next > 0)
      uv_ref((uv_handle_t*)handle);
    else
      uv_unref((uv_handle_t*)handle);
    return;
  }
}

static void immediates_run(uv_check_t* handle);

/* The check phase, traced as node's CheckImmediate (node.environment). */
static void immediate_on_check(uv_check_t* handle) {
  uint64_t start = eddy_trace_start();
  immediates_run(handle);
  eddy_trace_complete("node,node.environment", "CheckImmediate", start);
}

static void immediates_run(uv_check_t* handle) {
  eddy_runtime* rt = handle->loop->data;
  timers_state* s = rt->binding_state[EDDY_BINDING_timers];
  /* A worker ending (its disposers' loop turns run checks) may never have
   * reached setup(). */
  if (rt->exiting || !s->immediate_info || s->immediate_info[0] == 0) return;
  JSValueRef first = eddy_jsv_make_boolean(true);
  for (;;) {
    if (rt->exiting) return;
    /* NULL: a callback threw and 'uncaughtException' handled it; the rest of the
     * pass runs. */
    if (eddy_runtime_call(rt, s->process_immediate, NULL, 1, &first)) break;
    first = eddy_jsv_make_boolean(false);
  }
  if (s->immediate_info[1] == 0) uv_idle_stop(&s->idle);
}

static void idle_on_idle(uv_idle_t* handle) { (void)handle; }

/* setup(processTimers, processImmediate, immediateInfo) */
static EDDY_JS_FN(timers_setup) {
  (void)function, (void)self, (void)exception;
  timers_state* s = state_of(ctx);
  s->process_timers = eddy_protect_object(ctx, eddy_js_arg(ctx, argc, argv, 0));
  s->process_immediate = eddy_protect_object(ctx, eddy_js_arg(ctx, argc, argv, 1));
  s->immediate_info_array = eddy_protect_object(ctx, eddy_js_arg(ctx, argc, argv, 2));
  size_t len = 0;
  s->immediate_info = (uint32_t*)eddy_js_bytes(ctx, s->immediate_info_array, &len);
  CHECK(len >= 2 * sizeof(uint32_t));
  return JSValueMakeUndefined(ctx);
}

/* schedule(ms): (re)arms the one timer to fire in ms milliseconds. */
static EDDY_JS_FN(timers_schedule) {
  (void)function, (void)self, (void)exception;
  timers_state* s = state_of(ctx);
  double ms = eddy_js_arg_num(ctx, argc, argv, 0);
  uv_timer_start(&s->timer, timer_on_fire, ms < 1 ? 1 : (uint64_t)ms, 0);
  return JSValueMakeUndefined(ctx);
}

static EDDY_JS_FN(timers_toggle_timer_ref) {
  (void)function, (void)self, (void)exception;
  timers_state* s = state_of(ctx);
  if (eddy_js_to_boolean(ctx, eddy_js_arg(ctx, argc, argv, 0)))
    uv_ref((uv_handle_t*)&s->timer);
  else
    uv_unref((uv_handle_t*)&s->timer);
  return JSValueMakeUndefined(ctx);
}

static EDDY_JS_FN(timers_toggle_immediate_ref) {
  (void)function, (void)self, (void)exception;
  timers_state* s = state_of(ctx);
  if (eddy_js_to_boolean(ctx, eddy_js_arg(ctx, argc, argv, 0)))
    uv_idle_start(&s->idle, idle_on_idle);
  else
    uv_idle_stop(&s->idle);
  return JSValueMakeUndefined(ctx);
}

static EDDY_JS_FN(timers_now) {
  (void)function, (void)self, (void)argc, (void)argv, (void)exception;
  eddy_runtime* rt = eddy_runtime_from(ctx);
  uv_update_time(&rt->loop);
  return JSValueMakeNumber(ctx, (double)uv_now(&rt->loop));
}

static void timers_dispose(eddy_runtime* rt) {
  timers_state* s = rt->binding_state[EDDY_BINDING_timers];
  uv_close((uv_handle_t*)&s->timer, NULL);
  uv_close((uv_handle_t*)&s->check, NULL);
  uv_close((uv_handle_t*)&s->idle, NULL);
  uv_run(&rt->loop, UV_RUN_NOWAIT);
  free(s);
  rt->binding_state[EDDY_BINDING_timers] = NULL;
}

JSObjectRef eddy_binding_timers_init(eddy_runtime* rt, JSContextRef ctx) {
  timers_state* s = eddy_calloc(1, sizeof(*s));
  rt->binding_state[EDDY_BINDING_timers] = s;
  rt->binding_dispose[EDDY_BINDING_timers] = timers_dispose;
  uv_timer_init(&rt->loop, &s->timer);
  uv_check_init(&rt->loop, &s->check);
  uv_check_start(&s->check, immediate_on_check);
  uv_unref((uv_handle_t*)&s->check);
  uv_idle_init(&rt->loop, &s->idle);
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  eddy_js_set_fn(ctx, b, "setup", timers_setup);
  eddy_js_set_fn(ctx, b, "schedule", timers_schedule);
  eddy_js_set_fn(ctx, b, "toggleTimerRef", timers_toggle_timer_ref);
  eddy_js_set_fn(ctx, b, "toggleImmediateRef", timers_toggle_immediate_ref);
  eddy_js_set_fn(ctx, b, "now", timers_now);
  return b;
}
