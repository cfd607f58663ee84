/* internalBinding('napi'): loading Node-API addons. dlopen() the file, find its
 * registration (napi_register_module_v1, or a napi_module handed to
 * napi_module_register by a static constructor while the file loads), make an env
 * and call it with module.exports; what it returns becomes the exports.
 *
 * The napi_* functions are exported from the eddy binary by a dynamic list
 * (src/napi/exports.list), so an addon's undefined napi_* symbols resolve to them
 * at dlopen, as they resolve to node's own in node. */
#define _GNU_SOURCE /* RTLD_DEEPBIND */
#include <dlfcn.h>
#include <stdlib.h>
#include <string.h>

#include "../util/check.h"
#include "../util/js.h"
#include "napi_internal.h"

void eddy_napi_env_init(napi_env env);
void eddy_napi_env_dispose(napi_env env);
EDDY_JS_FN(eddy_napi_trampoline);

typedef struct napi_state {
  JSObjectRef helpers[EDDY_NAPI_H_COUNT]; /* protected */
  bool ready;
  napi_env envs;
} napi_state;

static const char* const helper_names[] = {
#define EDDY_NAPI_HELPER_NAME(name) #name,
    EDDY_NAPI_HELPERS(EDDY_NAPI_HELPER_NAME)
#undef EDDY_NAPI_HELPER_NAME
};

/* Old-style registration: napi_module_register runs inside dlopen (a static
 * constructor) on the loading thread; the module it names is kept per library
 * handle, since a second dlopen of the same file runs no constructor. */
static __thread napi_module* registering;
typedef struct registered {
  void* handle;
  napi_module* mod;
  struct registered* next;
} registered;
static registered* registry;
static uv_mutex_t registry_lock;
static uv_once_t registry_once = UV_ONCE_INIT;
static void registry_init(void) { CHECK_EQ(uv_mutex_init(&registry_lock), 0); }

void napi_module_register(napi_module* mod) { registering = mod; }

/* node_module_register(): how an addon built on V8's C++ API (NODE_MODULE, as NAN
 * addons and better-sqlite3 are) registers itself, from a static constructor inside
 * dlopen. eddy cannot run such an addon, but with the symbol defined the constructor
 * returns, dlopen succeeds, and the loader throws node's error for the addon (a
 * NODE_MODULE_VERSION other than node 24's, or eddy's for V8's API); without it the
 * lazy binding of the call ended the process ("symbol lookup error", exit 127). Only
 * the struct's first field, node's nm_version, is read. */
void node_module_register(void* mod);
static __thread const int* registering_v8;
void node_module_register(void* mod) { registering_v8 = mod; }

/* node's NODE_MODULE_VERSION for 24.x (process.versions.modules). */
#define NODE_ABI_VERSION 137

/* The error text for an addon that registered through node_module_register. */
static char* v8_addon_message(const char* path, int version) {
  size_t size = strlen(path) + 320;
  char* msg = eddy_malloc(size);
  if (version != NODE_ABI_VERSION)
    snprintf(msg, size,
             "The module '%s'\nwas compiled against a different Node.js version using\n"
             "NODE_MODULE_VERSION %d. This version of Node.js requires\n"
             "NODE_MODULE_VERSION %d. Please try re-compiling or re-installing\n"
             "the module (for instance, using `npm rebuild` or `npm install`).",
             path, version, NODE_ABI_VERSION);
  else
    snprintf(msg, size,
             "The module '%s'\nis built on V8's C++ API, which eddy does not have: "
             "only Node-API addons load.",
             path);
  return msg;
}

static napi_module* registered_module(void* handle, napi_module* fresh) {
  uv_once(&registry_once, registry_init);
  uv_mutex_lock(&registry_lock);
  napi_module* found = NULL;
  for (registered* r = registry; r; r = r->next)
    if (r->handle == handle) found = r->mod;
  if (!found && fresh) {
    registered* r = eddy_malloc(sizeof *r);
    r->handle = handle;
    r->mod = found = fresh;
    r->next = registry;
    registry = r;
  }
  uv_mutex_unlock(&registry_lock);
  return found;
}

