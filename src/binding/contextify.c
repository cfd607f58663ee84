/* internalBinding('contextify'): the engine side of node:vm. A vm context is a
 * second JSC global object in the runtime's context group (so objects pass freely
 * between the two), whose class forwards global property reads, writes, deletes and
 * enumeration to the user's "sandbox" object, as node's contextified objects do.
 * Such callback globals are slower than plain ones (measured ~40 ns per global
 * lookup), which is acceptable for vm.
 *
 * The sandbox is not protected here: lib/vm.js keeps it alive in a WeakMap keyed by
 * the context's global, and the global lives while JS can reach it (the context
 * itself is released right after creation; its global keeps the realm alive). */
#include "contextify.h"

#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../esm/lexer.h"
#include "../esm/user_source.h"
#include "../runtime/jsc_private.h"
#include "../runtime/runtime.h"
#include "../util/check.h"
#include "../util/js.h"
#include "../util/js_lock.h"

typedef struct contextify_global {
  JSGlobalContextRef ctx; /* not retained: valid while the global object lives */
  JSObjectRef sandbox;    /* kept alive by lib/vm.js */
} contextify_global;

typedef struct contextify_state {
  JSClassRef global_class;
  JSObjectRef reflect_set;          /* protected: the main realm's Reflect.set */
  JSObjectRef own_symbols;          /* protected: Object.getOwnPropertySymbols */
  JSObjectRef define_read_only;     /* protected: (o, key, value) => defines a read-only copy */
  struct eddy_interrupt* interrupt; /* contextify_interrupt.c */
} contextify_state;

static contextify_state* state_of(void) {
  return eddy_runtime_from(NULL)->binding_state[EDDY_BINDING_contextify];
}

struct eddy_interrupt* eddy__contextify_interrupt(eddy_runtime* rt) {
  contextify_state* s = rt->binding_state[EDDY_BINDING_contextify];
  return s->interrupt;
}

static contextify_global* global_of(JSObjectRef object) { return JSObjectGetPrivate(object); }

/* --- symbol keys -------------------------------------------------------------------
 *
 * JSC calls the property callbacks for a symbol key too, naming it by the symbol's
 * description: `this[Symbol.for('x')]` would read, and a write would create, the
 * sandbox's string property 'x'. The C API cannot tell the two apart, but the
 * JSStringRef the callbacks get wraps the key's own WTF::StringImpl (measured on
 * JSC 2.50: not a copy), whose flags word says whether it is a symbol. So the
 * callbacks leave symbol keys to the global itself (node keeps a symbol written
 * inside a context on its global too; the sandbox's own symbols are mirrored onto
 * the global by lib/vm.js).
 *
 * The layout read here (the StringImpl pointer after the OpaqueJSString's refcount,
 * the flags word after the StringImpl's refcount, length and data pointer) is
 * private, so it is checked once per process on a probe object: a symbol key and a
 * string key of known lengths must read back their lengths and differ in the
 * symbol bit. When the check fails every key is taken as a string, as before. */

#define SYMBOL_FLAG 0x20u /* WTF::StringImpl::s_hashFlagStringKindIsSymbol */

static _Atomic int symbol_check; /* 0 not probed, 1 usable, -1 not usable */

/* A symbol value is a JSC::Symbol cell: the cell header, then the reference to the
 * key's SymbolImpl, the same one the callbacks' JSStringRef wraps. Reading it lets
 * a symbol key be matched with the sandbox's symbols (node's global reads and
 * checks symbols in the sandbox as it does strings). Checked by the same probe. */
static _Atomic int symbol_value_check;

static const uint32_t* symbol_impl(JSValueRef symbol) {
  return (const uint32_t*)((const void* const*)(uintptr_t)symbol)[1];
}

static const uint32_t* name_impl(JSStringRef name) {
  return (const uint32_t*)((const void* const*)name)[1];
}

static bool name_is_symbol(JSStringRef name) {
  if (symbol_check != 1) return false;
  const uint32_t* impl = name_impl(name);
  return impl != NULL && (impl[4] & SYMBOL_FLAG) != 0;
}

typedef struct probe_seen {
  int count;
  bool ok;
  uint32_t flags[2];
  const uint32_t* impls[2];
} probe_seen;

