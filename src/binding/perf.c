/* internalBinding('perf'): the clocks behind node:perf_hooks. performance.now()
 * counts from the time origin (process start) on libuv's monotonic clock; idle
 * time comes from the loop's metrics (UV_METRICS_IDLE_TIME, turned on when the
 * runtime makes its loop); the nodeTiming milestones are recorded by runtime.c. */
#include <sys/time.h>

#include "../runtime/runtime.h"
#include "../util/js.h"

static uint64_t time_origin_ns;
static double time_origin_epoch_ms;

/* The time origin is the process start, as in node, not the first use of
 * perf_hooks: taken when the binary is loaded, before main(). */
__attribute__((constructor)) static void perf_on_load(void) {
  time_origin_ns = uv_hrtime();
  struct timeval tv;
  gettimeofday(&tv, NULL);
  time_origin_epoch_ms = (double)tv.tv_sec * 1e3 + (double)tv.tv_usec / 1e3;
}

/* now() -> milliseconds since the time origin */
static EDDY_JS_FN(perf_now) {
  (void)function, (void)self, (void)argc, (void)argv, (void)exception;
  return JSValueMakeNumber(ctx, (double)(uv_hrtime() - time_origin_ns) / 1e6);
}

/* loopCount() -> the loop's iterations so far (runtime.h) */
static EDDY_JS_FN(perf_loop_count) {
  (void)function, (void)self, (void)argc, (void)argv, (void)exception;
  return JSValueMakeNumber(ctx, (double)eddy_runtime_from(ctx)->loop_count);
}

/* idleTime() -> milliseconds the loop has spent waiting for events */
static EDDY_JS_FN(perf_idle_time) {
  (void)function, (void)self, (void)argc, (void)argv, (void)exception;
  return JSValueMakeNumber(ctx, (double)uv_metrics_idle_time(&eddy_runtime_from(ctx)->loop) / 1e6);
}

/* hrtimeMs() -> the monotonic clock in milliseconds */
static EDDY_JS_FN(perf_hrtime_ms) {
  (void)function, (void)self, (void)argc, (void)argv, (void)exception;
  return JSValueMakeNumber(ctx, (double)uv_hrtime() / 1e6);
}

/* milestones() -> [v8Start, environment, bootstrapComplete, loopStart, loopExit] in
 * milliseconds since the time origin, -1 for one not reached yet */
static EDDY_JS_FN(perf_milestones) {
  (void)function, (void)self, (void)argc, (void)argv, (void)exception;
  eddy_runtime* rt = eddy_runtime_from(ctx);
  JSValueRef values[EDDY_MILESTONE_COUNT];
  for (int i = 0; i < EDDY_MILESTONE_COUNT; i++) {
    uint64_t ns = rt->milestone_ns[i];
    values[i] = JSValueMakeNumber(ctx, ns == 0 ? -1 : (double)(ns - time_origin_ns) / 1e6);
  }
  return eddy_js_array_of(ctx, EDDY_MILESTONE_COUNT, values);
}

JSObjectRef eddy_binding_perf_init(eddy_runtime* rt, JSContextRef ctx) {
  (void)rt;
  JSObjectRef binding = JSObjectMake(ctx, NULL, NULL);
  eddy_js_set_fn(ctx, binding, "now", perf_now);
  eddy_js_set_fn(ctx, binding, "idleTime", perf_idle_time);
  eddy_js_set_fn(ctx, binding, "loopCount", perf_loop_count);
  eddy_js_set_fn(ctx, binding, "hrtimeMs", perf_hrtime_ms);
  eddy_js_set_fn(ctx, binding, "milestones", perf_milestones);
  eddy_js_set_number(ctx, binding, "timeOrigin", time_origin_epoch_ms);
  eddy_js_set_number(ctx, binding, "originHrtimeMs", (double)time_origin_ns / 1e6);
  return binding;
}