/* Node's default is RTLD_LAZY. eddy adds RTLD_DEEPBIND: its binary already
 * carries GLib/GObject (JavaScriptCore's dependencies), and addons that bundle
 * their own copy (sharp's libvips) must bind to it, not to eddy's (measured: sharp
 * logged GObject assertions without it and none with it). napi_* symbols are not
 * in an addon's own scope, so they still resolve to the binary. AddressSanitizer
 * refuses RTLD_DEEPBIND, so its builds keep node's flag. */
static int default_flags(void) {
#if defined(__SANITIZE_ADDRESS__)
  return RTLD_LAZY;
#else
  return RTLD_LAZY | RTLD_DEEPBIND;
#endif
}

static napi_state* state_of(JSContextRef ctx) {
  return eddy_runtime_from(ctx)->binding_state[EDDY_BINDING_napi];
}

/* setup(helpers): the functions of lib/internal/napi.js, once per runtime. */
static EDDY_JS_FN(napi_setup) {
  (void)function, (void)self, (void)exception;
  napi_state* s = state_of(ctx);
  JSObjectRef helpers = (JSObjectRef)argv[0];
  for (int i = 0; i < EDDY_NAPI_H_COUNT; i++) {
    JSValueRef f = eddy_js_get(ctx, helpers, helper_names[i]);
    CHECK(JSValueIsObject(ctx, f));
    s->helpers[i] = eddy_protect_object(ctx, f);
  }
  s->ready = true;
  return JSValueMakeUndefined(ctx);
}

static napi_env new_env(eddy_runtime* rt, napi_state* s, const char* path, int32_t version) {
  napi_env env = calloc(1, sizeof *env);
  CHECK(env != NULL);
  env->rt = rt;
  env->ctx = rt->ctx;
  memcpy(env->helpers, s->helpers, sizeof env->helpers);
  env->module_api_version = version;
  size_t n = strlen(path);
  env->filename = eddy_malloc(n + 8);
  memcpy(env->filename, "file://", 7);
  memcpy(env->filename + 7, path, n + 1);
  eddy_napi_env_init(env);
  env->next = s->envs;
  s->envs = env;
  return env;
}

/* dlopen(module, path, flags) -> undefined when loaded, or the error text (the
 * loader's, or node's "did not self-register"). What the addon's init throws is
 * thrown. */
static EDDY_JS_FN(napi_dlopen) {
  (void)function, (void)self;
  eddy_runtime* rt = eddy_runtime_from(ctx);
  napi_state* s = rt->binding_state[EDDY_BINDING_napi];
  CHECK(s->ready && argc >= 3);
  JSObjectRef module = (JSObjectRef)argv[0];
  char* path = eddy_js_to_utf8(ctx, argv[1], NULL, NULL);
  CHECK(path != NULL);
  int flags = (int)JSValueToNumber(ctx, argv[2], NULL);
  if (flags < 0) flags = default_flags();
  registering = NULL;
  registering_v8 = NULL;
  void* handle = dlopen(path, flags);
  if (handle == NULL) {
    const char* err = dlerror();
    free(path);
    return eddy_js_cstr(ctx, err ? err : "dlopen failed");
  }
  napi_module* mod = registered_module(handle, registering);
  registering = NULL;
  napi_addon_register_func init =
      (napi_addon_register_func)dlsym(handle, "napi_register_module_v1");
  if (init == NULL && mod) init = mod->nm_register_func;
  const int* v8_module = registering_v8;
  registering_v8 = NULL;
  if (init == NULL) {
    char* msg;
    if (v8_module != NULL) {
      msg = v8_addon_message(path, *v8_module);
    } else {
      msg = eddy_malloc(strlen(path) + 64);
      sprintf(msg, "Module did not self-register: '%s'.", path);
    }
    free(path);
    dlclose(handle);
    JSValueRef r = eddy_js_cstr(ctx, msg);
    free(msg);
    return r;
  }
  node_api_addon_get_api_version_func get_version =
      (node_api_addon_get_api_version_func)dlsym(handle, "node_api_module_get_api_version_v1");
  napi_env env = new_env(rt, s, path, get_version ? get_version() : 8);
  free(path);

  JSValueRef exports = eddy_js_get(ctx, module, "exports");
  size_t mark = env->handle_count;
  napi_value r = init(env, (napi_value)exports);
  if (env->pending_exception) {
    *exception = env->pending_exception;
    JSValueUnprotect(env->ctx, env->pending_exception);
    env->pending_exception = NULL;
    eddy_napi_release_to(env, mark);
    return NULL;
  }
  if (r != NULL && V(r) != exports) eddy_js_set(ctx, module, "exports", V(r));
  eddy_napi_release_to(env, mark);
  return JSValueMakeUndefined(ctx);
}