static bool probe_on_has(JSContextRef ctx, JSObjectRef object, JSStringRef name) {
  (void)ctx;
  probe_seen* seen = JSObjectGetPrivate(object);
  const uint32_t* impl = name_impl(name);
  if (seen->count >= 2 || impl == NULL || impl[1] != JSStringGetLength(name)) {
    seen->ok = false;
    return false;
  }
  seen->impls[seen->count] = impl;
  seen->flags[seen->count++] = impl[4];
  return false;
}

static void probe_symbol_keys(JSContextRef ctx) {
  if (symbol_check != 0) return;
  JSClassDefinition def = kJSClassDefinitionEmpty;
  def.className = "probe";
  def.hasProperty = probe_on_has;
  JSClassRef cls = JSClassCreate(&def);
  probe_seen seen = {0, true, {0, 0}, {NULL, NULL}};
  JSObjectRef probe = JSObjectMake(ctx, cls, &seen);
  JSStringRef src = JSStringCreateWithUTF8CString("(o, s) => { o[s]; o.probe; }");
  JSValueRef fn = JSEvaluateScript(ctx, src, NULL, NULL, 1, NULL);
  JSStringRelease(src);
  JSStringRef description = JSStringCreateWithUTF8CString("probe");
  JSValueRef symbol = JSValueMakeSymbol(ctx, description);
  JSStringRelease(description);
  JSValueRef args[2] = {probe, symbol};
  if (fn && JSValueIsObject(ctx, fn))
    JSObjectCallAsFunction(ctx, (JSObjectRef)fn, NULL, 2, args, NULL);
  JSObjectSetPrivate(probe, NULL);
  JSClassRelease(cls);
  bool ok = seen.ok && seen.count == 2 && (seen.flags[0] & SYMBOL_FLAG) != 0 &&
            (seen.flags[1] & SYMBOL_FLAG) == 0;
  symbol_check = ok ? 1 : -1;
  symbol_value_check = ok && symbol_impl(symbol) == seen.impls[0] ? 1 : -1;
}

/* The sandbox's own symbol that the symbol key name is, or NULL. */
static JSValueRef sandbox_symbol(JSContextRef ctx, JSObjectRef sandbox, JSStringRef name) {
  if (symbol_value_check != 1) return NULL;
  JSValueRef arg = sandbox;
  JSValueRef list = JSObjectCallAsFunction(ctx, state_of()->own_symbols, NULL, 1, &arg, NULL);
  if (!list || !JSValueIsObject(ctx, list)) return NULL;
  size_t n = eddy_js_length(ctx, (JSObjectRef)list);
  const uint32_t* impl = name_impl(name);
  for (size_t i = 0; i < n; i++) {
    JSValueRef symbol = JSObjectGetPropertyAtIndex(ctx, (JSObjectRef)list, (unsigned)i, NULL);
    if (symbol && JSValueIsSymbol(ctx, symbol) && symbol_impl(symbol) == impl) return symbol;
  }
  return NULL;
}

static bool global_on_has(JSContextRef ctx, JSObjectRef object, JSStringRef name) {
  contextify_global* g = global_of(object);
  if (!g || !g->sandbox) return false;
  if (name_is_symbol(name)) return sandbox_symbol(ctx, g->sandbox, name) != NULL;
  return JSObjectHasProperty(ctx, g->sandbox, name);
}

/* A property whose value is the sandbox itself reads as the global, as in node
 * (`ctx.window = ctx` makes `window === this` inside). */
static JSValueRef global_on_get(JSContextRef ctx, JSObjectRef object, JSStringRef name,
                                JSValueRef* exception) {
  contextify_global* g = global_of(object);
  if (!g || !g->sandbox) return NULL;
  JSValueRef value;
  if (name_is_symbol(name)) {
    JSValueRef symbol = sandbox_symbol(ctx, g->sandbox, name);
    if (!symbol) return NULL;
    value = JSObjectGetPropertyForKey(ctx, g->sandbox, symbol, exception);
  } else {
    if (!JSObjectHasProperty(ctx, g->sandbox, name)) return NULL;
    value = JSObjectGetProperty(ctx, g->sandbox, name, exception);
  }
  if (value && JSValueIsObject(ctx, value) && (JSObjectRef)value == g->sandbox) {
    return JSContextGetGlobalObject(g->ctx); /* the global this, not the object behind it */
  }
  return value;
}

