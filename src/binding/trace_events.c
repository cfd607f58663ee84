/* internalBinding('trace_events'): lib/'s door to the process's trace-event
 * recorder (src/runtime/trace_agent.h). lib/ decides what to record and builds each
 * event's args as JSON; the recorder adds the process, thread and time. */
#include <stdlib.h>

#include "../runtime/runtime.h"
#include "../runtime/trace_agent.h"
#include "../util/check.h"
#include "../util/js.h"

/* trace(ph, group, name, id, argsJson): records one event now. ph is Chrome's phase
 * letter; id a number or undefined (no id); argsJson a string or undefined ({}). */
static EDDY_JS_FN(trace_events_trace) {
  (void)function, (void)self;
  if (!atomic_load(&eddy_trace_active)) return JSValueMakeUndefined(ctx);
  char* ph = eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 0), NULL, exception);
  char* group = eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 1), NULL, exception);
  char* name = eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 2), NULL, exception);
  JSValueRef id = eddy_js_arg(ctx, argc, argv, 3);
  JSValueRef args = eddy_js_arg(ctx, argc, argv, 4);
  char* args_json = JSValueIsString(ctx, args) ? eddy_js_to_utf8(ctx, args, NULL, exception) : NULL;
  if (ph && group && name) {
    eddy_trace_event e = {
        .ph = ph[0],
        .group = group,
        .name = name,
        .ts_us = eddy_trace_now(),
        .has_id = JSValueIsNumber(ctx, id),
        .id = JSValueIsNumber(ctx, id) ? (uint64_t)JSValueToNumber(ctx, id, NULL) : 0,
        .args = args_json,
    };
    eddy_trace_add(&e);
  }
  free(ph);
  free(group);
  free(name);
  free(args_json);
  return *exception ? NULL : JSValueMakeUndefined(ctx);
}

/* isEnabled(group) -> whether events of the category group are recorded. */
static EDDY_JS_FN(trace_events_is_enabled) {
  (void)function, (void)self;
  if (!atomic_load(&eddy_trace_active)) return JSValueMakeBoolean(ctx, false);
  char* group = eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 0), NULL, exception);
  if (!group) return NULL;
  bool on = eddy_trace_group_enabled(group);
  free(group);
  return JSValueMakeBoolean(ctx, on);
}

/* active() -> whether the process records events (some category was enabled). */
static EDDY_JS_FN(trace_events_active) {
  (void)function, (void)self, (void)argc, (void)argv, (void)exception;
  return JSValueMakeBoolean(ctx, atomic_load(&eddy_trace_active));
}

/* categories() -> the enabled categories, comma-separated ("" for none). */
static EDDY_JS_FN(trace_events_categories) {
  (void)function, (void)self, (void)argc, (void)argv, (void)exception;
  char* s = eddy_trace_categories();
  JSValueRef v = eddy_js_cstr(ctx, s);
  free(s);
  return v;
}

/* setDynamicCategories(list): the categories node:trace_events has enabled. */
static EDDY_JS_FN(trace_events_set_dynamic) {
  (void)function, (void)self;
  char* s = eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 0), NULL, exception);
  if (!s) return NULL;
  eddy_trace_set_dynamic(s);
  free(s);
  return JSValueMakeUndefined(ctx);
}

/* nameThread(name): the calling thread's name in the trace. */
static EDDY_JS_FN(trace_events_name_thread) {
  (void)function, (void)self;
  char* s = eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 0), NULL, exception);
  if (!s) return NULL;
  eddy_trace_name_thread(s);
  free(s);
  return JSValueMakeUndefined(ctx);
}

JSObjectRef eddy_binding_trace_events_init(eddy_runtime* rt, JSContextRef ctx) {
  (void)rt;
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  eddy_js_set_fn(ctx, b, "trace", trace_events_trace);
  eddy_js_set_fn(ctx, b, "isEnabled", trace_events_is_enabled);
  eddy_js_set_fn(ctx, b, "active", trace_events_active);
  eddy_js_set_fn(ctx, b, "categories", trace_events_categories);
  eddy_js_set_fn(ctx, b, "setDynamicCategories", trace_events_set_dynamic);
  eddy_js_set_fn(ctx, b, "nameThread", trace_events_name_thread);
  return b;
}