/* The main thread's runtime is never disposed (the process exits from inside
 * it), so its envs end in an atexit handler: cleanup hooks and instance-data
 * finalizers run when the program ends by itself, as node runs them when its
 * environment ends (node skips them after process.exit(), and so does this: the
 * runtime is then `exiting`). Only on the thread that owns them, and before JSC's
 * own static destructors (registered earlier, so run later). */
static napi_state* main_state;
static eddy_runtime* main_rt;
static uv_thread_t main_thread;

static void napi_on_exit(void) {
  uv_thread_t self = uv_thread_self();
  if (main_state == NULL || main_rt->exiting || !uv_thread_equal(&self, &main_thread)) return;
  for (napi_env env = main_state->envs; env; env = env->next) eddy_napi_env_dispose(env);
}

static void napi_dispose(eddy_runtime* rt) {
  napi_state* s = rt->binding_state[EDDY_BINDING_napi];
  for (napi_env env = s->envs; env; env = env->next) eddy_napi_env_dispose(env);
  if (s->ready)
    for (int i = 0; i < EDDY_NAPI_H_COUNT; i++) JSValueUnprotect(rt->ctx, s->helpers[i]);
  s->ready = false;
  /* The envs stay allocated: objects collected later may still point at them. */
}

/* isExternal(value): whether value was made by napi_create_external
 * (util.types.isExternal). */
static EDDY_JS_FN(napi_is_external) {
  (void)function, (void)self, (void)exception;
  JSValueRef v = eddy_js_arg(ctx, argc, argv, 0);
  return JSValueMakeBoolean(ctx, JSValueIsObjectOfClass(ctx, v, eddy_napi_external_class()));
}

JSObjectRef eddy_binding_napi_init(eddy_runtime* rt, JSContextRef ctx) {
  napi_state* s = calloc(1, sizeof *s);
  CHECK(s != NULL);
  rt->binding_state[EDDY_BINDING_napi] = s;
  rt->binding_dispose[EDDY_BINDING_napi] = napi_dispose;
  if (rt->worker == NULL && main_state == NULL) {
    main_state = s;
    main_rt = rt;
    main_thread = uv_thread_self();
    atexit(napi_on_exit);
  }
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  eddy_js_set_fn(ctx, b, "setup", napi_setup);
  eddy_js_set_fn(ctx, b, "dlopen", napi_dlopen);
  eddy_js_set_fn(ctx, b, "call", eddy_napi_trampoline);
  eddy_js_set_fn(ctx, b, "isExternal", napi_is_external);
  return b;
}

static const napi_node_version node_version = {24, 12, 0, "node"};

napi_status napi_get_node_version(napi_env env, const napi_node_version** version) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, version);
  *version = &node_version;
  return NAPI_OK(env);
}