/* Whether the global itself (not the sandbox behind it) has an own property name:
 * asked with the callbacks turned off. (Object.prototype.hasOwnProperty cannot be
 * used: called on a callback global it throws.) */
static bool global_has_own(JSContextRef ctx, JSObjectRef global, contextify_global* g,
                           JSStringRef name) {
  JSObjectRef sandbox = g->sandbox;
  g->sandbox = NULL;
  bool has = JSObjectHasProperty(ctx, global, name);
  g->sandbox = sandbox;
  if (!has) return false;
  JSValueRef proto = JSObjectGetPrototype(ctx, global);
  return !JSValueIsObject(ctx, proto) || !JSObjectHasProperty(ctx, (JSObjectRef)proto, name);
}

/* Stores value as the global's own property name with the callbacks off (they
 * report the sandbox's properties as read-only, which would make JSC drop the write
 * or throw in strict code). Returns whether the property now holds value: false for
 * a read-only one. */
static bool put_on_global(JSContextRef ctx, JSObjectRef global, contextify_global* g,
                          JSStringRef name, JSValueRef value) {
  JSObjectRef sandbox = g->sandbox;
  g->sandbox = NULL;
  JSObjectSetProperty(ctx, global, name, value, kJSPropertyAttributeNone, NULL);
  JSValueRef now = JSObjectGetProperty(ctx, global, name, NULL);
  g->sandbox = sandbox;
  return now != NULL && JSValueIsStrictEqual(ctx, now, value);
}

/* A write of a global goes to the sandbox, as node's. When the global holds the
 * name itself (a builtin, a declaration), it is written there too, since JSC's
 * compiled global accesses read the global's own storage; when that property is
 * read-only, JSC's own put runs instead (and throws in strict code). The sandbox
 * is written with Reflect.set, whose result says whether the write took: when it
 * did not because the sandbox's property is a read-only value, the global is given
 * a read-only copy of it and JSC's own put runs on that copy, which does nothing in
 * sloppy code and throws a TypeError in strict code, as node's does (an accessor
 * without a setter, or a sandbox that is not extensible, refuses silently). */
static bool global_on_set(JSContextRef ctx, JSObjectRef object, JSStringRef name, JSValueRef value,
                          JSValueRef* exception) {
  contextify_global* g = global_of(object);
  if (!g || !g->sandbox || name_is_symbol(name)) return false;
  contextify_state* s = state_of();
  bool own = global_has_own(ctx, object, g, name);
  bool in_sandbox = JSObjectHasProperty(ctx, g->sandbox, name);
  if (own && !put_on_global(ctx, object, g, name, value) && !in_sandbox) return false;
  JSValueRef key = JSValueMakeString(ctx, name);
  JSValueRef args[3] = {g->sandbox, key, value};
  JSValueRef exc = NULL;
  JSValueRef done = JSObjectCallAsFunction(ctx, s->reflect_set, NULL, 3, args, &exc);
  if (exc) {
    *exception = exc;
    return true;
  }
  if (JSValueToBoolean(ctx, done)) return true;
  JSValueRef copy[3] = {object, g->sandbox, key};
  JSObjectRef sandbox = g->sandbox;
  g->sandbox = NULL;
  JSValueRef copied = JSObjectCallAsFunction(ctx, s->define_read_only, NULL, 3, copy, NULL);
  g->sandbox = sandbox;
  return !(copied && JSValueToBoolean(ctx, copied));
}

/* A delete goes to the sandbox; then JSC deletes the global's own copy, if any.
 * When the sandbox refuses (a non-configurable property), the global is given a
 * non-deletable property of that name, so that JSC's delete fails as node's does
 * (false, or a TypeError in strict code). */
static bool global_on_delete(JSContextRef ctx, JSObjectRef object, JSStringRef name,
                             JSValueRef* exception) {
  contextify_global* g = global_of(object);
  if (!g || !g->sandbox || name_is_symbol(name) || !JSObjectHasProperty(ctx, g->sandbox, name)) {
    return false;
  }
  JSValueRef exc = NULL;
  if (JSObjectDeleteProperty(ctx, g->sandbox, name, &exc) || exc) {
    if (exc) *exception = exc;
    return exc != NULL;
  }
  JSValueRef value = JSObjectGetProperty(ctx, g->sandbox, name, NULL);
  JSObjectRef sandbox = g->sandbox;
  g->sandbox = NULL;
  if (!JSObjectHasProperty(ctx, object, name)) {
    JSObjectSetProperty(ctx, object, name, value ? value : JSValueMakeUndefined(ctx),
                        kJSPropertyAttributeDontDelete, NULL);
  }
  g->sandbox = sandbox;
  return false;
}

