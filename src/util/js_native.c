#define _GNU_SOURCE /* RTLD_DEFAULT */
#include "js_native.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>

#include "engine_path.h"
#include "js_lock.h"
#include "js_string.h"

/* A host function as the engine calls it: its global object and the call frame;
 * the result is an encoded JSValue, which is what a JSValueRef is on 64-bit. */
typedef int64_t (*host_fn)(void* global, uint64_t* frame);

/* JSFunction* JSFunction::create(VM&, JSGlobalObject*, unsigned length,
 *     const String& name, NativeFunction, ImplementationVisibility, Intrinsic,
 *     NativeFunction constructor, const DOMJIT::Signature*) */
typedef void* (*function_create_fn)(void* vm, void* global, unsigned length, const void* name,
                                    host_fn call, int visibility, int intrinsic, host_fn construct,
                                    const void* signature);
/* Exception* VM::throwException(JSGlobalObject*, JSValue) */
typedef void* (*throw_fn)(void* vm, void* global, JSValueRef value);

static struct {
  function_create_fn create;
  host_fn not_a_constructor; /* what `new` on a host function without one does */
  throw_fn throw_exception;
} engine;

/* The call frame, in 8-byte slots: the callee, the argument count counting `this`
 * (low 32 bits), `this`, then the arguments. Checked by probe(). */
enum { FRAME_CALLEE = 3, FRAME_ARGC = 4, FRAME_THIS = 5, FRAME_ARGS = 6 };
#define ENCODED_UNDEFINED ((int64_t)0xa)

/* --- one host function per callback ------------------------------------------- */

/* The engine calls a host function with no room for data of ours, so each callback
 * gets a slot and the slot's own trampoline. Slots are handed out once per process
 * (workers reuse them) and never freed; callbacks past the last slot are made by
 * the public API. */
#define SLOTS 1024
static JSObjectCallAsFunctionCallback slot_callback[SLOTS];
static unsigned slots_used;
/* callback -> slot + 1, open addressing; guarded by slot_lock. */
static struct {
  JSObjectCallAsFunctionCallback callback;
  unsigned slot;
} slot_index[SLOTS * 2];
static pthread_mutex_t slot_lock = PTHREAD_MUTEX_INITIALIZER;

static JSObjectRef this_object(JSContextRef ctx, JSValueRef v) {
  if (JSValueIsObject(ctx, v)) return (JSObjectRef)v;
  /* As a sloppy-mode function sees it: the global object for undefined and null,
   * a wrapper for other primitives. */
  if (JSValueIsUndefined(ctx, v) || JSValueIsNull(ctx, v)) return JSContextGetGlobalObject(ctx);
  return JSValueToObject(ctx, v, NULL);
}

static inline int64_t dispatch(JSObjectCallAsFunctionCallback fn, void* global, uint64_t* frame) {
  JSContextRef ctx = global; /* a context is its global object */
  size_t argc = (uint32_t)frame[FRAME_ARGC] - 1;
  JSObjectRef self = this_object(ctx, (JSValueRef)frame[FRAME_THIS]);
  JSValueRef exception = NULL;
  JSValueRef result = fn(ctx, (JSObjectRef)frame[FRAME_CALLEE], self, argc,
                         (const JSValueRef*)&frame[FRAME_ARGS], &exception);
  if (exception) {
    engine.throw_exception((void*)JSContextGetGroup(ctx), global, exception);
    return ENCODED_UNDEFINED;
  }
  return result ? (int64_t)(intptr_t)result : ENCODED_UNDEFINED;
}

