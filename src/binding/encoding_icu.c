/* TextDecoder's legacy encodings (Shift_JIS, GBK, KOI8-R, ISO-8859-x, ...) through
 * the ICU converters node uses too. ICU is already in the process (JavaScriptCore
 * links libicuuc) but exposes no C API of its own through JSC, and its symbols
 * carry a version suffix (ucnv_open_72), so the few functions needed are looked
 * up once with dlsym, trying the unsuffixed name and then each version. When ICU
 * is absent, hasConverter answers false and lib/ reports the encoding as not
 * supported.
 *
 * A converter is a JS object owning one UConverter; its finalizer closes it
 * (ucnv_close takes no engine lock, so it is safe there). */
#define _GNU_SOURCE /* RTLD_DEFAULT */
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#include "../runtime/runtime.h"
#include "../util/check.h"
#include "../util/js.h"

typedef int icu_error; /* UErrorCode: > 0 is a failure */
typedef struct icu_converter icu_converter;
typedef void (*icu_callback)(void);
typedef struct icu_to_u_args icu_to_u_args;

static struct {
  icu_converter* (*open)(const char* name, icu_error* err);
  void (*close)(icu_converter* cnv);
  void (*reset)(icu_converter* cnv);
  void (*to_unicode)(icu_converter* cnv, uint16_t** target, const uint16_t* target_limit,
                     const char** source, const char* source_limit, int32_t* offsets, int8_t flush,
                     icu_error* err);
  void (*set_to_u_callback)(icu_converter* cnv, icu_callback action, const void* context,
                            icu_callback* old_action, const void** old_context, icu_error* err);
  void (*write_units)(icu_to_u_args* args, const uint16_t* units, int32_t length,
                      int32_t offset_index, icu_error* err); /* ucnv_cbToUWriteUChars */
  icu_callback stop; /* UCNV_TO_U_CALLBACK_STOP: fail on malformed input */
  int ready;
} icu;

static pthread_once_t icu_once = PTHREAD_ONCE_INIT;

/* The symbol name, or name_NN for the ICU version found. */
static void* icu_symbol(const char* name, int version) {
  char buf[96];
  if (version == 0) return dlsym(RTLD_DEFAULT, name);
  snprintf(buf, sizeof buf, "%s_%d", name, version);
  return dlsym(RTLD_DEFAULT, buf);
}

static void icu_load(void) {
  int version = -1;
  for (int v = 0; v < 100; v = v == 0 ? 50 : v + 1) {
    if (icu_symbol("ucnv_open", v)) {
      version = v;
      break;
    }
  }
  if (version < 0) return;
  *(void**)&icu.open = icu_symbol("ucnv_open", version);
  *(void**)&icu.close = icu_symbol("ucnv_close", version);
  *(void**)&icu.reset = icu_symbol("ucnv_reset", version);
  *(void**)&icu.to_unicode = icu_symbol("ucnv_toUnicode", version);
  *(void**)&icu.set_to_u_callback = icu_symbol("ucnv_setToUCallBack", version);
  *(void**)&icu.write_units = icu_symbol("ucnv_cbToUWriteUChars", version);
  *(void**)&icu.stop = icu_symbol("UCNV_TO_U_CALLBACK_STOP", version);
  icu.ready = icu.open && icu.close && icu.reset && icu.to_unicode && icu.set_to_u_callback &&
              icu.write_units && icu.stop;
}

static int icu_available(void) {
  pthread_once(&icu_once, icu_load);
  return icu.ready;
}

/* ICU's own substitution writes U+001A for bytes some tables leave unassigned;
 * the Encoding Standard (and node) want U+FFFD for every error. Reasons 0..2 are
 * unassigned, illegal and irregular input; the rest are lifecycle calls. */
static void converter_on_error(const void* context, icu_to_u_args* args, const char* code_units,
                               int32_t length, int reason, icu_error* err) {
  (void)context, (void)code_units, (void)length;
  if (reason > 2) return;
  static const uint16_t replacement = 0xFFFD;
  *err = 0;
  icu.write_units(args, &replacement, 1, 0, err);
}

static void converter_on_finalize(JSObjectRef obj) {
  icu_converter* cnv = JSObjectGetPrivate(obj);
  if (cnv) icu.close(cnv);
}