/* The sandbox's own enumerable string keys: Object.keys(sandbox). (JSObjectCopyPropertyNames
 * would add inherited ones; JSC counts every name given here as enumerable, so
 * non-enumerable ones are left out rather than made enumerable.) */
static void global_on_names(JSContextRef ctx, JSObjectRef object,
                            JSPropertyNameAccumulatorRef names) {
  contextify_global* g = global_of(object);
  if (!g || !g->sandbox) return;
  JSValueRef exc = NULL;
  JSValueRef object_ctor = eddy_js_get(ctx, JSContextGetGlobalObject(ctx), "Object");
  if (!JSValueIsObject(ctx, object_ctor)) return;
  JSValueRef fn = eddy_js_get(ctx, (JSObjectRef)object_ctor, "keys");
  if (!JSValueIsObject(ctx, fn)) return;
  JSValueRef arg = g->sandbox;
  JSValueRef list = JSObjectCallAsFunction(ctx, (JSObjectRef)fn, NULL, 1, &arg, &exc);
  if (exc || !JSValueIsObject(ctx, list)) return;
  size_t n = eddy_js_length(ctx, (JSObjectRef)list);
  for (size_t i = 0; i < n; i++) {
    JSValueRef v = JSObjectGetPropertyAtIndex(ctx, (JSObjectRef)list, (unsigned)i, NULL);
    JSStringRef name = v ? JSValueToStringCopy(ctx, v, NULL) : NULL;
    if (!name) return; /* an exception is pending (a worker's termination) */
    JSPropertyNameAccumulatorAddName(names, name);
    JSStringRelease(name);
  }
}

static void global_on_finalize(JSObjectRef object) { free(JSObjectGetPrivate(object)); }

/* makeContext(sandbox) -> the new context's global object */
static EDDY_JS_FN(contextify_make_context) {
  (void)function, (void)self, (void)exception;
  eddy_runtime* rt = eddy_runtime_from(ctx);
  contextify_state* s = state_of();
  JSValueRef sandbox = eddy_js_arg(ctx, argc, argv, 0);
  JSGlobalContextRef context = JSGlobalContextCreateInGroup(rt->group, s->global_class);
  JSObjectRef global = JSContextGetGlobalObject(context);
  contextify_global* g = eddy_malloc(sizeof(*g));
  g->ctx = context;
  g->sandbox = JSValueIsObject(ctx, sandbox) ? (JSObjectRef)sandbox : NULL;
  JSObjectSetPrivate(global, g);
  JSGlobalContextRelease(context);
  return global;
}

/* JSC runs no script in a global object whose prototype chain holds a Proxy (it
 * throws "Proxy is not allowed in the global prototype chain."); V8 does, and jsdom
 * puts one there (its WindowProperties object, under every window). */
static bool global_chain_has_proxy(JSContextRef run_ctx) {
  JSValueRef p = JSObjectGetPrototype(run_ctx, JSContextGetGlobalObject(run_ctx));
  for (size_t depth = 0; JSValueIsObject(run_ctx, p) && depth < 100000; depth++) {
    if (JSObjectGetProxyTarget((JSObjectRef)p)) return true;
    p = JSObjectGetPrototype(run_ctx, (JSObjectRef)p);
  }
  return false;
}

/* The source run by an indirect eval of the context's own eval, which JSC allows
 * with such a chain: the same global scope, `this` and `var`s, but top-level
 * let/const/class stay the eval's own instead of being shared with later scripts,
 * and stack frames name no file (JSC gives eval code no URL). Line numbers are
 * kept: the offset is made of line breaks. */
