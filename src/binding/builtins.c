/* internalBinding('builtins'): the embedded lib/ sources, compiling JS code with a
 * file name, and the hooks through which lib/ hands C its loop callbacks. */
#define _GNU_SOURCE /* memmem */
#include <stdlib.h>
#include <string.h>

#include "../esm/user_source.h"
#include "../runtime/builtins_table.h"
#include "../runtime/jsc_private.h"
#include "../runtime/runtime.h"
#include "../runtime/syntax_check.h"
#include "../util/check.h"
#include "../util/encoding.h"
#include "../util/js.h"
#include "../util/js_string.h"

const eddy_builtin* eddy_builtin_find(const char* id) {
  size_t lo = 0, hi = eddy_builtins_count;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int c = strcmp(id, eddy_builtins[mid].id);
    if (c == 0) return &eddy_builtins[mid];
    if (c < 0)
      hi = mid;
    else
      lo = mid + 1;
  }
  return NULL;
}

/* A script from UTF-16 units: 8-bit when every unit fits (most programs' text), which
 * the engine parses faster and keeps, for lazy compiles and toString(), at half the
 * memory; a bundle of a few megabytes kept as UTF-16 doubled that. */
static JSStringRef script_from_units(JSContextRef ctx, const uint16_t* units, size_t n) {
  uint16_t any = 0;
  for (size_t i = 0; i < n; i++) any |= units[i];
  if (n == 0 || any > 0xFF) return JSStringCreateWithCharacters(units, n);
  eddy_string_builder sb;
  uint8_t* chars = eddy_string_begin8(ctx, &sb, n);
  CHECK(chars != NULL);
  for (size_t i = 0; i < n; i++) chars[i] = (uint8_t)units[i];
  return JSValueToStringCopy(ctx, eddy_string_finish(ctx, &sb, n), NULL);
}

/* Whether Latin-1 text holds word: the user code rewrites (esm/user_source.h) look
 * only at text that does. */
static bool latin1_has(const eddy_string_view* v, const char* word) {
  return v->latin1 && memmem(v->latin1, v->len, word, strlen(word)) != NULL;
}

/* Evaluates the n parts joined as a script named url, the rewrites of user code
 * applied when rewrite is set. Code is nearly always Latin-1: then the script is
 * made once, as an 8-bit engine string, and the engine copies it once more (the
 * public API would widen each part to UTF-16, join the units and copy the join
 * twice). Otherwise the parts are joined as UTF-16. */
static JSValueRef evaluate_joined(JSContextRef ctx, const eddy_string_view* parts, size_t n,
                                  bool rewrite, JSStringRef url, JSValueRef* exception) {
  size_t total = 0;
  bool narrow = true;
  for (size_t i = 0; i < n; i++) {
    total += parts[i].len;
    if (parts[i].len > 0 && !parts[i].latin1) narrow = false;
    if (rewrite && (latin1_has(&parts[i], "await") || latin1_has(&parts[i], "using")))
      narrow = false;
  }
  JSStringRef script = NULL;
  if (narrow && total >= 2) {
    eddy_string_builder b;
    uint8_t* out = eddy_string_begin8(ctx, &b, total);
    if (!out) return NULL;
    size_t at = 0;
    for (size_t i = 0; i < n; i++) {
      if (parts[i].len) memcpy(out + at, parts[i].latin1, parts[i].len);
      at += parts[i].len;
    }
    JSValueRef joined = eddy_string_finish(ctx, &b, total);
    if (!joined) return NULL;
    script = JSValueToStringCopy(ctx, joined, exception); /* shares the engine's string */
    if (!script) return NULL;
  } else {
    JSChar* units = eddy_malloc((total ? total : 1) * sizeof(JSChar));
    size_t at = 0;
    for (size_t i = 0; i < n; i++) {
      if (parts[i].latin1)
        eddy_units_from_latin1(parts[i].latin1, parts[i].len, units + at);
      else if (parts[i].len)
        memcpy(units + at, parts[i].utf16, parts[i].len * sizeof(JSChar));
      at += parts[i].len;
    }
    size_t rewritten_len = 0;
    uint16_t* rewritten = rewrite ? eddy_user_source_rewrite(units, total, &rewritten_len) : NULL;
    if (rewritten) {
      free(units);
      units = rewritten;
      total = rewritten_len;
    }
    script = script_from_units(ctx, units, total);
    free(units);
  }
  JSValueRef result = JSEvaluateScript(ctx, script, NULL, url, 1, exception);
  JSStringRelease(script);
  return result;
}