#define TRAMPOLINE(n)                                   \
  static int64_t trampoline_##n(void* g, uint64_t* f) { \
    return dispatch(slot_callback[0x##n], g, f);        \
  }
#define TRAMPOLINE_ENTRY(n) trampoline_##n,
// clang-format re-wraps these macro lists differently on every run.
// clang-format off
#define EACH16(X, p)                                                                              \
  X(p##0)                                                                                         \
  X(p##1) X(p##2) X(p##3) X(p##4) X(p##5) X(p##6) X(p##7) X(p##8) X(p##9) X(p##a) X(p##b) X(p##c) \
      X(p##d) X(p##e) X(p##f)
#define EACH256(X, p)                                                                             \
  EACH16(X, p##0)                                                                                 \
  EACH16(X, p##1) EACH16(X, p##2) EACH16(X, p##3) EACH16(X, p##4) EACH16(X, p##5) EACH16(X, p##6) \
      EACH16(X, p##7) EACH16(X, p##8) EACH16(X, p##9) EACH16(X, p##a) EACH16(X, p##b)             \
          EACH16(X, p##c) EACH16(X, p##d) EACH16(X, p##e) EACH16(X, p##f)
#define EACH1024(X) EACH256(X, 0) EACH256(X, 1) EACH256(X, 2) EACH256(X, 3)
// clang-format on

EACH1024(TRAMPOLINE)
static const host_fn trampolines[SLOTS] = {EACH1024(TRAMPOLINE_ENTRY)};

/* The trampoline calling fn, or NULL when the slots are used up. */
static host_fn trampoline_for(JSObjectCallAsFunctionCallback fn) {
  size_t mask = SLOTS * 2 - 1;
  size_t i = ((uintptr_t)fn >> 4) & mask;
  host_fn found = NULL;
  pthread_mutex_lock(&slot_lock);
  while (slot_index[i].callback && slot_index[i].callback != fn) i = (i + 1) & mask;
  if (slot_index[i].callback) {
    found = trampolines[slot_index[i].slot];
  } else if (slots_used < SLOTS) {
    slot_callback[slots_used] = fn;
    slot_index[i].callback = fn;
    slot_index[i].slot = slots_used;
    found = trampolines[slots_used++];
  }
  pthread_mutex_unlock(&slot_lock);
  return found;
}

static JSObjectRef engine_function(JSContextRef ctx, JSStringRef name, host_fn call) {
  const void* engine_name = eddy_string_engine_ref(ctx, name);
  if (!engine_name) return NULL;
  void* vm = (void*)JSContextGetGroup(ctx); /* a context group is its VM */
  eddy_js_lock lock;
  eddy_js_lock_take(&lock, ctx);
  JSObjectRef f = engine.create(vm, (void*)ctx, 0, engine_name, call, 0 /* public */,
                                0 /* no intrinsic */, engine.not_a_constructor, NULL);
  eddy_js_lock_release(&lock);
  return f;
}

/* --- deciding, once, whether the engine's path is there ------------------------- */

static bool resolve_symbols(void) {
  engine.create = (function_create_fn)dlsym(
      RTLD_DEFAULT,
      "_ZN3JSC10JSFunction6createERNS_2VMEPNS_14JSGlobalObjectEjRKN3WTF6StringENS5_11FunctionPtrI"
      "LNS5_6PtrTagE1EFlS4_PNS_9CallFrameEELNS5_18FunctionAttributesE2EEENS_"
      "24ImplementationVisibilityENS_9IntrinsicESF_PKNS_6DOMJIT9SignatureE");
  engine.not_a_constructor = (host_fn)dlsym(
      RTLD_DEFAULT, "_ZN3JSC29callHostFunctionAsConstructorEPNS_14JSGlobalObjectEPNS_9CallFrameE");
  engine.throw_exception =
      (throw_fn)dlsym(RTLD_DEFAULT, "_ZN3JSC2VM14throwExceptionEPNS_14JSGlobalObjectENS_7JSValueE");
  return engine.create && engine.not_a_constructor && engine.throw_exception;
}

/* What the probe's callback was given. */
static struct {
  JSObjectRef callee, self;
  size_t argc;
  JSValueRef first;
} seen;

/* Returns its second argument; with one argument, throws it. */
static JSValueRef probe_callback(JSContextRef ctx, JSObjectRef callee, JSObjectRef self,
                                 size_t argc, const JSValueRef argv[], JSValueRef* exception) {
  (void)ctx;
  seen.callee = callee;
  seen.self = self;
  seen.argc = argc;
  seen.first = argc ? argv[0] : NULL;
  if (argc == 1) {
    *exception = argv[0];
    return NULL;
  }
  return argc > 1 ? argv[1] : NULL;
}

static int64_t probe_trampoline(void* g, uint64_t* f) { return dispatch(probe_callback, g, f); }

/* A function made the engine's way must receive its callee, `this` and arguments,
 * return its result and throw its exception. */
static bool calling_matches(JSContextRef ctx) {
  JSStringRef name = JSStringCreateWithUTF8CString("probe");
  JSObjectRef f = engine_function(ctx, name, probe_trampoline);
  JSStringRelease(name);
  if (!f) return false;
  JSObjectRef self = JSObjectMake(ctx, NULL, NULL), second = JSObjectMake(ctx, NULL, NULL);
  JSValueRef args[2] = {JSValueMakeNumber(ctx, 42), second};
  JSValueRef exception = NULL;
  JSValueRef r = JSObjectCallAsFunction(ctx, f, self, 2, args, &exception);
  bool ok = !exception && r == second && seen.callee == f && seen.self == self && seen.argc == 2 &&
            JSValueIsNumber(ctx, seen.first) && JSValueToNumber(ctx, seen.first, NULL) == 42;
  r = JSObjectCallAsFunction(ctx, f, self, 1, &args[1], &exception);
  ok = ok && r == NULL && exception == second && seen.argc == 1;
  exception = NULL;
  r = JSObjectCallAsFunction(ctx, f, self, 0, NULL, &exception);
  ok = ok && !exception && JSValueIsUndefined(ctx, r) && seen.argc == 0;
  return ok;
}

static bool probe(JSContextRef ctx) { return resolve_symbols() && calling_matches(ctx); }

/* EDDY_PUBLIC_FUNCTIONS=1 forces the public path. */
static eddy_engine_path path = EDDY_ENGINE_PATH_INIT;
static bool fast(JSContextRef ctx) {
  return eddy_engine_path_usable(&path, "EDDY_PUBLIC_FUNCTIONS", probe, ctx);
}

/* --- the API ----------------------------------------------------------------------- */

JSObjectRef eddy_js_native_function(JSContextRef ctx, JSStringRef name,
                                    JSObjectCallAsFunctionCallback fn) {
  if (fast(ctx)) {
    host_fn call = trampoline_for(fn);
    JSObjectRef f = call ? engine_function(ctx, name, call) : NULL;
    if (f) return f;
  }
  return JSObjectMakeFunctionWithCallback(ctx, name, fn);
}
