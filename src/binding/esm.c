/* internalBinding('esm'): the ES module transform (src/esm/) for the loader in
 * lib/internal/modules/esm/, and CommonJS export detection. A module's own syntax
 * errors are located by builtins.locateSyntaxError (src/runtime/syntax_check.c),
 * which parses it as a module in JSC's GLib API. */
#include <stdlib.h>
#include <string.h>

#include "../esm/cjs_exports.h"
#include "../esm/lexer.h"
#include "../esm/transform.h"
#include "../runtime/runtime.h"
#include "../util/check.h"
#include "../util/encoding.h"
#include "../util/js.h"
#include "../util/js_string.h"

static JSValueRef units_value(JSContextRef ctx, const uint16_t* units, size_t len) {
  JSStringRef s = JSStringCreateWithCharacters(units, len);
  JSValueRef v = JSValueMakeString(ctx, s);
  JSStringRelease(s);
  return v;
}

/* A name of the metadata as a JS string: string literals decoded. */
static JSValueRef name_value(JSContextRef ctx, const uint16_t* src, eddy_esm_name n) {
  if (n.start == UINT32_MAX) {
    switch (n.end) {
      case EDDY_NAME_STAR: return eddy_js_cstr(ctx, "*");
      case EDDY_NAME_DEFAULT: return eddy_js_cstr(ctx, "default");
      case EDDY_NAME_DEFAULT_LOCAL: return eddy_js_cstr(ctx, EDDY_ESM_DEFAULT_LOCAL);
      default: return JSValueMakeNull(ctx);
    }
  }
  size_t len = n.end - n.start;
  if (len > 0 && (src[n.start] == '"' || src[n.start] == '\'')) {
    uint16_t* out = eddy_malloc(len * sizeof(uint16_t));
    size_t outlen = eddy_decode_string(src + n.start, len, out);
    JSValueRef v = units_value(ctx, out, outlen);
    free(out);
    return v;
  }
  return units_value(ctx, src + n.start, len);
}

/* The transformed code as a JS string, made in place: Latin-1 when the source was
 * (the edits write only ASCII), so the loader's compile joins 8-bit text. */
static JSValueRef code_value(JSContextRef ctx, const eddy_esm_result* r, bool narrow) {
  if (r->len < 2) return units_value(ctx, r->code, r->len);
  eddy_string_builder b;
  if (narrow) {
    uint8_t* out = eddy_string_begin8(ctx, &b, r->len);
    if (!out) return NULL;
    eddy_latin1_from_units(r->code, r->len, out);
  } else {
    uint16_t* out = eddy_string_begin16(ctx, &b, r->len);
    if (!out) return NULL;
    memcpy(out, r->code, r->len * sizeof(uint16_t));
  }
  return eddy_string_finish(ctx, &b, r->len);
}

/* transform(source, scratch) -> [code, entries, flags, tlaOffset, count], or
 * [undefined, message, offset] when the source does not tokenize. The metadata
 * crosses as one Int32Array of six numbers per entry (count entries): the caller's
 * scratch Int32Array when they fit in it (nearly always; the loader reads them
 * before it transforms another module), else a new one — no ArrayBuffer made per
 * module, which JSC would count as live until a full collection. Six numbers an entry (kind,
 * request, a.start, a.end, b.start, b.end; a special name has start -1 and its EDDY_NAME_* value as
 * end): the loader slices the names out of the source it already holds, which costs far less than
 * making each name, array and object through the C API (measured on 2,000 small modules: 40 ms with
 * an object of arrays of names, 8 ms this way). flags: 1 top-level await, 2 module syntax, 4
 * import.meta, 8 import(), 16 import.source(). */
static EDDY_JS_FN(esm_transform) {
  (void)function, (void)self;
  eddy_string_view source;
  if (!eddy_string_view_open(ctx, eddy_js_arg(ctx, argc, argv, 0), &source, exception)) return NULL;
  /* The transform reads UTF-16 units; Latin-1 source (nearly all) is widened here
   * once, and its code goes back as Latin-1 (every edit writes ASCII). */
  uint16_t* wide = NULL;
  const uint16_t* src = source.utf16;
  if (source.latin1) {
    wide = eddy_malloc(source.len * sizeof(uint16_t));
    eddy_units_from_latin1(source.latin1, source.len, wide);
    src = wide;
  }
  bool narrow = source.latin1 != NULL;
  size_t len = source.len;
  eddy_esm_result r;
  int rc = eddy_esm_transform(len ? src : (const uint16_t*)u"", len, &r);
  free(wide);
  eddy_string_view_close(&source);
  if (rc < 0) {
    JSValueRef failed[3] = {JSValueMakeUndefined(ctx), eddy_js_cstr(ctx, r.error),
                            JSValueMakeNumber(ctx, (double)r.error_at)};
    eddy_esm_result_free(&r);
    return JSObjectMakeArray(ctx, 3, failed, exception);
  }
  size_t n = r.count * 6;
  JSValueRef scratch = eddy_js_arg(ctx, argc, argv, 1);
  size_t scratch_len = 0;
  int32_t* into =
      JSValueIsObject(ctx, scratch) ? (int32_t*)eddy_js_bytes(ctx, scratch, &scratch_len) : NULL;
  bool shared = into != NULL && scratch_len >= n * sizeof(int32_t);
  int32_t* flat = shared ? into : eddy_malloc((n ? n : 1) * sizeof(int32_t));
  for (size_t i = 0; i < r.count; i++) {
    const eddy_esm_entry* e = &r.entries[i];
    int32_t* f = flat + i * 6;
    f[0] = e->kind;
    f[1] = e->request;
    f[2] = (int32_t)e->a.start;
    f[3] = (int32_t)e->a.end;
    f[4] = (int32_t)e->b.start;
    f[5] = (int32_t)e->b.end;
  }
  JSValueRef out[5];
  out[0] = code_value(ctx, &r, narrow);
  if (!out[0]) {
    if (!shared) free(flat);
    eddy_esm_result_free(&r);
    return NULL;
  }
  /* JSC scans the C stack for roots: out[0] stays alive while the rest is made. */
  out[1] = shared ? scratch
                  : JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeInt32Array, flat,
                                                          n * sizeof(int32_t), eddy_js_free_bytes,
                                                          NULL, exception);
  if (!out[1]) {
    free(flat);
    eddy_esm_result_free(&r);
    return NULL;
  }
  bool tla = r.maybe_tla;
  int flags = (tla ? 1 : 0) | (r.has_module_syntax || tla ? 2 : 0) | (r.uses_import_meta ? 4 : 0) |
              (r.uses_dynamic_import ? 8 : 0) | (r.uses_import_source ? 16 : 0);
  out[2] = JSValueMakeNumber(ctx, flags);
  out[3] = JSValueMakeNumber(ctx, tla ? (double)r.tla_at : -1);
  out[4] = JSValueMakeNumber(ctx, (double)r.count);
  eddy_esm_result_free(&r);
  return JSObjectMakeArray(ctx, 5, out, exception);
}

