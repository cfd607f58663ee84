/* Node-API binary data: ArrayBuffers (owned or external), TypedArrays, DataViews
 * and node Buffers (a Uint8Array with Buffer.prototype, as FastBuffer is).
 * External memory is released through a finalizer deferred to the loop. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/check.h"
#include "../util/js.h"
#include "napi_internal.h"

typedef struct external_bytes {
  napi_env env;
  napi_finalize cb;
  void* hint;
} external_bytes;

static void owned_on_free(void* bytes, void* context) {
  (void)context;
  free(bytes);
}

static void external_on_free(void* bytes, void* context) {
  external_bytes* e = context;
  if (e->cb) eddy_napi_defer_finalizer(e->env, e->cb, bytes, e->hint);
  free(e);
}

static JSObjectRef owned_array_buffer(napi_env env, size_t length, void** data, JSValueRef* exc) {
  void* bytes = calloc(length ? length : 1, 1);
  if (!bytes) return NULL;
  JSObjectRef ab =
      JSObjectMakeArrayBufferWithBytesNoCopy(env->ctx, bytes, length, owned_on_free, NULL, exc);
  if (!ab) {
    free(bytes);
    return NULL;
  }
  if (data) *data = bytes;
  return ab;
}

static JSObjectRef external_array_buffer(napi_env env, void* data, size_t length, napi_finalize cb,
                                         void* hint, JSValueRef* exc) {
  external_bytes* e = eddy_malloc(sizeof *e);
  e->env = env;
  e->cb = cb;
  e->hint = hint;
  JSObjectRef ab =
      JSObjectMakeArrayBufferWithBytesNoCopy(env->ctx, data, length, external_on_free, e, exc);
  if (!ab) free(e);
  return ab;
}

napi_status napi_create_arraybuffer(napi_env env, size_t byte_length, void** data,
                                    napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, result);
  JSValueRef exc = NULL;
  JSObjectRef ab = owned_array_buffer(env, byte_length, data, &exc);
  if (exc) return eddy_napi_exception(env, exc);
  if (!ab) return eddy_napi_fail(env, napi_generic_failure, "Array buffer allocation failed");
  *result = eddy_napi_track(env, ab);
  return NAPI_OK(env);
}

napi_status napi_create_external_arraybuffer(napi_env env, void* external_data, size_t byte_length,
                                             napi_finalize finalize_cb, void* finalize_hint,
                                             napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, result);
  JSValueRef exc = NULL;
  JSObjectRef ab =
      external_array_buffer(env, external_data, byte_length, finalize_cb, finalize_hint, &exc);
  if (exc) return eddy_napi_exception(env, exc);
  *result = eddy_napi_track(env, ab);
  return NAPI_OK(env);
}

static bool is_array_buffer(napi_env env, JSValueRef v) {
  return JSValueGetTypedArrayType(env->ctx, v, NULL) == kJSTypedArrayTypeArrayBuffer;
}

napi_status napi_is_arraybuffer(napi_env env, napi_value value, bool* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  *result = is_array_buffer(env, V(value));
  return NAPI_OK(env);
}

napi_status napi_get_arraybuffer_info(napi_env env, napi_value arraybuffer, void** data,
                                      size_t* byte_length) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, arraybuffer);
  if (!is_array_buffer(env, V(arraybuffer))) return eddy_napi_status(env, napi_invalid_arg);
  if (data) *data = JSObjectGetArrayBufferBytesPtr(env->ctx, O(arraybuffer), NULL);
  if (byte_length) *byte_length = JSObjectGetArrayBufferByteLength(env->ctx, O(arraybuffer), NULL);
  return NAPI_OK(env);
}

napi_status napi_detach_arraybuffer(napi_env env, napi_value arraybuffer) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, arraybuffer);
  if (!is_array_buffer(env, V(arraybuffer)))
    return eddy_napi_status(env, napi_arraybuffer_expected);
  JSValueRef arg = V(arraybuffer);
  if (!eddy_napi_helper(env, EDDY_NAPI_H_detach, 1, &arg)) return napi_pending_exception;
  return NAPI_OK(env);
}

napi_status napi_is_detached_arraybuffer(napi_env env, napi_value value, bool* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  *result = false;
  if (is_array_buffer(env, V(value))) {
    JSValueRef arg = V(value);
    JSValueRef r = eddy_napi_helper(env, EDDY_NAPI_H_isDetached, 1, &arg);
    if (!r) return napi_pending_exception;
    *result = JSValueToBoolean(env->ctx, r);
  }
  return NAPI_OK(env);
}

/* SharedArrayBuffers (experimental in node 24). */
napi_status node_api_create_sharedarraybuffer(napi_env env, size_t byte_length, void** data,
                                              napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, result);
  JSValueRef arg = JSValueMakeNumber(env->ctx, (double)byte_length);
  JSValueRef sab = eddy_napi_helper(env, EDDY_NAPI_H_makeShared, 1, &arg);
  if (!sab) return napi_pending_exception;
  if (data) *data = JSObjectGetArrayBufferBytesPtr(env->ctx, (JSObjectRef)sab, NULL);
  *result = eddy_napi_track(env, sab);
  return NAPI_OK(env);
}

