/* Node-API: node's half (module registration, Buffers, async work, thread-safe
 * functions, the event loop, cleanup hooks). Declarations follow the Node-API
 * documentation with node's ABI. Addons include this header. */
#ifndef EDDY_NAPI_NODE_API_H
#define EDDY_NAPI_NODE_API_H

#include "js_native_api.h"

struct uv_loop_s;

typedef struct napi_callback_scope__* napi_callback_scope;
typedef struct napi_async_context__* napi_async_context;
typedef struct napi_async_work__* napi_async_work;
typedef struct napi_threadsafe_function__* napi_threadsafe_function;
typedef struct napi_async_cleanup_hook_handle__* napi_async_cleanup_hook_handle;

typedef enum { napi_tsfn_release, napi_tsfn_abort } napi_threadsafe_function_release_mode;
typedef enum { napi_tsfn_nonblocking, napi_tsfn_blocking } napi_threadsafe_function_call_mode;

typedef void (*napi_async_execute_callback)(napi_env env, void* data);
typedef void (*napi_async_complete_callback)(napi_env env, napi_status status, void* data);
typedef void (*napi_threadsafe_function_call_js)(napi_env env, napi_value js_callback,
                                                 void* context, void* data);
typedef void (*napi_async_cleanup_hook)(napi_async_cleanup_hook_handle handle, void* data);
typedef void (*napi_cleanup_hook)(void* arg);

typedef struct {
  uint32_t major;
  uint32_t minor;
  uint32_t patch;
  const char* release;
} napi_node_version;

typedef napi_value (*napi_addon_register_func)(napi_env env, napi_value exports);
typedef int32_t (*node_api_addon_get_api_version_func)(void);

typedef struct napi_module {
  int nm_version;
  unsigned int nm_flags;
  const char* nm_filename;
  napi_addon_register_func nm_register_func;
  const char* nm_modname;
  void* nm_priv;
  void* reserved[4];
} napi_module;

#define NAPI_MODULE_VERSION 1
#define NODE_API_MODULE_GET_API_VERSION node_api_module_get_api_version_v1
#define NAPI_MODULE_INIT_SYMBOL napi_register_module_v1

/* An addon's entry points: the registration function node and eddy look up with
 * dlsym, and the Node-API version it was built for. */
#define NAPI_MODULE_INIT()                                                                       \
  EXTERN_C_START                                                                                 \
  __attribute__((visibility("default"))) int32_t node_api_module_get_api_version_v1(void) {      \
    return NAPI_VERSION;                                                                         \
  }                                                                                              \
  __attribute__((visibility("default"))) napi_value napi_register_module_v1(napi_env env,        \
                                                                            napi_value exports); \
  EXTERN_C_END                                                                                   \
  napi_value napi_register_module_v1(napi_env env, napi_value exports)

#define NAPI_MODULE(modname, regfunc) \
  NAPI_MODULE_INIT() { return regfunc(env, exports); }

EXTERN_C_START

NAPI_EXTERN void napi_module_register(napi_module* mod);
NAPI_EXTERN NAPI_NO_RETURN void napi_fatal_error(const char* location, size_t location_len,
                                                 const char* message, size_t message_len);

NAPI_EXTERN napi_status napi_async_init(napi_env env, napi_value async_resource,
                                        napi_value async_resource_name, napi_async_context* result);
NAPI_EXTERN napi_status napi_async_destroy(napi_env env, napi_async_context async_context);
NAPI_EXTERN napi_status napi_make_callback(napi_env env, napi_async_context async_context,
                                           napi_value recv, napi_value func, size_t argc,
                                           const napi_value* argv, napi_value* result);

NAPI_EXTERN napi_status napi_create_buffer(napi_env env, size_t length, void** data,
                                           napi_value* result);
NAPI_EXTERN napi_status napi_create_external_buffer(napi_env env, size_t length, void* data,
                                                    napi_finalize finalize_cb, void* finalize_hint,
                                                    napi_value* result);