/* A view of a C string (ASCII) as a part for evaluate_joined. */
static eddy_string_view ascii_part(const char* s) {
  return (eddy_string_view){.latin1 = (const uint8_t*)s, .len = strlen(s)};
}

static JSValueRef compile_builtin(JSContextRef ctx, JSValueRef id_value, const char* prefix,
                                  JSValueRef* exception) {
  char* id = eddy_js_to_utf8(ctx, id_value, NULL, exception);
  if (!id) return NULL;
  const eddy_builtin* b = eddy_builtin_find(id);
  if (!b) {
    char message[300];
    snprintf(message, sizeof(message), "No such built-in module: %s", id);
    free(id);
    *exception = eddy_js_error(ctx, message);
    return NULL;
  }
  eddy_string_view parts[3] = {ascii_part(prefix), {0}, ascii_part("\n})")};
  if (!eddy_string_view_open(ctx, eddy_js_utf8(ctx, b->source, b->length), &parts[1], exception)) {
    free(id);
    return NULL;
  }
  size_t url_len = strlen(id) + 6;
  char* url = eddy_malloc(url_len);
  snprintf(url, url_len, "node:%s", id);
  JSStringRef url_str = JSStringCreateWithUTF8CString(url);
  JSValueRef fn = evaluate_joined(ctx, parts, 3, false, url_str, exception);
  JSStringRelease(url_str);
  eddy_string_view_close(&parts[1]);
  free(url);
  free(id);
  return fn;
}

/* source(id): the text of a built-in, or undefined; for error source lines. */
static EDDY_JS_FN(builtins_source) {
  (void)function, (void)self;
  char* id = eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 0), NULL, exception);
  if (!id) return NULL;
  const eddy_builtin* b = eddy_builtin_find(id);
  free(id);
  return b ? eddy_js_utf8(ctx, b->source, b->length) : JSValueMakeUndefined(ctx);
}

/* compile(id): the module function (exports, require, module, process, internalBinding). */
static EDDY_JS_FN(builtins_compile) {
  (void)function, (void)self;
  return compile_builtin(ctx, eddy_js_arg(ctx, argc, argv, 0),
                         "(function (exports, require, module, process, internalBinding) {",
                         exception);
}

/* compileRealm(id): the loader's own function (process, internalBinding). */
static EDDY_JS_FN(builtins_compile_realm) {
  (void)function, (void)self;
  return compile_builtin(ctx, eddy_js_arg(ctx, argc, argv, 0),
                         "(function (process, internalBinding) {", exception);
}

/* compileFunction(body, filename, prefix, suffix): evaluates prefix + body + suffix as
 * a script named filename. CommonJS uses it with the module wrapper on line 1, the
 * ES module loader with wrappers that name the module's (possibly non-ASCII)
 * exports (see evaluate_joined for the string widths). The joined text gets the user
 * code rewrites (esm/user_source.h); the await one sees from the wrapper whether the
 * top level is async (a module with top-level await is wrapped in an async function). */
static EDDY_JS_FN(builtins_compile_function) {
  (void)function, (void)self;
  static const size_t arg_of[3] = {2, 0, 3}; /* prefix, body, suffix */
  eddy_string_view parts[3] = {{0}, {0}, {0}};
  JSStringRef url = JSValueToStringCopy(ctx, eddy_js_arg(ctx, argc, argv, 1), exception);
  JSValueRef fn = NULL;
  bool ok = url != NULL;
  for (size_t i = 0; ok && i < 3; i++) {
    ok = eddy_string_view_open(ctx, eddy_js_arg(ctx, argc, argv, arg_of[i]), &parts[i], exception);
  }
  if (ok) fn = evaluate_joined(ctx, parts, 3, true, url, exception);
  for (size_t i = 0; i < 3; i++) eddy_string_view_close(&parts[i]);
  if (url) JSStringRelease(url);
  return fn;
}