static JSClassRef converter_class(void) {
  static _Atomic(JSClassRef) cls;
  static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
  pthread_mutex_lock(&lock);
  if (!cls) {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "IcuConverter";
    def.finalize = converter_on_finalize;
    eddy_js_class_publish(&cls, JSClassCreate(&def));
  }
  pthread_mutex_unlock(&lock);
  return cls;
}

static icu_converter* open_converter(JSContextRef ctx, JSValueRef name_value,
                                     JSValueRef* exception) {
  char* name = eddy_js_to_utf8(ctx, name_value, NULL, exception);
  if (!name) return NULL;
  icu_error err = 0;
  icu_converter* cnv = icu.open(name, &err);
  free(name);
  if (err > 0) {
    if (cnv) icu.close(cnv);
    return NULL;
  }
  return cnv;
}

/* icuHasConverter(name) -> whether ICU can decode this encoding here */
static EDDY_JS_FN(icu_has_converter) {
  if (!icu_available()) return JSValueMakeBoolean(ctx, false);
  icu_converter* cnv = open_converter(ctx, eddy_js_arg(ctx, argc, argv, 0), exception);
  if (cnv) icu.close(cnv);
  return JSValueMakeBoolean(ctx, cnv != NULL);
}

/* icuOpen(name, fatal) -> converter object, or undefined */
static EDDY_JS_FN(icu_open) {
  if (!icu_available()) return JSValueMakeUndefined(ctx);
  icu_converter* cnv = open_converter(ctx, eddy_js_arg(ctx, argc, argv, 0), exception);
  if (!cnv) return JSValueMakeUndefined(ctx);
  int fatal = JSValueToBoolean(ctx, eddy_js_arg(ctx, argc, argv, 1));
  icu_error err = 0;
  icu.set_to_u_callback(cnv, fatal ? icu.stop : (icu_callback)converter_on_error, NULL, NULL, NULL,
                        &err);
  CHECK(err <= 0);
  return JSObjectMake(ctx, converter_class(), cnv);
}

/* icuDecode(converter, bytes, flush) -> string, or null on malformed input when
 * the converter is fatal (it is reset then). Without flush, an unfinished
 * sequence stays inside the converter for the next call. */
static EDDY_JS_FN(icu_decode) {
  JSValueRef h = eddy_js_arg(ctx, argc, argv, 0);
  CHECK(JSValueIsObjectOfClass(ctx, h, converter_class()));
  icu_converter* cnv = JSObjectGetPrivate((JSObjectRef)h);
  size_t len;
  uint8_t* bytes = eddy_js_bytes(ctx, eddy_js_arg(ctx, argc, argv, 1), &len);
  int8_t flush = JSValueToBoolean(ctx, eddy_js_arg(ctx, argc, argv, 2));
  /* A byte makes at most two units in every ICU table, plus room for a flush. */
  size_t cap = len * 2 + 16;
  uint16_t* units = malloc(cap * sizeof(uint16_t));
  if (!units) {
    JSValueRef msg = eddy_js_cstr(ctx, "Array buffer allocation failed");
    *exception = JSObjectMakeError(ctx, 1, &msg, NULL);
    return NULL;
  }
  uint16_t* target = units;
  const char* source = (const char*)(bytes ? bytes : (uint8_t*)"");
  const char* source_end = source + len;
  icu_error err = 0;
  icu.to_unicode(cnv, &target, units + cap, &source, source_end, NULL, flush, &err);
  JSValueRef result;
  if (err > 0) {
    icu.reset(cnv);
    result = JSValueMakeNull(ctx);
  } else {
    JSStringRef s = JSStringCreateWithCharacters(units, (size_t)(target - units));
    result = JSValueMakeString(ctx, s);
    JSStringRelease(s);
  }
  free(units);
  if (flush) icu.reset(cnv);
  return result;
}

/* Adds the ICU functions to internalBinding('buffer'). */
void eddy__buffer_add_icu(JSContextRef ctx, JSObjectRef binding) {
  eddy_js_set_fn(ctx, binding, "icuHasConverter", icu_has_converter);
  eddy_js_set_fn(ctx, binding, "icuOpen", icu_open);
  eddy_js_set_fn(ctx, binding, "icuDecode", icu_decode);
}
