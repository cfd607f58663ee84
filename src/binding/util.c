#define _GNU_SOURCE /* RTLD_DEFAULT */
/* internalBinding('util'): the facts about values and descriptors that JS alone
 * cannot learn. */
#include <dlfcn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "../runtime/jsc_private.h"
#include "../runtime/runtime.h"
#include "../util/check.h"
#include "../util/js.h"
#include "../util/js_value.h"

/* guessHandleType(fd): 'TTY', 'FILE', 'PIPE', 'TCP', 'UDP' or 'UNKNOWN', as node names them. */
static EDDY_JS_FN(util_guess_handle_type) {
  (void)function, (void)self, (void)exception;
  int fd = (int)eddy_js_arg_int(ctx, argc, argv, 0);
  const char* name = "UNKNOWN";
  switch (fd < 0 ? UV_UNKNOWN_HANDLE : uv_guess_handle(fd)) {
    case UV_TTY: name = "TTY"; break;
    case UV_FILE: name = "FILE"; break;
    case UV_NAMED_PIPE: name = "PIPE"; break;
    case UV_TCP: name = "TCP"; break;
    case UV_UDP: name = "UDP"; break;
    default: break;
  }
  return eddy_js_cstr(ctx, name);
}

/* getWindowSize(fd): [columns, rows] of a terminal, or null. */
static EDDY_JS_FN(util_get_window_size) {
  (void)function, (void)self, (void)exception;
  struct winsize ws;
  int fd = (int)eddy_js_arg_int(ctx, argc, argv, 0);
  if (ioctl(fd, TIOCGWINSZ, &ws) != 0) return JSValueMakeNull(ctx);
  JSValueRef v[2] = {JSValueMakeNumber(ctx, ws.ws_col), JSValueMakeNumber(ctx, ws.ws_row)};
  return eddy_js_array_of(ctx, 2, v);
}

/* getProxyTarget(value): the target of a Proxy, or undefined for anything else. */
static EDDY_JS_FN(util_get_proxy_target) {
  (void)function, (void)self, (void)exception;
  JSValueRef v = eddy_js_arg(ctx, argc, argv, 0);
  if (!JSValueIsObject(ctx, v)) return JSValueMakeUndefined(ctx);
  JSObjectRef target = JSObjectGetProxyTarget((JSObjectRef)v);
  return target ? (JSValueRef)target : JSValueMakeUndefined(ctx);
}

/* --- Engine-internal state that JS cannot observe -------------------------------------
 * Node's inspect shows a promise's state, a proxy's handler and the entries left in a
 * Map/Set iterator; V8 hands these out, JSC's C API does not. JSC keeps them in the
 * object's inline "internal fields" (the 64-bit words after the cell header and the
 * butterfly pointer). Rather than trusting a header from some WebKit version, the layout
 * is *calibrated* on first use against objects whose state is known, and every reader
 * refuses to answer (returns undefined) when calibration failed, so a JSC upgrade that
 * moves a field degrades inspect's output instead of reading garbage. */

typedef struct {
  int calibrated; /* 0 not yet, 1 ok, -1 failed */
  int promise_ok;
  int proxy_handler_word; /* index of the handler word in a ProxyObject, or -1 */
  int iter_ok;
  uint64_t map_sentinel; /* storage value of an exhausted Map iterator */
  uint64_t set_sentinel;
  uint8_t promise_type, map_iter_type, set_iter_type, map_type, set_type, proxy_type;
} util_state;

static inline const uint64_t* words_of(JSValueRef v) { return (const uint64_t*)(uintptr_t)v; }

static JSValueRef at(JSContextRef ctx, JSValueRef arr, unsigned i) {
  return JSObjectGetPropertyAtIndex(ctx, (JSObjectRef)arr, i, NULL);
}