napi_status node_api_is_sharedarraybuffer(napi_env env, napi_value value, bool* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  JSValueRef arg = V(value);
  JSValueRef r = eddy_napi_helper(env, EDDY_NAPI_H_isShared, 1, &arg);
  if (!r) return napi_pending_exception;
  *result = JSValueToBoolean(env->ctx, r);
  return NAPI_OK(env);
}

/* Typed arrays: Node-API's type numbers <-> JSC's, and element sizes. */
static const JSTypedArrayType to_jsc[] = {
    kJSTypedArrayTypeInt8Array,         kJSTypedArrayTypeUint8Array,
    kJSTypedArrayTypeUint8ClampedArray, kJSTypedArrayTypeInt16Array,
    kJSTypedArrayTypeUint16Array,       kJSTypedArrayTypeInt32Array,
    kJSTypedArrayTypeUint32Array,       kJSTypedArrayTypeFloat32Array,
    kJSTypedArrayTypeFloat64Array,      kJSTypedArrayTypeBigInt64Array,
    kJSTypedArrayTypeBigUint64Array,
};
static const uint8_t element_size[] = {1, 1, 1, 2, 2, 4, 4, 4, 8, 8, 8};
static const char* const type_names[] = {"Int8Array",     "Uint8Array",    "Uint8ClampedArray",
                                         "Int16Array",    "Uint16Array",   "Int32Array",
                                         "Uint32Array",   "Float32Array",  "Float64Array",
                                         "BigInt64Array", "BigUint64Array"};

static int from_jsc(JSTypedArrayType t) {
  for (int i = 0; i < (int)(sizeof to_jsc / sizeof *to_jsc); i++)
    if (to_jsc[i] == t) return i;
  return -1;
}

static bool is_typed_array(napi_env env, JSValueRef v) {
  return from_jsc(JSValueGetTypedArrayType(env->ctx, v, NULL)) >= 0;
}

napi_status napi_is_typedarray(napi_env env, napi_value value, bool* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  *result = is_typed_array(env, V(value));
  return NAPI_OK(env);
}

static napi_status throw_range(napi_env env, const char* code, const char* msg) {
  napi_throw_range_error(env, code, msg);
  return eddy_napi_status(env, napi_invalid_arg);
}

napi_status napi_create_typedarray(napi_env env, napi_typedarray_type type, size_t length,
                                   napi_value arraybuffer, size_t byte_offset, napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, arraybuffer);
  NAPI_CHECK_ARG(env, result);
  if ((unsigned)type >= sizeof to_jsc / sizeof *to_jsc)
    return eddy_napi_status(env, napi_invalid_arg);
  if (!is_array_buffer(env, V(arraybuffer))) return eddy_napi_status(env, napi_invalid_arg);
  size_t size = element_size[type];
  if (byte_offset % size != 0) {
    char msg[96];
    snprintf(msg, sizeof msg, "start offset of %s should be a multiple of %zu", type_names[type],
             size);
    return throw_range(env, "ERR_NAPI_INVALID_TYPEDARRAY_ALIGNMENT", msg);
  }
  size_t ab_len = JSObjectGetArrayBufferByteLength(env->ctx, O(arraybuffer), NULL);
  if (length > (SIZE_MAX - byte_offset) / size || length * size + byte_offset > ab_len)
    return throw_range(env, "ERR_NAPI_INVALID_TYPEDARRAY_LENGTH", "Invalid typed array length");
  JSValueRef exc = NULL;
  JSObjectRef ta = JSObjectMakeTypedArrayWithArrayBufferAndOffset(
      env->ctx, to_jsc[type], O(arraybuffer), byte_offset, length, &exc);
  if (exc) return eddy_napi_exception(env, exc);
  *result = eddy_napi_track(env, ta);
  return NAPI_OK(env);
}

