/* process.env: an object whose own properties mirror the environment, like node's
 * interceptors. It starts with one enumerable string property per variable;
 * assignments coerce to string and call setenv, delete calls unsetenv, so children
 * inherit every change. The class callbacks only keep the real environment in sync:
 * the properties themselves are ordinary data properties, which is what makes
 * Object.keys, spread and JSON.stringify see them.
 *
 * Threads: the environment is the process's, and several runtimes may hold such an
 * object (the main thread, and workers made with env: SHARE_ENV). Every change goes
 * through one lock and counts one generation; each runtime remembers the
 * generation its object reflects. lib/internal/process/env.js compares the two
 * (typed-array views, a read each) before it reads the object, and calls
 * envSync() to read the environment afresh when another thread changed it.
 *
 * JS API (on internalBinding('process')):
 *   makeEnvObject()     a new such object (made on request: a worker with an env
 *                       of its own never needs one)
 *   envViews()          [generation, seen]: Uint32Arrays of the changes so far,
 *                       process-wide, and of the generation this runtime's object
 *                       reflects
 *   envSync(env)        makes the object match the environment */
#include "process_env.h"

#include <stdatomic.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <uv.h>

#include "../runtime/engine.h"
#include "../runtime/runtime.h"
#include "../util/check.h"
#include "../util/js.h"

extern char** environ;

static uv_once_t env_once = UV_ONCE_INIT;
static uv_mutex_t env_lock;
static _Atomic uint32_t env_generation;
static _Thread_local uint32_t env_seen;

static void env_lock_init(void) { CHECK_EQ(uv_mutex_init(&env_lock), 0); }

static void lock_env(void) {
  uv_once(&env_once, env_lock_init);
  uv_mutex_lock(&env_lock);
}

/* After this thread changed the environment: a new generation, which this
 * thread's object already reflects unless another thread changed it meanwhile. */
static void env_changed(void) {
  uint32_t now = atomic_fetch_add(&env_generation, 1) + 1;
  if (env_seen == now - 1) env_seen = now;
}

static char* property_name(JSStringRef name) {
  size_t cap = JSStringGetMaximumUTF8CStringSize(name);
  char* s = eddy_malloc(cap);
  JSStringGetUTF8CString(name, s, cap);
  return s;
}

/* Set while this file stores or removes a property itself: the callbacks then let
 * JSC do it without touching the environment. */
static _Thread_local bool env_storing;

/* --pending-deprecation: storing anything but a string, number or boolean in
 * process.env warns once (DEP0104), as in node. */
static void env_warn_non_primitive(JSContextRef ctx, JSValueRef value) {
  static _Thread_local bool warned;
  eddy_runtime* rt = eddy_runtime_from(ctx);
  if (warned || !rt->options->pending_deprecation) return;
  if (JSValueIsString(ctx, value) || JSValueIsNumber(ctx, value) || JSValueIsBoolean(ctx, value))
    return;
  warned = true;
  JSValueRef fn = eddy_js_get(ctx, rt->process, "emitWarning");
  if (!JSValueIsObject(ctx, fn)) return;
  JSValueRef args[3] = {
      eddy_js_cstr(ctx,
                   "Assigning any value other than a string, number, or boolean to a "
                   "process.env property is deprecated. Please make sure to convert the "
                   "value to a string before setting process.env with it."),
      eddy_js_cstr(ctx, "DeprecationWarning"), eddy_js_cstr(ctx, "DEP0104")};
  JSObjectCallAsFunction(ctx, (JSObjectRef)fn, rt->process, 3, args, NULL);
}

static bool env_set(JSContextRef ctx, JSObjectRef obj, JSStringRef name, JSValueRef value,
                    JSValueRef* exception) {
  if (env_storing) return false; /* let JSC store the string as a data property */
  env_warn_non_primitive(ctx, value);
  JSStringRef str = JSValueToStringCopy(ctx, value, exception);
  if (!str) return true;
  char* key = property_name(name);
  char* v = eddy_js_to_utf8(ctx, JSValueMakeString(ctx, str), NULL, NULL);
  if (key[0] && !strchr(key, '=') && v) {
    lock_env();
    setenv(key, v, 1);
    env_changed();
    uv_mutex_unlock(&env_lock);
  }
  if (v && strcmp(key, "TZ") == 0) eddy_engine_timezone_changed(ctx, v);
  env_storing = true;
  JSObjectSetProperty(ctx, obj, name, JSValueMakeString(ctx, str), kJSPropertyAttributeNone, NULL);
  env_storing = false;
  JSStringRelease(str);
  free(key);
  free(v);
  return true;
}