static util_state* util_calibrate(JSContextRef ctx) {
  util_state* st = eddy_runtime_from(ctx)->binding_state[EDDY_BINDING_util];
  if (st->calibrated) return st;
  st->calibrated = -1;
  st->proxy_handler_word = -1;
  /* [settled promise of 7, pending promise, map, fresh map entries iterator, exhausted map
   * iterator, set, fresh set values iterator, exhausted set iterator, proxy, target,
   * handler] */
  JSValueRef r = eddy_js_eval(
      ctx,
      "(function(){var m=new Map([[1,2]]),s=new Set([1]),e=new Map().keys(),f=new Set().values();"
      "e.next();f.next();var t={},h={};"
      "return [Promise.resolve(7),new Promise(function(){}),m,m.entries(),e,s,s.values(),f,"
      "new Proxy(t,h),t,h];})()");
  if (!r || !JSValueIsObject(ctx, r)) return st;
  JSValueRef v[11];
  for (unsigned i = 0; i < 11; i++) {
    v[i] = at(ctx, r, i);
    if (!JSValueIsObject(ctx, v[i])) return st;
  }
  /* Promise: word 2 = flags (int32, low two bits = state), word 3 = result. */
  const uint64_t* p = words_of(v[0]);
  const uint64_t* q = words_of(v[1]);
  st->promise_type = eddy_jsv_cell_type(v[0]);
  st->promise_ok = eddy_jsv_cell_type(v[1]) == st->promise_type && eddy_jsv_word_is_int32(p[2]) &&
                   (p[2] & 3) == 1 && p[3] == (EDDY_JSV_NUMBER_TAG | 7) &&
                   eddy_jsv_word_is_int32(q[2]) && (q[2] & 3) == 0;
  /* Map/Set iterators: word 2 = entry index, 3 = iterated collection, 4 = storage,
   * 5 = kind (keys 0, values 1, entries 2). */
  const uint64_t* mi = words_of(v[3]);
  const uint64_t* si = words_of(v[6]);
  st->map_type = eddy_jsv_cell_type(v[2]);
  st->set_type = eddy_jsv_cell_type(v[5]);
  st->map_iter_type = eddy_jsv_cell_type(v[3]);
  st->set_iter_type = eddy_jsv_cell_type(v[6]);
  st->iter_ok = mi[2] == EDDY_JSV_NUMBER_TAG && mi[3] == (uint64_t)(uintptr_t)v[2] &&
                mi[5] == (EDDY_JSV_NUMBER_TAG | 2) && si[2] == EDDY_JSV_NUMBER_TAG &&
                si[3] == (uint64_t)(uintptr_t)v[5] && si[5] == (EDDY_JSV_NUMBER_TAG | 1) &&
                eddy_jsv_cell_type(v[4]) == st->map_iter_type &&
                eddy_jsv_cell_type(v[7]) == st->set_iter_type &&
                st->map_iter_type != st->set_iter_type && st->map_type != st->set_type;
  if (st->iter_ok) {
    st->map_sentinel = words_of(v[4])[4];
    st->set_sentinel = words_of(v[7])[4];
    st->iter_ok = eddy_jsv_word_is_cell(st->map_sentinel) && st->map_sentinel != mi[4];
  }
  /* Proxy: the handler is stored next to the target somewhere after the header. */
  const uint64_t* px = words_of(v[8]);
  st->proxy_type = eddy_jsv_cell_type(v[8]);
  for (int w = 1; w < 8; w++) {
    if (px[w] == (uint64_t)(uintptr_t)v[9] && px[w + 1] == (uint64_t)(uintptr_t)v[10]) {
      st->proxy_handler_word = w + 1;
      break;
    }
  }
  st->calibrated = 1;
  return st;
}

/* getPromiseDetails(promise): [state] or [state, result] with state 0 pending,
 * 1 fulfilled, 2 rejected; undefined when the value is no promise or the layout is
 * unknown. */
static EDDY_JS_FN(util_get_promise_details) {
  (void)function, (void)self, (void)exception;
  JSValueRef v = eddy_js_arg(ctx, argc, argv, 0);
  if (!JSValueIsObject(ctx, v)) return JSValueMakeUndefined(ctx);
  util_state* st = util_calibrate(ctx);
  if (!st->promise_ok || eddy_jsv_cell_type(v) != st->promise_type)
    return JSValueMakeUndefined(ctx);
  const uint64_t* w = words_of(v);
  if (!eddy_jsv_word_is_int32(w[2])) return JSValueMakeUndefined(ctx);
  int state = (int)(w[2] & 3);
  JSValueRef out[2] = {JSValueMakeNumber(ctx, state), NULL};
  if (state == 0) return eddy_js_array_of(ctx, 1, out);
  out[1] = (JSValueRef)(uintptr_t)w[3];
  return eddy_js_array_of(ctx, 2, out);
}

/* isPromise(value) by the engine's cell type, which no JS-visible property can fake. */
static EDDY_JS_FN(util_is_promise) {
  (void)function, (void)self, (void)exception;
  JSValueRef v = eddy_js_arg(ctx, argc, argv, 0);
  if (!JSValueIsObject(ctx, v)) return JSValueMakeBoolean(ctx, false);
  util_state* st = util_calibrate(ctx);
  return JSValueMakeBoolean(ctx, st->calibrated == 1 && eddy_jsv_cell_type(v) == st->promise_type);
}

/* promiseIsHandled(promise): the engine's [[PromiseIsHandled]], which then() and
 * await both set. The rejection tracker asks it at the end of the tick, so a
 * rejection handled by an `await` in one of the following nextTicks is forgiven as
 * node forgives it. JSC::JSPromise::isHandled(VM&) const is exported but not
 * declared: looked up at run time, false without it (then only .then is seen). */
