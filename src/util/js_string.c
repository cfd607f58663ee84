#define _GNU_SOURCE /* RTLD_DEFAULT */
#include "js_string.h"

#include <dlfcn.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "encoding.h"
#include "engine_path.h"
#include "js_lock.h"
#include "js_value.h"
#include "utf8.h"

/* The engine's entry points, by their exported (mangled) names. */
typedef struct {
  void* data;
  size_t size;
} engine_span; /* std::span<T>: a pointer and a count */

/* static Ref<StringImpl> StringImpl::createUninitialized(size_t, std::span<LChar|UChar>&):
 * Ref<> is returned through a hidden pointer, the first argument. */
typedef void (*create_uninitialized_fn)(void** ref, size_t length, engine_span* data);
typedef void (*destroy_fn)(void* impl);
/* JSString* jsStringWithCacheSlowCase(VM&, StringImpl&): a JSString holding a
 * reference to the StringImpl, no copy. */
typedef void* (*js_string_fn)(void* vm, void* impl);
/* bool VMInspector::currentThreadOwnsJSLock(VM*): whether this thread holds the VM's
 * lock, read without taking it. */
typedef bool (*owns_lock_fn)(void* vm);

static struct {
  create_uninitialized_fn create8, create16;
  destroy_fn destroy;
  js_string_fn js_string;
  owns_lock_fn owns_lock;
} engine;

/* Offsets the fast path relies on, checked by probe(): OpaqueJSString is a
 * refcount, then the WTF::String (a StringImpl pointer), then the cached 16-bit
 * copy; StringImpl is refcount, length, character pointer, hash and flags. */
enum {
  OPAQUE_IMPL = 8,
  IMPL_LENGTH = 4,
  IMPL_DATA = 8,
  IMPL_FLAGS = 16,
  IMPL_FLAG_8BIT = 1u << 2,
  IMPL_REF_ONE = 2, /* the refcount counts in twos; bit 0 marks static strings */
};
/* Strings longer than this take the public path (the engine aborts on a length
 * it cannot allocate instead of failing). */
#define FAST_MAX_LENGTH ((size_t)1 << 30)

static void* impl_of(JSStringRef s) { return *(void**)((char*)s + OPAQUE_IMPL); }
static uint32_t impl_length(void* impl) { return *(uint32_t*)((char*)impl + IMPL_LENGTH); }
static void* impl_data(void* impl) { return *(void**)((char*)impl + IMPL_DATA); }
static bool impl_is_8bit(void* impl) {
  return (*(uint32_t*)((char*)impl + IMPL_FLAGS) & IMPL_FLAG_8BIT) != 0;
}

static void impl_deref(void* impl) {
  uint32_t* refs = impl;
  if (*refs == IMPL_REF_ONE)
    engine.destroy(impl);
  else
    *refs -= IMPL_REF_ONE;
}

static bool resolve_symbols(void) {
  engine.create8 = (create_uninitialized_fn)dlsym(
      RTLD_DEFAULT, "_ZN3WTF10StringImpl19createUninitializedEmRSt4spanIhLm18446744073709551615EE");
  engine.create16 = (create_uninitialized_fn)dlsym(
      RTLD_DEFAULT,
      "_ZN3WTF10StringImpl19createUninitializedEmRSt4spanIDsLm18446744073709551615EE");
  engine.destroy = (destroy_fn)dlsym(RTLD_DEFAULT, "_ZN3WTF10StringImpl7destroyEPS0_");
  engine.js_string = (js_string_fn)dlsym(
      RTLD_DEFAULT, "_ZN3JSC25jsStringWithCacheSlowCaseERNS_2VMERN3WTF10StringImplE");
  engine.owns_lock =
      (owns_lock_fn)dlsym(RTLD_DEFAULT, "_ZN3JSC11VMInspector23currentThreadOwnsJSLockEPNS_2VME");
  return engine.create8 && engine.create16 && engine.destroy && engine.js_string &&
         engine.owns_lock;
}

/* An 8-bit and a 16-bit string made by the public API must read back through the
 * offsets above. */
static bool layout_matches(void) {
  static const char ascii[] = "eddy-probe";
  JSStringRef a = JSStringCreateWithUTF8CString(ascii); /* all ASCII: stored 8-bit */
  void* impl = impl_of(a);
  bool ok = impl && impl_length(impl) == sizeof ascii - 1 && impl_is_8bit(impl) &&
            memcmp(impl_data(impl), ascii, sizeof ascii - 1) == 0;
  JSStringRelease(a);
  static const uint16_t wide[] = {0x20AC, 'x', 0x00E9};
  JSStringRef w = JSStringCreateWithCharacters(wide, 3);
  impl = impl_of(w);
  ok = ok && impl && impl_length(impl) == 3 && !impl_is_8bit(impl) &&
       impl_data(impl) == JSStringGetCharactersPtr(w);
  JSStringRelease(w);
  return ok;
}