/* locateSyntaxError(source, url, isModule): [line, column, message] of the first
 * syntax error, or null when the source parses. */
static EDDY_JS_FN(builtins_locate_syntax_error) {
  (void)function, (void)self;
  size_t len = 0;
  char* source = eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 0), &len, exception);
  if (!source) return NULL;
  char* url = eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 1), NULL, exception);
  bool is_module = JSValueToBoolean(ctx, eddy_js_arg(ctx, argc, argv, 2));
  eddy_syntax_error e;
  JSValueRef result = JSValueMakeNull(ctx);
  if (url && eddy_syntax_check(eddy_runtime_from(ctx), source, len, url, is_module, &e)) {
    JSValueRef items[3] = {JSValueMakeNumber(ctx, e.line), JSValueMakeNumber(ctx, e.column),
                           eddy_js_cstr(ctx, e.message)};
    result = eddy_js_array_of(ctx, 3, items);
    free(e.message);
  }
  free(source);
  free(url);
  return result;
}

/* setCallbacks({ processTicks, onUncaught, runCallback, tickInfo }) */
static EDDY_JS_FN(builtins_set_callbacks) {
  (void)function, (void)self, (void)exception;
  eddy_runtime* rt = eddy_runtime_from(ctx);
  JSObjectRef o = (JSObjectRef)eddy_js_arg(ctx, argc, argv, 0);
  CHECK(JSValueIsObject(ctx, o));
  rt->process_ticks = eddy_protect_object(ctx, eddy_js_get(ctx, o, "processTicks"));
  rt->on_uncaught = eddy_protect_object(ctx, eddy_js_get(ctx, o, "onUncaught"));
  rt->run_callback = eddy_protect_object(ctx, eddy_js_get(ctx, o, "runCallback"));
  rt->tick_info_array = eddy_protect_object(ctx, eddy_js_get(ctx, o, "tickInfo"));
  size_t len = 0;
  rt->tick_info = eddy_js_bytes(ctx, rt->tick_info_array, &len);
  CHECK(len >= EDDY_TICK_INFO_SIZE);
  return JSValueMakeUndefined(ctx);
}

/* isOutermostCall(): whether the JS running is the one entry from C (js_depth 1: a
 * callback of the loop with nothing nested), where node's callback scope runs the
 * ticks and promise jobs between the callbacks one native event makes (see
 * runTicksAndJobsIfOutermost in lib/internal/process/task_queues.js). */
static EDDY_JS_FN(builtins_is_outermost_call) {
  (void)function, (void)self, (void)argc, (void)argv, (void)exception;
  return JSValueMakeBoolean(ctx, eddy_runtime_from(ctx)->js_depth == 1);
}

/* drainJobs(): runs the promise jobs now, from inside the JS call that queued them
 * (see jsc_private.h: a worker's runCallback drains them so, under its watchdog). */
static EDDY_JS_FN(builtins_drain_jobs) {
  (void)function, (void)self, (void)argc, (void)argv, (void)exception;
  eddy_js_lock lock;
  eddy_js_lock_take(&lock, ctx);
  eddy_jsc_vm_drain_microtasks((void*)JSContextGetGroup(ctx));
  eddy_js_lock_release(&lock);
  return JSValueMakeUndefined(ctx);
}

/* Rejections JSC reports once the microtask queue is empty go to lib/'s handler. */
static EDDY_JS_FN(builtins_set_rejection_handler) {
  (void)function, (void)self;
  JSGlobalContextRef global = JSContextGetGlobalContext(ctx);
  JSObjectRef fn = (JSObjectRef)eddy_js_arg(ctx, argc, argv, 0);
  CHECK(JSValueIsObject(ctx, fn));
  JSGlobalContextSetUnhandledRejectionCallback(global, fn, exception);
  return JSValueMakeUndefined(ctx);
}