/* decodeString(literal): the value of a string literal token (quotes included),
 * for the rare name or specifier that holds an escape. */
static EDDY_JS_FN(esm_decode_string) {
  (void)function, (void)self;
  JSStringRef literal = JSValueToStringCopy(ctx, eddy_js_arg(ctx, argc, argv, 0), exception);
  if (!literal) return NULL;
  size_t len = JSStringGetLength(literal);
  JSValueRef v = len >= 2 ? name_value(ctx, JSStringGetCharactersPtr(literal),
                                       (eddy_esm_name){0, (uint32_t)len})
                          : eddy_js_cstr(ctx, "");
  JSStringRelease(literal);
  return v;
}

/* hasModuleSyntax(source): whether a file of no declared type is an ES module (it
 * tokenizes and has import/export declarations, import.meta or top-level await). */
static EDDY_JS_FN(esm_has_module_syntax) {
  (void)function, (void)self;
  JSStringRef source = JSValueToStringCopy(ctx, eddy_js_arg(ctx, argc, argv, 0), exception);
  if (!source) return NULL;
  eddy_esm_result r;
  bool yes =
      eddy_esm_transform(JSStringGetCharactersPtr(source), JSStringGetLength(source), &r) == 0 &&
      (r.has_module_syntax || r.maybe_tla);
  eddy_esm_result_free(&r);
  JSStringRelease(source);
  return JSValueMakeBoolean(ctx, yes);
}

/* transformDynamicImport(source): the source with `import(` renamed, or null when
 * it has none (or does not tokenize; the compiler then reports the error). */
static EDDY_JS_FN(esm_transform_dynamic_import) {
  (void)function, (void)self;
  JSStringRef source = JSValueToStringCopy(ctx, eddy_js_arg(ctx, argc, argv, 0), exception);
  if (!source) return NULL;
  eddy_esm_result r;
  JSValueRef result = JSValueMakeNull(ctx);
  if (eddy_esm_transform_dynamic_import(JSStringGetCharactersPtr(source), JSStringGetLength(source),
                                        &r) == 0 &&
      r.uses_dynamic_import) {
    result = units_value(ctx, r.code, r.len);
  }
  eddy_esm_result_free(&r);
  JSStringRelease(source);
  return result;
}

/* cjsExports(source) -> [names, reexportSpecifiers] (names may repeat). */
static EDDY_JS_FN(esm_cjs_exports) {
  (void)function, (void)self;
  JSStringRef source = JSValueToStringCopy(ctx, eddy_js_arg(ctx, argc, argv, 0), exception);
  if (!source) return NULL;
  const uint16_t* src = JSStringGetCharactersPtr(source);
  eddy_cjs_exports e;
  eddy_cjs_detect_exports(src, JSStringGetLength(source), &e);
  JSObjectRef names = eddy_js_array_new(ctx);
  JSObjectRef reexports = eddy_js_array_new(ctx);
  JSValueRef pair[2] = {names, reexports};
  JSObjectRef result = eddy_js_array_of(ctx, 2, pair);
  for (size_t i = 0; i < e.name_count; i++) {
    JSValueRef v = name_value(ctx, src, (eddy_esm_name){e.names[i].start, e.names[i].end});
    eddy_js_array_set(ctx, names, (unsigned)i, v);
  }
  for (size_t i = 0; i < e.reexport_count; i++) {
    JSValueRef v = name_value(ctx, src, (eddy_esm_name){e.reexports[i].start, e.reexports[i].end});
    eddy_js_array_set(ctx, reexports, (unsigned)i, v);
  }
  eddy_cjs_exports_free(&e);
  JSStringRelease(source);
  return result;
}

JSObjectRef eddy_binding_esm_init(eddy_runtime* rt, JSContextRef ctx) {
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  eddy_js_set_fn(ctx, b, "transform", esm_transform);
  eddy_js_set_fn(ctx, b, "decodeString", esm_decode_string);
  eddy_js_set_fn(ctx, b, "hasModuleSyntax", esm_has_module_syntax);
  eddy_js_set_fn(ctx, b, "transformDynamicImport", esm_transform_dynamic_import);
  eddy_js_set_fn(ctx, b, "cjsExports", esm_cjs_exports);
  return b;
}
