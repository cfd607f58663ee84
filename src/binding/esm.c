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
#include "../util/js.h"

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

static JSValueRef array_of(JSContextRef ctx, size_t n, const JSValueRef* items) {
  return JSObjectMakeArray(ctx, n, items, NULL);
}

/* transform(source) -> { code, requests, imports, exports, reexports, stars, tla,
 * assigned, hasModuleSyntax, importMeta, dynamicImport } or { error, offset }. requests[i] is
 * [specifier, attributes]; imports are [request, importName, localName, offset,
 * length]; exports
 * [exportName, localName]; reexports [exportName, request, importName ('*' for a
 * namespace)]; stars [request]. */
static EDDY_JS_FN(esm_transform) {
  (void)function, (void)self;
  JSStringRef source = JSValueToStringCopy(ctx, eddy_js_arg(ctx, argc, argv, 0), exception);
  if (!source) return NULL;
  const uint16_t* src = JSStringGetCharactersPtr(source);
  size_t len = JSStringGetLength(source);
  eddy_esm_result r;
  JSObjectRef out = JSObjectMake(ctx, NULL, NULL);
  if (eddy_esm_transform(src, len, &r) < 0) {
    eddy_js_set_cstr(ctx, out, "error", r.error);
    eddy_js_set_number(ctx, out, "offset", (double)r.error_at);
    eddy_esm_result_free(&r);
    JSStringRelease(source);
    return out;
  }
  /* Every value made here is stored straight into arrays reachable from `out`:
   * JSC scans the C stack for roots, not malloc'd memory. */
  JSObjectRef requests = JSObjectMakeArray(ctx, 0, NULL, NULL);
  JSObjectRef attrs = JSObjectMakeArray(ctx, 0, NULL, NULL);
  JSObjectRef imports = JSObjectMakeArray(ctx, 0, NULL, NULL);
  JSObjectRef exports = JSObjectMakeArray(ctx, 0, NULL, NULL);
  JSObjectRef reexports = JSObjectMakeArray(ctx, 0, NULL, NULL);
  JSObjectRef stars = JSObjectMakeArray(ctx, 0, NULL, NULL);
  JSObjectRef assigned = JSObjectMakeArray(ctx, 0, NULL, NULL);
  eddy_js_set(ctx, out, "assigned", assigned);
  eddy_js_set(ctx, out, "requests", requests);
  eddy_js_set(ctx, out, "imports", imports);
  eddy_js_set(ctx, out, "exports", exports);
  eddy_js_set(ctx, out, "reexports", reexports);
  eddy_js_set(ctx, out, "stars", stars);
  eddy_js_set(ctx, out, "attributes", attrs);
  unsigned ni = 0, ne = 0, nr = 0, ns = 0, na = 0;
  for (int32_t q = 0; q < r.requests; q++) {
    JSObjectSetPropertyAtIndex(ctx, attrs, (unsigned)q, JSObjectMake(ctx, NULL, NULL), NULL);
  }
  for (size_t i = 0; i < r.count; i++) {
    const eddy_esm_entry* e = &r.entries[i];
    JSValueRef req = JSValueMakeNumber(ctx, e->request);
    JSValueRef t[3];
    switch (e->kind) {
      case EDDY_ESM_REQUEST:
        t[0] = name_value(ctx, src, e->a);
        t[1] = JSObjectGetPropertyAtIndex(ctx, attrs, (unsigned)e->request, NULL);
        JSObjectSetPropertyAtIndex(ctx, requests, (unsigned)e->request, array_of(ctx, 2, t), NULL);
        break;
      case EDDY_ESM_ATTRIBUTE: {
        JSObjectRef bag = (JSObjectRef)JSObjectGetPropertyAtIndex(ctx, attrs, (unsigned)e->request, NULL);
        JSStringRef key = JSValueToStringCopy(ctx, name_value(ctx, src, e->a), NULL);
        JSObjectSetProperty(ctx, bag, key, name_value(ctx, src, e->b), 0, NULL);
        JSStringRelease(key);
        break;
      }
      case EDDY_ESM_IMPORT: {
        /* [request, imported, local, offset, length]: the last two locate the
         * name in the source, for link errors shown at the import. */
        eddy_esm_name at = e->a.start != UINT32_MAX ? e->a : e->b;
        JSValueRef v[5] = {req, name_value(ctx, src, e->a), name_value(ctx, src, e->b),
                           JSValueMakeNumber(ctx, at.start),
                           JSValueMakeNumber(ctx, at.end - at.start)};
        JSObjectSetPropertyAtIndex(ctx, imports, ni++, array_of(ctx, 5, v), NULL);
        break;
      }
      case EDDY_ESM_EXPORT_LOCAL:
        t[0] = name_value(ctx, src, e->a);
        t[1] = name_value(ctx, src, e->b);
        JSObjectSetPropertyAtIndex(ctx, exports, ne++, array_of(ctx, 2, t), NULL);
        break;
      case EDDY_ESM_EXPORT_FROM:
        t[0] = name_value(ctx, src, e->a);
        t[1] = req;
        t[2] = name_value(ctx, src, e->b);
        JSObjectSetPropertyAtIndex(ctx, reexports, nr++, array_of(ctx, 3, t), NULL);
        break;
      case EDDY_ESM_EXPORT_STAR:
        JSObjectSetPropertyAtIndex(ctx, stars, ns++, req, NULL);
        break;
      case EDDY_ESM_ASSIGNED:
        JSObjectSetPropertyAtIndex(ctx, assigned, na++, name_value(ctx, src, e->a), NULL);
        break;
      default:
        CHECK(0);
    }
  }
  bool tla = r.maybe_tla;
  eddy_js_set(ctx, out, "code", units_value(ctx, r.code, r.len));
  eddy_js_set(ctx, out, "tla", JSValueMakeBoolean(ctx, tla));
  if (tla) eddy_js_set_number(ctx, out, "tlaOffset", (double)r.tla_at);
  eddy_js_set(ctx, out, "hasModuleSyntax", JSValueMakeBoolean(ctx, r.has_module_syntax || tla));
  eddy_js_set(ctx, out, "importMeta", JSValueMakeBoolean(ctx, r.uses_import_meta));
  eddy_js_set(ctx, out, "dynamicImport", JSValueMakeBoolean(ctx, r.uses_dynamic_import));
  eddy_esm_result_free(&r);
  JSStringRelease(source);
  return out;
}