static JSValueRef eval_in_global(JSContextRef run_ctx, JSStringRef source, JSStringRef url,
                                 int line, JSValueRef* exc) {
  JSObjectRef global = JSContextGetGlobalObject(run_ctx);
  JSValueRef eval = eddy_js_get(run_ctx, global, "eval");
  if (!JSValueIsObject(run_ctx, eval)) {
    return JSEvaluateScript(run_ctx, source, NULL, url, line, exc);
  }
  size_t src_len = JSStringGetLength(source), pad = (size_t)(line - 1), len = pad + src_len;
  uint16_t* text = eddy_malloc((len ? len : 1) * sizeof(uint16_t));
  for (size_t i = 0; i < pad; i++) text[i] = '\n';
  memcpy(text + pad, JSStringGetCharactersPtr(source), src_len * sizeof(uint16_t));
  JSStringRef code = JSStringCreateWithCharacters(text, len);
  free(text);
  JSValueRef arg = JSValueMakeString(run_ctx, code);
  JSStringRelease(code);
  return JSObjectCallAsFunction(run_ctx, (JSObjectRef)eval, NULL, 1, &arg, exc);
}

/* run(global | null, source, filename, lineOffset) -> completion value, or throws
 * what the script throws. (`timeout` and `breakOnSigint`: contextify_interrupt.c.) */
static EDDY_JS_FN(contextify_run) {
  (void)function, (void)self;
  eddy_runtime* rt = eddy_runtime_from(ctx);
  JSValueRef target = eddy_js_arg(ctx, argc, argv, 0);
  JSContextRef run_ctx = rt->ctx;
  if (JSValueIsObject(ctx, target)) {
    contextify_global* g = global_of((JSObjectRef)target);
    if (g) run_ctx = g->ctx;
  }
  JSStringRef source = JSValueToStringCopy(ctx, eddy_js_arg(ctx, argc, argv, 1), exception);
  if (!source) return NULL;
  JSStringRef url = JSValueToStringCopy(ctx, eddy_js_arg(ctx, argc, argv, 2), exception);
  if (!url) {
    JSStringRelease(source);
    return NULL;
  }
  int line = (int)eddy_js_arg_int(ctx, argc, argv, 3) + 1;
  /* The user code rewrites call globals only the main context has. */
  if (run_ctx == rt->ctx) source = eddy_contextify_user_source(source);
  JSValueRef exc = NULL;
  JSValueRef result = global_chain_has_proxy(run_ctx)
                          ? eval_in_global(run_ctx, source, url, line < 1 ? 1 : line, &exc)
                          : JSEvaluateScript(run_ctx, source, NULL, url, line < 1 ? 1 : line, &exc);
  JSStringRelease(source);
  JSStringRelease(url);
  if (exc) {
    *exception = exc;
    return NULL;
  }
  return result;
}

JSStringRef eddy_contextify_user_source(JSStringRef source) {
  size_t len = 0;
  uint16_t* rewritten =
      eddy_user_source_rewrite(JSStringGetCharactersPtr(source), JSStringGetLength(source), &len);
  if (!rewritten) return source;
  JSStringRelease(source);
  source = JSStringCreateWithCharacters(rewritten, len);
  free(rewritten);
  return source;
}

/* checkSyntax(source, filename, lineOffset) -> undefined, or throws the SyntaxError
 * of the source as it will run (after the user code rewrites). */
static EDDY_JS_FN(contextify_check_syntax) {
  (void)function, (void)self;
  JSStringRef source = JSValueToStringCopy(ctx, eddy_js_arg(ctx, argc, argv, 0), exception);
  if (!source) return NULL;
  JSStringRef url = JSValueToStringCopy(ctx, eddy_js_arg(ctx, argc, argv, 1), exception);
  if (!url) {
    JSStringRelease(source);
    return NULL;
  }
  int line = (int)eddy_js_arg_int(ctx, argc, argv, 2) + 1;
  source = eddy_contextify_user_source(source);
  JSCheckScriptSyntax(ctx, source, url, line < 1 ? 1 : line, exception);
  JSStringRelease(source);
  JSStringRelease(url);
  return JSValueMakeUndefined(ctx);
}

/* unbalancedAt(source) -> the offset of a closing bracket that source never opened,
 * or -1: vm.compileFunction wraps a body in a function expression, and a body that
 * could close that function early must fail to compile rather than run code of its
 * own at compile time. */
static EDDY_JS_FN(contextify_unbalanced_at) {
  (void)function, (void)self;
  JSStringRef source = JSValueToStringCopy(ctx, eddy_js_arg(ctx, argc, argv, 0), exception);
  if (!source) return NULL;
  eddy_lexer lx;
  memset(&lx, 0, sizeof(lx));
  double at = -1;
  if (eddy_lex(&lx, JSStringGetCharactersPtr(source), JSStringGetLength(source)) != 0 &&
      strcmp(lx.error, "unbalanced bracket") == 0) {
    at = (double)lx.error_at;
  }
  eddy_lexer_free(&lx);
  JSStringRelease(source);
  return JSValueMakeNumber(ctx, at);
}