NAPI_EXTERN napi_status napi_create_buffer_copy(napi_env env, size_t length, const void* data,
                                                void** result_data, napi_value* result);
NAPI_EXTERN napi_status node_api_create_buffer_from_arraybuffer(napi_env env,
                                                                napi_value arraybuffer,
                                                                size_t byte_offset,
                                                                size_t byte_length,
                                                                napi_value* result);
NAPI_EXTERN napi_status napi_is_buffer(napi_env env, napi_value value, bool* result);
NAPI_EXTERN napi_status napi_get_buffer_info(napi_env env, napi_value value, void** data,
                                             size_t* length);

NAPI_EXTERN napi_status napi_create_async_work(napi_env env, napi_value async_resource,
                                               napi_value async_resource_name,
                                               napi_async_execute_callback execute,
                                               napi_async_complete_callback complete, void* data,
                                               napi_async_work* result);
NAPI_EXTERN napi_status napi_delete_async_work(napi_env env, napi_async_work work);
NAPI_EXTERN napi_status napi_queue_async_work(node_api_basic_env env, napi_async_work work);
NAPI_EXTERN napi_status napi_cancel_async_work(node_api_basic_env env, napi_async_work work);

NAPI_EXTERN napi_status napi_get_node_version(node_api_basic_env env,
                                              const napi_node_version** version);
NAPI_EXTERN napi_status napi_get_uv_event_loop(node_api_basic_env env, struct uv_loop_s** loop);
NAPI_EXTERN napi_status napi_fatal_exception(napi_env env, napi_value err);

NAPI_EXTERN napi_status napi_add_env_cleanup_hook(node_api_basic_env env, void (*fun)(void* arg),
                                                  void* arg);
NAPI_EXTERN napi_status napi_remove_env_cleanup_hook(node_api_basic_env env, void (*fun)(void* arg),
                                                     void* arg);
NAPI_EXTERN napi_status napi_add_async_cleanup_hook(node_api_basic_env env,
                                                    napi_async_cleanup_hook hook, void* arg,
                                                    napi_async_cleanup_hook_handle* remove_handle);
NAPI_EXTERN napi_status
napi_remove_async_cleanup_hook(napi_async_cleanup_hook_handle remove_handle);

NAPI_EXTERN napi_status napi_open_callback_scope(napi_env env, napi_value resource_object,
                                                 napi_async_context context,
                                                 napi_callback_scope* result);
NAPI_EXTERN napi_status napi_close_callback_scope(napi_env env, napi_callback_scope scope);

NAPI_EXTERN napi_status napi_create_threadsafe_function(
    napi_env env, napi_value func, napi_value async_resource, napi_value async_resource_name,
    size_t max_queue_size, size_t initial_thread_count, void* thread_finalize_data,
    napi_finalize thread_finalize_cb, void* context, napi_threadsafe_function_call_js call_js_cb,
    napi_threadsafe_function* result);
NAPI_EXTERN napi_status napi_get_threadsafe_function_context(napi_threadsafe_function func,
                                                             void** result);
NAPI_EXTERN napi_status napi_call_threadsafe_function(
    napi_threadsafe_function func, void* data, napi_threadsafe_function_call_mode is_blocking);
NAPI_EXTERN napi_status napi_acquire_threadsafe_function(napi_threadsafe_function func);
NAPI_EXTERN napi_status napi_release_threadsafe_function(
    napi_threadsafe_function func, napi_threadsafe_function_release_mode mode);
NAPI_EXTERN napi_status napi_unref_threadsafe_function(node_api_basic_env env,
                                                       napi_threadsafe_function func);
NAPI_EXTERN napi_status napi_ref_threadsafe_function(node_api_basic_env env,
                                                     napi_threadsafe_function func);

NAPI_EXTERN napi_status node_api_get_module_file_name(node_api_basic_env env, const char** result);

EXTERN_C_END

#endif
