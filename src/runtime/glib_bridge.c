#include "glib_bridge.h"

#include <glib.h>
#include <stdlib.h>

#include "../util/check.h"
#include "runtime.h"

struct eddy_glib_bridge {
  uv_prepare_t prepare;
  uv_timer_t timer;
  uv_idle_t settle; /* referenced, started only by eddy_glib_bridge_settle */
  GMainContext* context;
  uint64_t iterated_at; /* the loop time (ms) of the last iteration */
  uint64_t js_entries_seen; /* rt->js_entries after the last iteration */
};

/* One manual GLib iteration: dispatches the sources that are due, then returns
 * GLib's timeout until the next one (-1 for none). Never blocks. */
static int iterate(GMainContext* context) {
  if (!g_main_context_acquire(context)) return -1;
  gint priority = 0;
  g_main_context_prepare(context, &priority);
  GPollFD fds[16];
  gint timeout = -1;
  gint n = g_main_context_query(context, priority, &timeout, fds, 16);
  if (n > 16) n = 16;
  for (gint i = 0; i < n; i++) fds[i].revents = 0;
  if (g_main_context_check(context, priority, fds, n)) g_main_context_dispatch(context);
  g_main_context_release(context);
  return timeout;
}

static void timer_on_fire(uv_timer_t* timer);

static void bridge_run(eddy_runtime* rt) {
  struct eddy_glib_bridge* b = rt->glib_bridge;
  b->iterated_at = uv_now(&rt->loop);
  eddy_runtime_js_enter(rt); /* JSC's callbacks (FinalizationRegistry's) run JS */
  int timeout = iterate(b->context);
  eddy_runtime_js_leave(rt);
  /* Callbacks GLib ran (FinalizationRegistry's) may have queued ticks. */
  eddy_runtime_drain_ticks(rt);
  b->js_entries_seen = rt->js_entries;
  if (timeout >= 0)
    uv_timer_start(&b->timer, timer_on_fire, (uint64_t)timeout, 0);
  else
    uv_timer_stop(&b->timer);
}

static void timer_on_fire(uv_timer_t* timer) { bridge_run(timer->loop->data); }

/* Before each wait of the loop: JS may have given JSC work with a time (a GC
 * timer). A GLib iteration costs ~1,400 instructions, as much as a small callback's
 * own work, so a loop turning often (setImmediate, one request at a time) iterates
 * at most once per millisecond, and otherwise has the timer look a millisecond on.
 * When no JS ran since the last iteration, JSC has nothing new and the timer already
 * waits for GLib's next timeout: looking a millisecond on then would wake an idle
 * process every millisecond for as long as JSC has a timer pending (after a
 * collection, for good: ~1,800 epoll_waits a second). */
static void bridge_on_prepare(uv_prepare_t* prepare) {
  eddy_runtime* rt = prepare->loop->data;
  struct eddy_glib_bridge* b = rt->glib_bridge;
  if (rt->js_entries == b->js_entries_seen) return;
  if (uv_now(&rt->loop) != b->iterated_at) {
    bridge_run(rt);
    return;
  }
  if (!uv_is_active((uv_handle_t*)&b->timer) || uv_timer_get_due_in(&b->timer) > 1)
    uv_timer_start(&b->timer, timer_on_fire, 1, 0);
}

static void settle_on_idle(uv_idle_t* idle) {
  uv_idle_stop(idle);
  bridge_run(idle->loop->data);
}

void eddy_glib_bridge_settle(eddy_runtime* rt) {
  struct eddy_glib_bridge* b = rt->glib_bridge;
  if (b) uv_idle_start(&b->settle, settle_on_idle);
}

void eddy_glib_bridge_init(eddy_runtime* rt) {
  struct eddy_glib_bridge* b = eddy_calloc(1, sizeof(*b));
  /* JSC's RunLoop adopts the thread-default context when the VM is created, so
   * this must run before the context group exists. */
  b->context = g_main_context_new();
  g_main_context_push_thread_default(b->context);
  uv_prepare_init(&rt->loop, &b->prepare);
  uv_prepare_start(&b->prepare, bridge_on_prepare);
  uv_unref((uv_handle_t*)&b->prepare);
  uv_timer_init(&rt->loop, &b->timer);
  uv_unref((uv_handle_t*)&b->timer);
  uv_idle_init(&rt->loop, &b->settle);
  rt->glib_bridge = b;
}

static void bridge_on_close(uv_handle_t* handle) {
  struct eddy_glib_bridge* b = handle->data;
  g_main_context_pop_thread_default(b->context);
  g_main_context_unref(b->context);
  free(b);
}

void eddy_glib_bridge_close(eddy_runtime* rt) {
  struct eddy_glib_bridge* b = rt->glib_bridge;
  if (!b) return;
  rt->glib_bridge = NULL;
  uv_close((uv_handle_t*)&b->prepare, NULL);
  uv_close((uv_handle_t*)&b->settle, NULL);
  b->timer.data = b;
  uv_close((uv_handle_t*)&b->timer, bridge_on_close);
}