static JSValueRef wrap_impl(JSContextRef ctx, void* impl);

/* Strings made through the engine's path must read back through the public one. */
static bool making_matches(JSContextRef ctx) {
  void* impl = NULL;
  engine_span span = {0};
  engine.create8(&impl, 4, &span);
  memcpy(span.data, "\xe9t\xe9!", 4);
  JSStringRef s = JSValueToStringCopy(ctx, wrap_impl(ctx, impl), NULL);
  static const uint16_t want[] = {0xE9, 't', 0xE9, '!'};
  bool ok = s && JSStringGetLength(s) == 4 && memcmp(JSStringGetCharactersPtr(s), want, 8) == 0;
  if (s) JSStringRelease(s);
  return ok;
}

/* A JS string value is a JSString cell: the header (its type in byte 5), then its
 * fiber, the StringImpl pointer, or a rope (bit 0 set) not yet flattened. Reading
 * the fiber saves JSValueToStringCopy (the lock and an OpaqueJSString per call, a
 * tenth of a 1 KB Buffer.from(string)); checked against strings of known content,
 * and used only when the check passed. */
enum { CELL_TYPE_BYTE = 5, FIBER_ROPE = 1 };
static struct {
  bool ok;
  uint8_t string_type;
} cells;

static void calibrate_cells(JSContextRef ctx) {
  void* impl = NULL;
  engine_span span = {0};
  engine.create8(&impl, 3, &span);
  memcpy(span.data, "abc", 3);
  JSValueRef flat = wrap_impl(ctx, impl); /* the JSString now holds the only reference */
  if (!eddy_jsv_is_cell(flat)) return;
  const uintptr_t* w = (const uintptr_t*)(uintptr_t)flat;
  void* fiber = (void*)w[1];
  if (fiber == NULL || ((uintptr_t)fiber & FIBER_ROPE) || impl_length(fiber) != 3 ||
      !impl_is_8bit(fiber) || memcmp(impl_data(fiber), "abc", 3) != 0)
    return;
  cells.string_type = ((const uint8_t*)w)[CELL_TYPE_BYTE];
  /* A concatenation is a rope until flattened: it must show as one. */
  JSStringRef src = JSStringCreateWithUTF8CString("(function(a){return a+'!'+a})('x'.repeat(40))");
  JSValueRef rope = JSEvaluateScript(ctx, src, NULL, NULL, 1, NULL);
  JSStringRelease(src);
  if (!rope || !eddy_jsv_is_cell(rope) ||
      ((const uint8_t*)(uintptr_t)rope)[CELL_TYPE_BYTE] != cells.string_type ||
      !(((const uintptr_t*)(uintptr_t)rope)[1] & FIBER_ROPE))
    return;
  /* Something else must not look like a string. */
  JSObjectRef obj = JSObjectMake(ctx, NULL, NULL);
  if (((const uint8_t*)(uintptr_t)obj)[CELL_TYPE_BYTE] == cells.string_type) return;
  cells.ok = true;
}

static bool probe(JSContextRef ctx) {
  if (!(resolve_symbols() && layout_matches() && making_matches(ctx))) return false;
  if (!getenv("EDDY_PUBLIC_STRING_CELLS")) calibrate_cells(ctx);
  return true;
}

/* EDDY_PUBLIC_STRINGS=1 forces the public path. */
static eddy_engine_path path = EDDY_ENGINE_PATH_INIT;
static bool fast(JSContextRef ctx) {
  return eddy_engine_path_usable(&path, "EDDY_PUBLIC_STRINGS", probe, ctx);
}

/* The JSString for an impl we hold one reference to; the reference passes to it. */
static JSValueRef wrap_impl(JSContextRef ctx, void* impl) {
  void* vm = (void*)JSContextGetGroup(ctx); /* a context group is its VM */
  JSValueRef v;
  if (engine.owns_lock(vm)) {
    /* Called from JS through an engine-made function (js_native.h), which keeps the
     * lock: taking it again would only count it up and down, with five atomic
     * operations on the VM's reference count (measured: a sixth of a 1 KB
     * latin1 toString). */
    v = (JSValueRef)engine.js_string(vm, impl);
  } else {
    /* The lock every allocation needs (C callbacks from libuv, and functions made
     * by the public API, run without it). */
    eddy_js_lock lock;
    eddy_js_lock_take(&lock, ctx);
    v = (JSValueRef)engine.js_string(vm, impl);
    eddy_js_lock_release(&lock);
  }
  impl_deref(impl);
  return v;
}

static JSValueRef public_string(JSContextRef ctx, const uint16_t* units, size_t n) {
  JSStringRef s = JSStringCreateWithCharacters(n ? units : NULL, n);
  JSValueRef v = JSValueMakeString(ctx, s);
  JSStringRelease(s);
  return v;
}