/* globalOf(fn) is not available in the C API; instead lib/vm.js asks
 * sandboxOf(global) -> whether a global was made here. */
static EDDY_JS_FN(contextify_is_context_global) {
  (void)function, (void)self, (void)exception;
  JSValueRef v = eddy_js_arg(ctx, argc, argv, 0);
  if (!JSValueIsObjectOfClass(ctx, v, state_of()->global_class)) {
    return JSValueMakeBoolean(ctx, false);
  }
  return JSValueMakeBoolean(ctx, global_of((JSObjectRef)v) != NULL);
}

/* withoutSandbox(global, fn, ...args) -> fn(...args) run while the context's global
 * forwards nothing to its sandbox: reflection on it then sees its own properties
 * only (lib/internal/vm/global_view.js). */
static EDDY_JS_FN(contextify_without_sandbox) {
  (void)function, (void)self;
  JSValueRef target = eddy_js_arg(ctx, argc, argv, 0);
  JSValueRef fn = eddy_js_arg(ctx, argc, argv, 1);
  CHECK(JSValueIsObject(ctx, target) && JSValueIsObject(ctx, fn));
  contextify_global* g = global_of((JSObjectRef)target);
  CHECK(g != NULL);
  JSObjectRef sandbox = g->sandbox;
  g->sandbox = NULL;
  JSValueRef result = JSObjectCallAsFunction(ctx, (JSObjectRef)fn, NULL, argc > 2 ? argc - 2 : 0,
                                             argc > 2 ? argv + 2 : NULL, exception);
  g->sandbox = sandbox;
  return result;
}

/* setGlobalPrototype(global, proto): Object.setPrototypeOf on a context's global,
 * which JSC refuses (its global objects have immutable prototypes) and V8 allows
 * (lib/vm.js, for contexts made with DONT_CONTEXTIFY). proto is an object or null,
 * and does not have the global on its chain: lib/ checked. */
static EDDY_JS_FN(contextify_set_global_prototype) {
  (void)function, (void)self, (void)exception;
  JSValueRef target = eddy_js_arg(ctx, argc, argv, 0);
  JSValueRef proto = eddy_js_arg(ctx, argc, argv, 1);
  CHECK(JSValueIsObjectOfClass(ctx, target, state_of()->global_class));
  CHECK(JSValueIsObject(ctx, proto) || JSValueIsNull(ctx, proto));
  contextify_global* g = global_of((JSObjectRef)target);
  CHECK(g != NULL);
  /* A JSGlobalContextRef is its JSGlobalObject, a context group its VM, and a
   * JSValueRef its encoded JSValue (the 64-bit encoding). The proxy JS sees as the
   * global (globalThis) keeps a prototype of its own, which JSC's cycle check walks:
   * it is set too, or Object.setPrototypeOf(proto, global) would make a cycle. */
  void* vm = (void*)JSContextGetGroup(ctx);
  uint64_t value = (uint64_t)(uintptr_t)proto;
  JSObjectRef proxy = JSContextGetGlobalObject(g->ctx);
  /* An engine function, so the lock it expects is taken (a function made by the
   * public API runs without it). */
  eddy_js_lock lock;
  eddy_js_lock_take(&lock, ctx);
  eddy_jsc_object_set_prototype_direct((void*)g->ctx, vm, value);
  if ((void*)proxy != (void*)g->ctx) eddy_jsc_object_set_prototype_direct(proxy, vm, value);
  eddy_js_lock_release(&lock);
  return JSValueMakeUndefined(ctx);
}

/* disallowStrings(global): eval() and new Function() in that context throw node's
 * EvalError (codeGeneration: { strings: false }). */
static EDDY_JS_FN(contextify_disallow_strings) {
  (void)function, (void)self, (void)exception;
  JSValueRef target = eddy_js_arg(ctx, argc, argv, 0);
  CHECK(JSValueIsObject(ctx, target));
  contextify_global* g = global_of((JSObjectRef)target);
  CHECK(g != NULL);
  JSStringRef message =
      JSStringCreateWithUTF8CString("Code generation from strings disallowed for this context");
  JSGlobalContextSetEvalEnabled(g->ctx, false, message);
  JSStringRelease(message);
  return JSValueMakeUndefined(ctx);
}