napi_status napi_get_typedarray_info(napi_env env, napi_value typedarray,
                                     napi_typedarray_type* type, size_t* length, void** data,
                                     napi_value* arraybuffer, size_t* byte_offset) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, typedarray);
  JSContextRef ctx = env->ctx;
  int t = from_jsc(JSValueGetTypedArrayType(ctx, V(typedarray), NULL));
  if (t < 0) return eddy_napi_status(env, napi_invalid_arg);
  JSObjectRef o = O(typedarray);
  size_t offset = JSObjectGetTypedArrayByteOffset(ctx, o, NULL);
  if (type) *type = (napi_typedarray_type)t;
  if (length) *length = JSObjectGetTypedArrayLength(ctx, o, NULL);
  if (data) {
    uint8_t* base = JSObjectGetTypedArrayBytesPtr(ctx, o, NULL);
    *data = base ? base + offset : NULL;
  }
  if (arraybuffer) *arraybuffer = eddy_napi_track(env, JSObjectGetTypedArrayBuffer(ctx, o, NULL));
  if (byte_offset) *byte_offset = offset;
  return NAPI_OK(env);
}

napi_status napi_create_dataview(napi_env env, size_t length, napi_value arraybuffer,
                                 size_t byte_offset, napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, arraybuffer);
  NAPI_CHECK_ARG(env, result);
  if (!is_array_buffer(env, V(arraybuffer))) return eddy_napi_status(env, napi_invalid_arg);
  size_t ab_len = JSObjectGetArrayBufferByteLength(env->ctx, O(arraybuffer), NULL);
  if (byte_offset > ab_len || length > ab_len - byte_offset) {
    napi_throw_range_error(
        env, "ERR_NAPI_INVALID_DATAVIEW_ARGS",
        "byte_offset + byte_length should be less than or equal to the size in bytes of the "
        "array passed in");
    return eddy_napi_status(env, napi_pending_exception);
  }
  JSValueRef args[3] = {V(arraybuffer), JSValueMakeNumber(env->ctx, (double)byte_offset),
                        JSValueMakeNumber(env->ctx, (double)length)};
  JSValueRef dv = eddy_napi_helper(env, EDDY_NAPI_H_makeDataView, 3, args);
  if (!dv) return napi_pending_exception;
  *result = eddy_napi_track(env, dv);
  return NAPI_OK(env);
}

static bool is_data_view(napi_env env, JSValueRef v) {
  if (!JSValueIsObject(env->ctx, v)) return false;
  JSValueRef r = eddy_napi_helper(env, EDDY_NAPI_H_isDataView, 1, &v);
  return r && JSValueToBoolean(env->ctx, r);
}

napi_status napi_is_dataview(napi_env env, napi_value value, bool* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  *result = is_data_view(env, V(value));
  return NAPI_OK(env);
}

napi_status napi_get_dataview_info(napi_env env, napi_value dataview, size_t* bytelength,
                                   void** data, napi_value* arraybuffer, size_t* byte_offset) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, dataview);
  if (!is_data_view(env, V(dataview))) return eddy_napi_status(env, napi_invalid_arg);
  JSValueRef arg = V(dataview);
  JSValueRef info = eddy_napi_helper(env, EDDY_NAPI_H_dataViewInfo, 1, &arg);
  if (!info) return napi_pending_exception;
  JSObjectRef ab = (JSObjectRef)JSObjectGetPropertyAtIndex(env->ctx, (JSObjectRef)info, 0, NULL);
  size_t offset = (size_t)JSValueToNumber(
      env->ctx, JSObjectGetPropertyAtIndex(env->ctx, (JSObjectRef)info, 1, NULL), NULL);
  size_t len = (size_t)JSValueToNumber(
      env->ctx, JSObjectGetPropertyAtIndex(env->ctx, (JSObjectRef)info, 2, NULL), NULL);
  if (bytelength) *bytelength = len;
  if (data) {
    uint8_t* base = JSObjectGetArrayBufferBytesPtr(env->ctx, ab, NULL);
    *data = base ? base + offset : NULL;
  }
  if (arraybuffer) *arraybuffer = eddy_napi_track(env, ab);
  if (byte_offset) *byte_offset = offset;
  return NAPI_OK(env);
}