/* Built-ins that exist only with the node: scheme, as in node. */
static const char* const scheme_only[] = {"sea", "sqlite", "test", "test/reporters"};

static bool is_scheme_only(const char* id) {
  for (size_t i = 0; i < sizeof(scheme_only) / sizeof(scheme_only[0]); i++)
    if (strcmp(id, scheme_only[i]) == 0) return true;
  return false;
}

static bool is_any(const char* id) {
  (void)id;
  return true;
}

/* What `require(id)` reaches without the node: scheme: not internal, not eddy's own,
 * not scheme-only. */
static bool is_public_without_scheme(const char* id) {
  return strncmp(id, "internal/", 9) != 0 && strncmp(id, "eddy/", 5) != 0 && !is_scheme_only(id);
}

/* The ids that pass `keep`, in table order (sorted), joined by newlines, as one
 * string: the loader splits it (one string instead of ~300 strings and array
 * stores through the API). */
static JSValueRef id_list(JSContextRef ctx, bool (*keep)(const char*)) {
  size_t total = 0;
  for (size_t i = 0; i < eddy_builtins_count; i++)
    if (keep(eddy_builtins[i].id)) total += strlen(eddy_builtins[i].id) + 1;
  char* list = eddy_malloc(total ? total : 1);
  size_t at = 0;
  for (size_t i = 0; i < eddy_builtins_count; i++) {
    if (!keep(eddy_builtins[i].id)) continue;
    size_t n = strlen(eddy_builtins[i].id);
    memcpy(list + at, eddy_builtins[i].id, n);
    at += n;
    list[at++] = '\n';
  }
  JSValueRef value = eddy_js_latin1(ctx, (const uint8_t*)list, total ? total - 1 : 0);
  free(list);
  return value;
}

/* idList(), publicIdList(), schemeOnlyIdList(): every id; those `require(id)`
 * reaches without the node: scheme (a loop over every id in the interpreter cost
 * 2.2M instructions); those only with it. Made when the loader first asks, which a
 * start-up before its first user require (a worker's on its way to 'online')
 * does not. */
static EDDY_JS_FN(builtins_id_list) {
  (void)function, (void)self, (void)argc, (void)argv, (void)exception;
  return id_list(ctx, is_any);
}

static EDDY_JS_FN(builtins_public_id_list) {
  (void)function, (void)self, (void)argc, (void)argv, (void)exception;
  return id_list(ctx, is_public_without_scheme);
}

static EDDY_JS_FN(builtins_scheme_only_id_list) {
  (void)function, (void)self, (void)argc, (void)argv, (void)exception;
  return id_list(ctx, is_scheme_only);
}

JSObjectRef eddy_binding_builtins_init(eddy_runtime* rt, JSContextRef ctx) {
  (void)rt;
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  eddy_js_set_fn(ctx, b, "compile", builtins_compile);
  eddy_js_set_fn(ctx, b, "compileRealm", builtins_compile_realm);
  eddy_js_set_fn(ctx, b, "source", builtins_source);
  eddy_js_set_fn(ctx, b, "compileFunction", builtins_compile_function);
  eddy_js_set_fn(ctx, b, "setCallbacks", builtins_set_callbacks);
  eddy_js_set_fn(ctx, b, "isOutermostCall", builtins_is_outermost_call);
  eddy_js_set_fn(ctx, b, "drainJobs", builtins_drain_jobs);
  eddy_js_set_fn(ctx, b, "locateSyntaxError", builtins_locate_syntax_error);
  eddy_js_set_fn(ctx, b, "setRejectionHandler", builtins_set_rejection_handler);
  eddy_js_set_fn(ctx, b, "idList", builtins_id_list);
  eddy_js_set_fn(ctx, b, "publicIdList", builtins_public_id_list);
  eddy_js_set_fn(ctx, b, "schemeOnlyIdList", builtins_scheme_only_id_list);
  return b;
}