typedef bool (*promise_is_handled_fn)(const void* promise, const void* vm);

static EDDY_JS_FN(util_promise_is_handled) {
  (void)function, (void)self, (void)exception;
  static _Atomic(promise_is_handled_fn) is_handled;
  JSValueRef v = eddy_js_arg(ctx, argc, argv, 0);
  if (!JSValueIsObject(ctx, v)) return JSValueMakeBoolean(ctx, false);
  util_state* st = util_calibrate(ctx);
  if (st->calibrated != 1 || eddy_jsv_cell_type(v) != st->promise_type)
    return JSValueMakeBoolean(ctx, false);
  promise_is_handled_fn fn = is_handled;
  if (!fn) {
    fn = (promise_is_handled_fn)dlsym(RTLD_DEFAULT, "_ZNK3JSC9JSPromise9isHandledERNS_2VME");
    if (!fn) return JSValueMakeBoolean(ctx, false);
    is_handled = fn;
  }
  return JSValueMakeBoolean(ctx, fn(v, JSContextGetGroup(ctx))); /* a context group is its VM */
}

/* getProxyDetails(value): undefined for a non-proxy, else [target, handler] with both
 * null once revoked (handler undefined when the layout is unknown). */
static EDDY_JS_FN(util_get_proxy_details) {
  (void)function, (void)self, (void)exception;
  JSValueRef v = eddy_js_arg(ctx, argc, argv, 0);
  if (!JSValueIsObject(ctx, v)) return JSValueMakeUndefined(ctx);
  JSObjectRef target = JSObjectGetProxyTarget((JSObjectRef)v);
  if (!target) return JSValueMakeUndefined(ctx);
  util_state* st = util_calibrate(ctx);
  JSValueRef out[2] = {target, JSValueMakeUndefined(ctx)};
  if (st->proxy_handler_word > 0 && eddy_jsv_cell_type(v) == st->proxy_type) {
    uint64_t h = words_of(v)[st->proxy_handler_word];
    if (eddy_jsv_word_is_cell(h)) {
      out[1] = (JSValueRef)(uintptr_t)h;
    } else if (h == EDDY_JSV_NULL) {
      out[0] = out[1] = JSValueMakeNull(ctx);
    }
  }
  return eddy_js_array_of(ctx, 2, out);
}

/* iteratorState(value): for a Map or Set iterator, [type, collection, entryIndex, done,
 * kind] with type 'map' or 'set', kind 0 keys / 1 values / 2 entries (-1 unknown) and
 * entryIndex the raw position in the collection's table
 * (equal to the number of entries consumed unless entries were deleted meanwhile);
 * undefined for anything else. */
static EDDY_JS_FN(util_iterator_state) {
  (void)function, (void)self, (void)exception;
  JSValueRef v = eddy_js_arg(ctx, argc, argv, 0);
  if (!JSValueIsObject(ctx, v)) return JSValueMakeUndefined(ctx);
  util_state* st = util_calibrate(ctx);
  if (st->calibrated != 1) return JSValueMakeUndefined(ctx);
  uint8_t t = eddy_jsv_cell_type(v);
  int is_map = t == st->map_iter_type;
  if (!is_map && t != st->set_iter_type) return JSValueMakeUndefined(ctx);
  JSValueRef out[5] = {eddy_js_cstr(ctx, is_map ? "map" : "set"), JSValueMakeNull(ctx),
                       JSValueMakeNumber(ctx, 0), JSValueMakeBoolean(ctx, false),
                       JSValueMakeNumber(ctx, -1)};
  if (st->iter_ok) {
    const uint64_t* w = words_of(v);
    uint64_t sentinel = is_map ? st->map_sentinel : st->set_sentinel;
    if (eddy_jsv_word_is_cell(w[3]) &&
        eddy_jsv_cell_type((JSValueRef)(uintptr_t)w[3]) == (is_map ? st->map_type : st->set_type)) {
      out[1] = (JSValueRef)(uintptr_t)w[3];
    }
    if (eddy_jsv_word_is_int32(w[2]))
      out[2] = JSValueMakeNumber(ctx, (double)(int32_t)(uint32_t)w[2]);
    out[3] = JSValueMakeBoolean(ctx, w[4] == sentinel);
    if (eddy_jsv_word_is_int32(w[5])) out[4] = JSValueMakeNumber(ctx, (double)(w[5] & 0xff));
  }
  return eddy_js_array_of(ctx, 5, out);
}

/* iteratorCopyPosition(from, to): moves a fresh iterator `to` over the same collection
 * to the position of the Map/Set iterator `from` (its entry index and table), so that
 * JS can read what `from` has left by advancing `to`, with the engine's own rules for
 * deleted entries and rehashed tables. Returns false when that cannot be done.
 * No write barrier is taken for the copied table pointer: `to` is created just before
 * this call (young), and the table stays reachable through `from`, which the caller
 * holds for as long as it uses `to`. */
