/* SharedArrayBuffers posted to another thread (worker_threads) share their
 * memory, as in node, so Atomics.wait/notify pair threads.
 *
 * JSC's C API cannot make a SharedArrayBuffer over memory it did not allocate,
 * so this file uses JSC's own exported C++ functions, the way WebKit's workers
 * share one (they are declared here with their mangled names):
 *   sender:   ArrayBuffer::shareWith(ArrayBufferContents&) takes a reference to
 *             the buffer's SharedArrayBufferContents into a contents record;
 *   receiver: ArrayBuffer::create(ArrayBufferContents&&) makes a buffer of it, an
 *             ArrayBufferView over that buffer is wrapped for the receiving
 *             global object (ArrayBufferView::wrap), and the view's .buffer is
 *             the new SharedArrayBuffer JSC made with its own shared structure.
 * What this assumes of the library's layout, beyond those signatures: the
 * ArrayBuffer of a JSArrayBuffer cell sits at byte 16 (after the cell header and
 * butterfly); ArrayBufferContents fits in 128 zeroed bytes and ArrayBufferView
 * in 256; RefCounted's count is a view's first word; TypeUint8 is 2.
 *
 * Those are checked before the first use, in the process's first runtime that
 * asks: only JSC 2.50 (the version these were read from) is tried, and a round
 * trip within the thread must give a Uint8Array over a SharedArrayBuffer of the
 * right length whose bytes are the original's. Otherwise (another JSC, a failed
 * check) eddy_shared_memory_supported() is false and lib/ copies instead.
 *
 * The VM's lock: calls into JSC's own functions take it with a JSLockHolder
 * (see src/util/js_lock.h). */
#include "shared_memory.h"

#include <jsc/jsc.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../runtime/jsc_private.h"
#include "../util/check.h"
#include "../util/engine_path.h"
#include "../util/js.h"
#include "../util/js_lock.h"

void jsc_array_buffer_share_with(void* array_buffer, void* contents) __asm__(
    "_ZN3JSC11ArrayBuffer9shareWithERNS_19ArrayBufferContentsE");
/* Returns Ref<ArrayBuffer> through the hidden pointer (a class with a destructor). */
void* jsc_array_buffer_create(void** out, void* contents) __asm__(
    "_ZN3JSC11ArrayBuffer6createEONS_19ArrayBufferContentsE");
/* (this, TypedArrayType, RefPtr<ArrayBuffer>&&, byteOffset, std::optional<size_t>) */
void jsc_view_construct(void* self, unsigned type, void** buffer, size_t offset, size_t length, size_t engaged) __asm__(
    "_ZN3JSC15ArrayBufferViewC1ENS_14TypedArrayTypeEON3WTF6RefPtrINS_11ArrayBufferENS2_"
    "12RawPtrTraitsIS4_"
    "EENS2_21DefaultRefDerefTraitsIS4_EEEEmSt8optionalImE");
uint64_t jsc_view_wrap(void* self, void* lexical_global, void* global) __asm__(
    "_ZN3JSC15ArrayBufferView4wrapEPNS_14JSGlobalObjectES2_");
/* operator delete(ArrayBufferView*, std::destroying_delete_t): destroys and frees. */
void jsc_view_destroy(void* self) __asm__("_ZN3JSC15ArrayBufferViewdlEPS0_St19destroying_delete_t");
void* wtf_fast_malloc(size_t size) __asm__("_ZN3WTF10fastMallocEm");

enum { CONTENTS_SIZE = 128, VIEW_SIZE = 256, TYPE_UINT8 = 2, IMPL_OFFSET = 16 };

void* eddy_shared_memory_share(JSContextRef ctx, JSObjectRef sab) {
  void* token = eddy_calloc(1, CONTENTS_SIZE);
  eddy_js_lock lock;
  eddy_js_lock_take(&lock, ctx);
  void* impl = *(void**)((char*)sab + IMPL_OFFSET);
  jsc_array_buffer_share_with(impl, token);
  eddy_js_lock_release(&lock);
  return token;
}

