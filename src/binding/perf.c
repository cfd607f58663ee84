/* internalBinding('perf'): the clocks behind node:perf_hooks. performance.now()
 * counts from the time origin (process start) on libuv's
 * monotonic clock; idle time comes from the loop's metrics (UV_METRICS_IDLE_TIME is
 * turned on here, so idle time counts from the first use of perf_hooks). */
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

JSObjectRef eddy_binding_perf_init(eddy_runtime* rt, JSContextRef ctx) {
  uv_loop_configure(&rt->loop, UV_METRICS_IDLE_TIME);
  JSObjectRef binding = JSObjectMake(ctx, NULL, NULL);
  eddy_js_set_fn(ctx, binding, "now", perf_now);
  eddy_js_set_fn(ctx, binding, "idleTime", perf_idle_time);
  eddy_js_set_fn(ctx, binding, "hrtimeMs", perf_hrtime_ms);
  eddy_js_set_number(ctx, binding, "timeOrigin", time_origin_epoch_ms);
  eddy_js_set_number(ctx, binding, "originHrtimeMs", (double)time_origin_ns / 1e6);
  return binding;
}