/* transformDynamicImport(source): the source with `import(` renamed, or null when
 * it has none (or does not tokenize; the compiler then reports the error). */
static EDDY_JS_FN(esm_transform_dynamic_import) {
  (void)function, (void)self;
  JSStringRef source = JSValueToStringCopy(ctx, eddy_js_arg(ctx, argc, argv, 0), exception);
  if (!source) return NULL;
  eddy_esm_result r;
  JSValueRef result = JSValueMakeNull(ctx);
  if (eddy_esm_transform_dynamic_import(JSStringGetCharactersPtr(source),
                                        JSStringGetLength(source), &r) == 0 &&
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
  JSObjectRef names = JSObjectMakeArray(ctx, 0, NULL, NULL);
  JSObjectRef reexports = JSObjectMakeArray(ctx, 0, NULL, NULL);
  JSValueRef pair[2] = {names, reexports};
  JSObjectRef result = JSObjectMakeArray(ctx, 2, pair, NULL);
  for (size_t i = 0; i < e.name_count; i++) {
    JSValueRef v = name_value(ctx, src, (eddy_esm_name){e.names[i].start, e.names[i].end});
    JSObjectSetPropertyAtIndex(ctx, names, (unsigned)i, v, NULL);
  }
  for (size_t i = 0; i < e.reexport_count; i++) {
    JSValueRef v = name_value(ctx, src, (eddy_esm_name){e.reexports[i].start, e.reexports[i].end});
    JSObjectSetPropertyAtIndex(ctx, reexports, (unsigned)i, v, NULL);
  }
  eddy_cjs_exports_free(&e);
  JSStringRelease(source);
  return result;
}

JSObjectRef eddy_binding_esm_init(eddy_runtime* rt, JSContextRef ctx) {
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  eddy_js_set_fn(ctx, b, "transform", esm_transform);
  eddy_js_set_fn(ctx, b, "transformDynamicImport", esm_transform_dynamic_import);
  eddy_js_set_fn(ctx, b, "cjsExports", esm_cjs_exports);
  return b;
}