/* An ArrayBufferView over the token's memory (taking the token), or NULL. */
static void* view_of(void* token, size_t byte_length) {
  void* buffer = NULL;
  jsc_array_buffer_create(&buffer, token);
  free(token); /* emptied by the move */
  if (!buffer) return NULL;
  void* view = wtf_fast_malloc(VIEW_SIZE);
  memset(view, 0, VIEW_SIZE);
  void* ref = buffer;
  jsc_view_construct(view, TYPE_UINT8, &ref, 0, byte_length, 1);
  CHECK(ref == NULL); /* the view took the buffer's reference */
  return view;
}

/* Drops the reference the view was made with (its JS wrapper, if any, holds the
 * buffer on its own). */
static void view_release(void* view) {
  unsigned* count = view;
  if (*count == 1)
    jsc_view_destroy(view);
  else
    --*count;
}

JSObjectRef eddy_shared_memory_adopt(JSContextRef ctx, void* token, size_t byte_length) {
  eddy_js_lock lock;
  eddy_js_lock_take(&lock, ctx);
  void* view = view_of(token, byte_length);
  JSValueRef array = NULL;
  if (view) {
    void* global = (void*)JSContextGetGlobalContext(ctx);
    array = (JSValueRef)(uintptr_t)jsc_view_wrap(view, global, global);
    view_release(view);
  }
  eddy_js_lock_release(&lock);
  if (!array || !JSValueIsObject(ctx, array)) return NULL;
  return JSObjectGetTypedArrayBuffer(ctx, (JSObjectRef)array, NULL);
}

void eddy_shared_memory_release(void* token, size_t byte_length) {
  void* view = view_of(token, byte_length);
  if (view) view_release(view);
}

/* --- the check ------------------------------------------------------------------ */

static bool round_trip(JSContextRef ctx) {
  if (jsc_get_major_version() != 2 || jsc_get_minor_version() != 50) return false;
  JSValueRef original = eddy_js_eval(ctx,
                                     "(() => { const s = new SharedArrayBuffer(24); new "
                                     "Uint8Array(s).set([1, 2, 3], 21); return s; })()");
  if (!original || !JSValueIsObject(ctx, original)) return false;
  JSObjectRef sab = (JSObjectRef)original;
  void* bytes = JSObjectGetArrayBufferBytesPtr(ctx, sab, NULL);
  void* token = eddy_shared_memory_share(ctx, sab);
  if (!bytes || *(void**)token != bytes) {
    /* The contents record does not hold the memory where it should: the layout
     * differs. The token's reference cannot be dropped safely; leave it. */
    return false;
  }
  JSObjectRef copy = eddy_shared_memory_adopt(ctx, token, 24);
  if (!copy || JSObjectGetArrayBufferBytesPtr(ctx, copy, NULL) != bytes) return false;
  JSObjectRef global = JSContextGetGlobalObject(ctx);
  JSStringRef a = JSStringCreateWithUTF8CString("__eddySharedA"),
              b = JSStringCreateWithUTF8CString("__eddySharedB");
  JSObjectSetProperty(ctx, global, a, sab, kJSPropertyAttributeDontEnum, NULL);
  JSObjectSetProperty(ctx, global, b, copy, kJSPropertyAttributeDontEnum, NULL);
  JSValueRef ok =
      eddy_js_eval(ctx,
                   "(() => { const a = __eddySharedA, b = __eddySharedB;"
                   " const same = b instanceof SharedArrayBuffer && b.byteLength === 24 && new "
                   "Uint8Array(b)[23] === 3;"
                   " new Int32Array(b)[1] = 77; return same && new Int32Array(a)[1] === 77; })()");
  JSObjectDeleteProperty(ctx, global, a, NULL);
  JSObjectDeleteProperty(ctx, global, b, NULL);
  JSStringRelease(a);
  JSStringRelease(b);
  return ok && JSValueToBoolean(ctx, ok);
}

static eddy_engine_path path = EDDY_ENGINE_PATH_INIT;

bool eddy_shared_memory_supported(JSContextRef ctx) {
  return eddy_engine_path_usable(&path, NULL, round_trip, ctx);
}