static void* begin(JSContextRef ctx, eddy_string_builder* b, size_t len, bool wide) {
  *b = (eddy_string_builder){.len = len, .wide = wide};
  /* One-character and empty strings are the engine's shared ones: public path. */
  if (len >= 2 && len <= FAST_MAX_LENGTH && fast(ctx)) {
    engine_span span = {0};
    (wide ? engine.create16 : engine.create8)(&b->impl, len, &span);
    return span.data;
  }
  b->fallback = malloc(len ? len * (wide ? 2 : 1) : 1);
  return b->fallback;
}

uint8_t* eddy_string_begin8(JSContextRef ctx, eddy_string_builder* b, size_t len) {
  return begin(ctx, b, len, false);
}
uint16_t* eddy_string_begin16(JSContextRef ctx, eddy_string_builder* b, size_t len) {
  return begin(ctx, b, len, true);
}

/* A copy of the first n characters as a string of exactly that length. */
static JSValueRef finish_shorter(JSContextRef ctx, eddy_string_builder* b, size_t n) {
  eddy_string_builder exact;
  const void* from = impl_data(b->impl);
  void* to = begin(ctx, &exact, n, b->wide);
  JSValueRef v;
  if (to) {
    memcpy(to, from, n * (b->wide ? 2 : 1));
    v = eddy_string_finish(ctx, &exact, n);
  } else {
    v = NULL;
  }
  impl_deref(b->impl);
  b->impl = NULL;
  return v;
}

JSValueRef eddy_string_finish(JSContextRef ctx, eddy_string_builder* b, size_t n) {
  CHECK(n <= b->len);
  if (b->impl) {
    if (n < b->len) return finish_shorter(ctx, b, n);
    void* impl = b->impl;
    b->impl = NULL;
    return wrap_impl(ctx, impl);
  }
  JSValueRef v;
  if (b->wide) {
    v = public_string(ctx, b->fallback, n);
  } else {
    uint16_t stack[1024];
    uint16_t* units = n <= 1024 ? stack : malloc(n * sizeof(uint16_t));
    if (!units) {
      eddy_string_abandon(b);
      return NULL;
    }
    eddy_units_from_latin1(b->fallback, n, units);
    v = public_string(ctx, units, n);
    if (units != stack) free(units);
  }
  eddy_string_abandon(b);
  return v;
}

const void* eddy_string_engine_ref(JSContextRef ctx, JSStringRef s) {
  return fast(ctx) ? (const char*)s + OPAQUE_IMPL : NULL;
}

void eddy_string_abandon(eddy_string_builder* b) {
  if (b->impl) impl_deref(b->impl);
  free(b->fallback);
  b->impl = b->fallback = NULL;
}

bool eddy_string_view_open(JSContextRef ctx, JSValueRef v, eddy_string_view* view,
                           JSValueRef* exception) {
  *view = (eddy_string_view){0};
  if (fast(ctx) && cells.ok && eddy_jsv_is_cell(v) &&
      ((const uint8_t*)(uintptr_t)v)[CELL_TYPE_BYTE] == cells.string_type) {
    void* impl = (void*)((const uintptr_t*)(uintptr_t)v)[1];
    if (((uintptr_t)impl & FIBER_ROPE) == 0 && impl != NULL) {
      /* Borrowed: the string value (the caller's argument) keeps it alive. */
      view->len = impl_length(impl);
      if (view->len == 0) return true;
      if (impl_is_8bit(impl))
        view->latin1 = impl_data(impl);
      else
        view->utf16 = impl_data(impl);
      return true;
    }
  }
  JSStringRef s = JSValueToStringCopy(ctx, v, exception);
  if (!s) return false;
  view->ref = s;
  view->len = JSStringGetLength(s);
  if (view->len == 0) return true;
  if (fast(ctx)) {
    void* impl = impl_of(s);
    if (impl_is_8bit(impl)) {
      view->latin1 = impl_data(impl);
      return true;
    }
  }
  view->utf16 = JSStringGetCharactersPtr(s);
  return true;
}

void eddy_string_view_close(eddy_string_view* view) {
  if (view->ref) JSStringRelease(view->ref);
  *view = (eddy_string_view){0};
}

size_t eddy_string_view_utf8_length(const eddy_string_view* view) {
  if (view->latin1) return eddy_utf8_length_latin1(view->latin1, view->len);
  return view->len ? eddy_utf8_length(view->utf16, view->len) : 0;
}

size_t eddy_string_view_utf8(const eddy_string_view* view, uint8_t* out, size_t cap, size_t* read) {
  if (view->latin1) return eddy_utf8_encode_latin1(view->latin1, view->len, out, cap, read);
  if (view->len) return eddy_utf8_encode(view->utf16, view->len, out, cap, read);
  if (read) *read = 0;
  return 0;
}

size_t eddy_string_view_latin1(const eddy_string_view* view, uint8_t* out, size_t cap) {
  size_t k = view->len < cap ? view->len : cap;
  if (view->latin1)
    memcpy(out, view->latin1, k);
  else if (k)
    eddy_latin1_from_units(view->utf16, k, out);
  return k;
}