static EDDY_JS_FN(util_iterator_copy_position) {
  (void)function, (void)self, (void)exception;
  JSValueRef from = eddy_js_arg(ctx, argc, argv, 0);
  JSValueRef to = eddy_js_arg(ctx, argc, argv, 1);
  if (!JSValueIsObject(ctx, from) || !JSValueIsObject(ctx, to))
    return JSValueMakeBoolean(ctx, false);
  util_state* st = util_calibrate(ctx);
  uint8_t t = eddy_jsv_cell_type(from);
  if (!st->iter_ok || (t != st->map_iter_type && t != st->set_iter_type) ||
      eddy_jsv_cell_type(to) != t) {
    return JSValueMakeBoolean(ctx, false);
  }
  const uint64_t* src = words_of(from);
  uint64_t* dst = (uint64_t*)(uintptr_t)to;
  if (src[3] != dst[3] || !eddy_jsv_word_is_int32(src[2]) || !eddy_jsv_word_is_cell(src[4])) {
    return JSValueMakeBoolean(ctx, false);
  }
  dst[2] = src[2];
  dst[4] = src[4];
  return JSValueMakeBoolean(ctx, true);
}

/* cellType(value): the engine's type byte of an object (or -1), so JS can compare a
 * value's kind against known instances (generator objects, arguments objects...). */
static EDDY_JS_FN(util_cell_type) {
  (void)function, (void)self, (void)exception;
  /* util.inspect calls this once per object it prints, so it avoids the API's own
   * calls (each takes the VM lock): the caller passes only objects, and the small int
   * result is encoded directly as JSC encodes int32 values. */
  if (argc < 1 || !eddy_jsv_word_is_cell((uint64_t)(uintptr_t)argv[0]))
    return (JSValueRef)(uintptr_t)(EDDY_JSV_NUMBER_TAG | 0xffffffffull);
  return (JSValueRef)(uintptr_t)(EDDY_JSV_NUMBER_TAG | eddy_jsv_cell_type(argv[0]));
}

/* structureId(value): the engine's structure (shape) id of an object, or -1. Two objects
 * with the same id have the same own named properties and prototype, which lets
 * util.inspect skip enumerating millions of index keys of a plain array or typed array
 * just to find that it has no other properties. */
static EDDY_JS_FN(util_structure_id) {
  (void)function, (void)self, (void)exception;
  JSValueRef v = eddy_js_arg(ctx, argc, argv, 0);
  if (!JSValueIsObject(ctx, v)) return JSValueMakeNumber(ctx, -1);
  return JSValueMakeNumber(ctx, *(const uint32_t*)(uintptr_t)v);
}

/* isDate(value): whether value is a Date object, which JS can only learn by calling a
 * Date method. */
static EDDY_JS_FN(util_is_date) {
  (void)function, (void)self, (void)exception;
  return JSValueMakeBoolean(ctx, JSValueIsDate(ctx, eddy_js_arg(ctx, argc, argv, 0)));
}

static void util_dispose(eddy_runtime* rt) {
  free(rt->binding_state[EDDY_BINDING_util]);
  rt->binding_state[EDDY_BINDING_util] = NULL;
}

JSObjectRef eddy_binding_util_init(eddy_runtime* rt, JSContextRef ctx) {
  util_state* st = eddy_malloc(sizeof *st);
  memset(st, 0, sizeof *st);
  rt->binding_state[EDDY_BINDING_util] = st;
  rt->binding_dispose[EDDY_BINDING_util] = util_dispose;
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  eddy_js_set_fn(ctx, b, "guessHandleType", util_guess_handle_type);
  eddy_js_set_fn(ctx, b, "getWindowSize", util_get_window_size);
  eddy_js_set_fn(ctx, b, "getProxyTarget", util_get_proxy_target);
  eddy_js_set_fn(ctx, b, "getProxyDetails", util_get_proxy_details);
  eddy_js_set_fn(ctx, b, "getPromiseDetails", util_get_promise_details);
  eddy_js_set_fn(ctx, b, "isPromise", util_is_promise);
  eddy_js_set_fn(ctx, b, "promiseIsHandled", util_promise_is_handled);
  eddy_js_set_fn(ctx, b, "iteratorState", util_iterator_state);
  eddy_js_set_fn(ctx, b, "cellType", util_cell_type);
  eddy_js_set_fn(ctx, b, "iteratorCopyPosition", util_iterator_copy_position);
  eddy_js_set_fn(ctx, b, "isDate", util_is_date);
  eddy_js_set_fn(ctx, b, "structureId", util_structure_id);
  return b;
}