/* Buffers. */
static napi_status buffer_over(napi_env env, JSObjectRef ab, size_t offset, size_t length,
                               napi_value* result) {
  JSValueRef exc = NULL;
  JSObjectRef u8 = JSObjectMakeTypedArrayWithArrayBufferAndOffset(
      env->ctx, kJSTypedArrayTypeUint8Array, ab, offset, length, &exc);
  if (exc) return eddy_napi_exception(env, exc);
  JSValueRef arg = u8;
  JSValueRef b = eddy_napi_helper(env, EDDY_NAPI_H_makeBuffer, 1, &arg);
  if (!b) return napi_pending_exception;
  *result = eddy_napi_track(env, b);
  return NAPI_OK(env);
}

napi_status napi_create_buffer(napi_env env, size_t length, void** data, napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, result);
  JSValueRef exc = NULL;
  JSObjectRef ab = owned_array_buffer(env, length, data, &exc);
  if (exc) return eddy_napi_exception(env, exc);
  if (!ab) return eddy_napi_fail(env, napi_generic_failure, "Buffer allocation failed");
  return buffer_over(env, ab, 0, length, result);
}

napi_status napi_create_buffer_copy(napi_env env, size_t length, const void* data,
                                    void** result_data, napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, result);
  if (length) NAPI_CHECK_ARG(env, data);
  void* bytes;
  JSValueRef exc = NULL;
  JSObjectRef ab = owned_array_buffer(env, length, &bytes, &exc);
  if (exc) return eddy_napi_exception(env, exc);
  if (!ab) return eddy_napi_fail(env, napi_generic_failure, "Buffer allocation failed");
  if (length) memcpy(bytes, data, length);
  if (result_data) *result_data = bytes;
  return buffer_over(env, ab, 0, length, result);
}

napi_status napi_create_external_buffer(napi_env env, size_t length, void* data,
                                        napi_finalize finalize_cb, void* finalize_hint,
                                        napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, result);
  JSValueRef exc = NULL;
  JSObjectRef ab = external_array_buffer(env, data, length, finalize_cb, finalize_hint, &exc);
  if (exc) return eddy_napi_exception(env, exc);
  return buffer_over(env, ab, 0, length, result);
}

napi_status node_api_create_buffer_from_arraybuffer(napi_env env, napi_value arraybuffer,
                                                    size_t byte_offset, size_t byte_length,
                                                    napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, arraybuffer);
  NAPI_CHECK_ARG(env, result);
  if (!is_array_buffer(env, V(arraybuffer)))
    return eddy_napi_status(env, napi_arraybuffer_expected);
  size_t ab_len = JSObjectGetArrayBufferByteLength(env->ctx, O(arraybuffer), NULL);
  if (byte_offset > ab_len || byte_length > ab_len - byte_offset) {
    napi_throw_range_error(env, "ERR_OUT_OF_RANGE", "The byte offset + length is out of range");
    return eddy_napi_status(env, napi_pending_exception);
  }
  return buffer_over(env, O(arraybuffer), byte_offset, byte_length, result);
}

/* Node's Buffer::HasInstance is any ArrayBufferView. */
napi_status napi_is_buffer(napi_env env, napi_value value, bool* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  *result = is_typed_array(env, V(value)) || is_data_view(env, V(value));
  return NAPI_OK(env);
}

napi_status napi_get_buffer_info(napi_env env, napi_value value, void** data, size_t* length) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, value);
  if (!is_typed_array(env, V(value)) && !is_data_view(env, V(value)))
    return eddy_napi_status(env, napi_invalid_arg);
  size_t len;
  uint8_t* bytes = eddy_js_bytes(env->ctx, V(value), &len); /* the view's own bytes */
  if (data) *data = bytes;
  if (length) *length = len;
  return NAPI_OK(env);
}