static void contextify_dispose(eddy_runtime* rt) {
  contextify_state* s = rt->binding_state[EDDY_BINDING_contextify];
  if (!s) return;
  JSClassRelease(s->global_class);
  JSValueUnprotect(rt->ctx, s->reflect_set);
  JSValueUnprotect(rt->ctx, s->own_symbols);
  JSValueUnprotect(rt->ctx, s->define_read_only);
  eddy__interrupt_free(s->interrupt);
  free(s);
  rt->binding_state[EDDY_BINDING_contextify] = NULL;
}

/* The main realm's global.object[name], protected (kept for the runtime's life). */
static JSObjectRef protected_builtin(JSContextRef ctx, const char* global, const char* name) {
  JSValueRef holder = eddy_js_get(ctx, JSContextGetGlobalObject(ctx), global);
  CHECK(JSValueIsObject(ctx, holder));
  JSValueRef fn = eddy_js_get(ctx, (JSObjectRef)holder, name);
  CHECK(JSValueIsObject(ctx, fn));
  JSValueProtect(ctx, fn);
  return (JSObjectRef)fn;
}

JSObjectRef eddy_binding_contextify_init(eddy_runtime* rt, JSContextRef ctx) {
  contextify_state* s = eddy_malloc(sizeof(*s));
  memset(s, 0, sizeof(*s));
  JSClassDefinition def = kJSClassDefinitionEmpty;
  def.className = "global";
  def.hasProperty = global_on_has;
  def.getProperty = global_on_get;
  def.setProperty = global_on_set;
  def.deleteProperty = global_on_delete;
  def.getPropertyNames = global_on_names;
  def.finalize = global_on_finalize;
  s->global_class = JSClassCreate(&def);
  s->interrupt = eddy__interrupt_new();
  probe_symbol_keys(ctx);
  s->reflect_set = protected_builtin(ctx, "Reflect", "set");
  s->own_symbols = protected_builtin(ctx, "Object", "getOwnPropertySymbols");
  /* (global, sandbox, key) -> whether the key is a read-only value of the sandbox
   * (own or inherited), which is then copied onto the global (called with the
   * callbacks off, so JSC's own storage holds the copy). */
  JSStringRef src = JSStringCreateWithUTF8CString(
      "(function (global, sandbox, key) {"
      "  let desc;"
      "  for (let o = sandbox; o !== null && desc === undefined; o = Reflect.getPrototypeOf(o))"
      "    desc = Reflect.getOwnPropertyDescriptor(o, key);"
      "  if (desc === undefined || !('value' in desc)) return false;"
      "  Reflect.defineProperty(global, key, { value: desc.value, writable: false,"
      "    enumerable: false, configurable: true });"
      "  return true;"
      "})");
  JSValueRef define = JSEvaluateScript(ctx, src, NULL, NULL, 1, NULL);
  JSStringRelease(src);
  CHECK(define && JSValueIsObject(ctx, define));
  s->define_read_only = (JSObjectRef)define;
  JSValueProtect(ctx, define);
  rt->binding_state[EDDY_BINDING_contextify] = s;
  rt->binding_dispose[EDDY_BINDING_contextify] = contextify_dispose;

  JSObjectRef binding = JSObjectMake(ctx, NULL, NULL);
  eddy_js_set_fn(ctx, binding, "makeContext", contextify_make_context);
  eddy_js_set_fn(ctx, binding, "setGlobalPrototype", contextify_set_global_prototype);
  eddy_js_set_fn(ctx, binding, "run", contextify_run);
  eddy_js_set_fn(ctx, binding, "checkSyntax", contextify_check_syntax);
  eddy_js_set_fn(ctx, binding, "unbalancedAt", contextify_unbalanced_at);
  eddy_js_set_fn(ctx, binding, "isContextGlobal", contextify_is_context_global);
  eddy_js_set_fn(ctx, binding, "withoutSandbox", contextify_without_sandbox);
  eddy_js_set_fn(ctx, binding, "disallowStrings", contextify_disallow_strings);
  eddy__interrupt_add_functions(ctx, binding);
  return binding;
}
