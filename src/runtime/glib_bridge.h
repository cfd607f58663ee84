/* JavaScriptCore schedules some of its own work on a GLib main context rather than
 * running it inline: FinalizationRegistry callbacks, its GC timers, and other
 * deferred tasks. eddy's loop is libuv's, so nothing would ever run those sources.
 * The bridge iterates that GLib context from the libuv loop — every loop turn, and
 * when GLib's next timeout falls due (an unref'd timer: JSC's own timers never
 * keep the process alive, as in node). Each runtime (each thread) has its own GLib
 * context, made the thread's default before the runtime's VM is created: JSC's
 * RunLoop adopts the thread-default context then (measured: with no context pushed,
 * FinalizationRegistry callbacks never ran). */
#ifndef EDDY_RUNTIME_GLIB_BRIDGE_H
#define EDDY_RUNTIME_GLIB_BRIDGE_H

struct eddy_runtime;

/* Before the runtime's context group is created, after its loop is. */
void eddy_glib_bridge_init(struct eddy_runtime* rt);
void eddy_glib_bridge_close(struct eddy_runtime* rt);

/* Keeps the loop alive for one more turn that runs the deferred work due now.
 * After an explicit gc() that work is the FinalizationRegistry callbacks of what
 * it freed, and async_hooks' 'destroy' rides on them: node emits 'destroy' for
 * collected resources from an immediate, before a loop with nothing else left
 * ends, and tests count on seeing it. */
void eddy_glib_bridge_settle(struct eddy_runtime* rt);

#endif