static bool env_delete(JSContextRef ctx, JSObjectRef obj, JSStringRef name, JSValueRef* exception) {
  (void)obj, (void)exception;
  if (env_storing) return false;
  char* key = property_name(name);
  lock_env();
  unsetenv(key);
  env_changed();
  uv_mutex_unlock(&env_lock);
  if (strcmp(key, "TZ") == 0) eddy_engine_timezone_changed(ctx, NULL);
  free(key);
  return false; /* JSC then removes the data property */
}

/* Stores every variable of the environment on env (with the lock held) and
 * records the generation it reflects. */
static void env_fill(JSContextRef ctx, JSObjectRef env) {
  env_storing = true;
  for (char** e = environ; *e; e++) {
    const char* eq = strchr(*e, '=');
    if (!eq || eq == *e) continue;
    char* key = eddy_strndup(*e, (size_t)(eq - *e));
    eddy_js_set(ctx, env, key, eddy_js_cstr(ctx, eq + 1));
    free(key);
  }
  env_storing = false;
  env_seen = atomic_load(&env_generation);
}

static JSObjectRef make_env(JSContextRef ctx) {
  static _Atomic(JSClassRef) cls;
  if (!cls) {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "Object";
    def.setProperty = env_set;
    def.deleteProperty = env_delete;
    eddy_js_class_publish(&cls, JSClassCreate(&def));
  }
  JSObjectRef env = JSObjectMake(ctx, cls, NULL);
  env_fill(ctx, env);
  return env;
}

/* envSync(env): removes the properties whose variables are gone and stores every
 * variable's current value. */
static EDDY_JS_FN(env_sync) {
  (void)function, (void)self, (void)exception;
  JSObjectRef env = (JSObjectRef)eddy_js_arg(ctx, argc, argv, 0);
  CHECK(JSValueIsObject(ctx, env));
  JSPropertyNameArrayRef names = JSObjectCopyPropertyNames(ctx, env);
  size_t count = JSPropertyNameArrayGetCount(names);
  lock_env();
  env_storing = true;
  for (size_t i = 0; i < count; i++) {
    JSStringRef name = JSPropertyNameArrayGetNameAtIndex(names, i);
    char* key = property_name(name);
    if (!getenv(key)) JSObjectDeleteProperty(ctx, env, name, NULL);
    free(key);
  }
  env_storing = false;
  env_fill(ctx, env);
  uv_mutex_unlock(&env_lock);
  JSPropertyNameArrayRelease(names);
  return JSValueMakeUndefined(ctx);
}

/* makeEnvObject(): a new native environment object, filled from environ (filling
 * one cost a worker's start-up ~0.6M instructions). */
static EDDY_JS_FN(env_make) {
  (void)function, (void)self, (void)argc, (void)argv, (void)exception;
  lock_env();
  JSObjectRef env = make_env(ctx);
  uv_mutex_unlock(&env_lock);
  return env;
}

/* envViews() -> [generation, seen]: one-element Uint32Arrays over the process's
 * change count and the count this thread's object reflects. Made with the first
 * native environment object (a worker with an env of its own has none). */
static EDDY_JS_FN(env_views) {
  (void)function, (void)self, (void)argc, (void)argv, (void)exception;
  JSValueRef views[2] = {
      JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeUint32Array,
                                            (void*)&env_generation, sizeof(env_generation), NULL,
                                            NULL, NULL),
      JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeUint32Array, &env_seen,
                                            sizeof(env_seen), NULL, NULL, NULL),
  };
  return eddy_js_array_of(ctx, 2, views);
}

void eddy_process_env_install(JSContextRef ctx, JSObjectRef b) {
  eddy_js_set_fn(ctx, b, "makeEnvObject", env_make);
  eddy_js_set_fn(ctx, b, "envSync", env_sync);
  eddy_js_set_fn(ctx, b, "envViews", env_views);
}
