/* User-defined SQL functions for node:sqlite: database.function() (scalar) and
 * database.aggregate() (aggregate and window functions), called by SQLite while a
 * statement runs; and database.setAuthorizer()'s callback, called as SQL compiles.
 *
 * A registration's record holds its JS functions unprotected: lib/sqlite.js keeps
 * them on the DatabaseSync that owns the database, and SQLite only calls them
 * during a call made through that object (or one of its statements, which hold
 * it), so they are alive whenever they run. The record is freed by SQLite's
 * destructor (a redefinition or the database's close), which touches no JS.
 *
 * An aggregate's accumulator lives between calls in SQLite's per-group context and
 * is protected there; the final call unprotects it. When a collected statement is
 * finalized mid-aggregate, SQLite calls the final step from a JS finalizer: then
 * no JS runs and the accumulator stays protected (a leak, never a crash).
 *
 * A JS exception becomes the database's pending exception (lib/ sees it rethrown)
 * and SQLite is told the call failed; once one is pending, later calls in the same
 * statement fail at once without running JS. */
#include <stdlib.h>
#include <string.h>

#include "../util/check.h"
#include "../util/js.h"
#include "sqlite.h"

typedef struct sqlite_fn {
  sqlite_db* db;
  JSGlobalContextRef ctx;
  JSObjectRef fn;      /* scalar: the function; aggregate: step */
  JSObjectRef inverse; /* window functions, or NULL */
  JSObjectRef result;  /* or NULL: the accumulator is the result */
  JSValueRef start;    /* a value, or a function called for each group */
  bool big_ints;
} sqlite_fn;

typedef struct agg_state {
  JSValueRef acc; /* protected once initialized */
  bool initialized;
  bool window; /* xValue ran: SQLite used the function as a window function */
} agg_state;

static void fn_destroy(void* p) { free(p); }

/* Keeps the first exception of a call into SQLite; later ones are dropped. */
static void set_pending(sqlite_fn* f, JSValueRef exception) {
  if (f->db->pending) return;
  JSValueProtect(f->ctx, exception);
  f->db->pending = exception;
}

static void fail(sqlite3_context* sc, sqlite_fn* f, JSValueRef exception) {
  set_pending(f, exception);
  sqlite3_result_error(sc, "", 0);
}

/* Calls fn(first?, ...SQL args) through the runtime's context. NULL on a throw
 * (then pending is set and SQLite told). */
static JSValueRef call_js(sqlite3_context* sc, sqlite_fn* f, JSObjectRef fn, JSValueRef first,
                          int argc, sqlite3_value** argv) {
  JSContextRef ctx = f->ctx;
  if (f->db->pending) {
    sqlite3_result_error(sc, "", 0);
    return NULL;
  }
  /* The collector scans the C stack, so values in the stack vector need no more;
   * past it (more than 16 arguments) the malloc'd vector's values are protected
   * until the call returns. */
  JSValueRef stack_args[16];
  int n = argc + (first ? 1 : 0);
  bool heap = n > 16;
  JSValueRef* args = heap ? eddy_malloc(sizeof(JSValueRef) * (size_t)n) : stack_args;
  int at = 0;
  JSValueRef exception = NULL;
  if (first) args[at++] = first;
  for (int i = 0; i < argc && !exception; i++) {
    JSValueRef v = eddy_sqlite_to_js(ctx, argv[i], f->big_ints, &exception);
    if (!v) break;
    if (heap) JSValueProtect(ctx, v);
    args[at++] = v;
  }
  JSValueRef r = NULL;
  if (!exception) {
    f->db->depth++;
    r = JSObjectCallAsFunction(ctx, fn, NULL, (size_t)n, args, &exception);
    f->db->depth--;
  }
  if (heap) {
    for (int k = first ? 1 : 0; k < at; k++) JSValueUnprotect(ctx, args[k]);
    free(args);
  }
  if (exception) {
    fail(sc, f, exception);
    return NULL;
  }
  return r;
}

/* Whether v is an ArrayBufferView (a typed array or a DataView). */
static bool is_view(JSContextRef ctx, JSValueRef v) {
  if (!JSValueIsObject(ctx, v)) return false;
  JSTypedArrayType type = JSValueGetTypedArrayType(ctx, v, NULL);
  if (type != kJSTypedArrayTypeNone) return type != kJSTypedArrayTypeArrayBuffer;
  JSObjectRef ab = (JSObjectRef)eddy_js_get(ctx, JSContextGetGlobalObject(ctx), "ArrayBuffer");
  JSObjectRef is_view_fn = (JSObjectRef)eddy_js_get(ctx, ab, "isView");
  JSValueRef r = JSObjectCallAsFunction(ctx, is_view_fn, ab, 1, &v, NULL);
  return r && JSValueToBoolean(ctx, r);
}

/* Hands a JS result to SQLite: null/undefined, numbers, strings, BigInts in int64
 * range, ArrayBufferViews; a larger BigInt, a Promise or anything else is an
 * SQLite error with node's message. */
static void set_result(sqlite3_context* sc, sqlite_fn* f, JSValueRef r) {
  JSContextRef ctx = f->ctx;
  if (JSValueIsUndefined(ctx, r) || JSValueIsNull(ctx, r)) {
    sqlite3_result_null(sc);
  } else if (JSValueIsNumber(ctx, r)) {
    sqlite3_result_double(sc, JSValueToNumber(ctx, r, NULL));
  } else if (JSValueIsString(ctx, r)) {
    size_t len = 0;
    char* s = eddy_js_to_utf8(ctx, r, &len, NULL);
    if (!s) {
      sqlite3_result_error_nomem(sc);
      return;
    }
    sqlite3_result_text64(sc, s, len, free, SQLITE_UTF8);
  } else if (JSValueIsBigInt(ctx, r)) {
    int64_t i = JSValueToInt64(ctx, r, NULL);
    JSValueRef back = JSBigIntCreateWithInt64(ctx, i, NULL);
    if (!back || !JSValueIsStrictEqual(ctx, back, r)) {
      sqlite3_result_error(sc, "BigInt value is too large for SQLite", -1);
      return;
    }
    sqlite3_result_int64(sc, i);
  } else if (is_view(ctx, r)) {
    size_t len = 0;
    uint8_t* bytes = eddy_js_bytes(ctx, r, &len);
    sqlite3_result_blob64(sc, bytes ? (const void*)bytes : (const void*)"", len, SQLITE_TRANSIENT);
  } else {
    JSObjectRef promise = (JSObjectRef)eddy_js_get(ctx, JSContextGetGlobalObject(ctx), "Promise");
    if (JSValueIsObject(ctx, r) && JSValueIsInstanceOfConstructor(ctx, r, promise, NULL))
      sqlite3_result_error(sc, "Asynchronous user-defined functions are not supported", -1);
    else
      sqlite3_result_error(sc, "Returned JavaScript value cannot be converted to a SQLite value",
                           -1);
  }
}

static void scalar_on_call(sqlite3_context* sc, int argc, sqlite3_value** argv) {
  sqlite_fn* f = sqlite3_user_data(sc);
  JSValueRef r = call_js(sc, f, f->fn, NULL, argc, argv);
  if (r) set_result(sc, f, r);
}

/* The group's state, its accumulator made from `start` on first use. NULL after
 * an exception (pending set) or when SQLite has no memory. */
static agg_state* agg_state_of(sqlite3_context* sc, sqlite_fn* f) {
  agg_state* st = sqlite3_aggregate_context(sc, sizeof(*st));
  if (!st) {
    sqlite3_result_error_nomem(sc);
    return NULL;
  }
  if (st->initialized) return st;
  JSValueRef acc = f->start;
  if (JSValueIsObject(f->ctx, acc) && JSObjectIsFunction(f->ctx, (JSObjectRef)acc)) {
    acc = call_js(sc, f, (JSObjectRef)acc, NULL, 0, NULL);
    if (!acc) return NULL;
  }
  JSValueProtect(f->ctx, acc);
  st->acc = acc;
  st->initialized = true;
  return st;
}

static void agg_apply(sqlite3_context* sc, JSObjectRef fn, int argc, sqlite3_value** argv) {
  sqlite_fn* f = sqlite3_user_data(sc);
  agg_state* st = agg_state_of(sc, f);
  if (!st) return;
  JSValueRef r = call_js(sc, f, fn, st->acc, argc, argv);
  if (!r) return;
  JSValueProtect(f->ctx, r);
  JSValueUnprotect(f->ctx, st->acc);
  st->acc = r;
}

static void agg_on_step(sqlite3_context* sc, int argc, sqlite3_value** argv) {
  sqlite_fn* f = sqlite3_user_data(sc);
  agg_apply(sc, f->fn, argc, argv);
}

static void agg_on_inverse(sqlite3_context* sc, int argc, sqlite3_value** argv) {
  sqlite_fn* f = sqlite3_user_data(sc);
  agg_apply(sc, f->inverse, argc, argv);
}

/* The current result: result(acc), or acc. */
static void agg_report(sqlite3_context* sc, sqlite_fn* f, agg_state* st) {
  JSValueRef r = st->acc;
  if (f->result) r = call_js(sc, f, f->result, st->acc, 0, NULL);
  if (r) set_result(sc, f, r);
}

static void agg_on_value(sqlite3_context* sc) {
  sqlite_fn* f = sqlite3_user_data(sc);
  agg_state* st = agg_state_of(sc, f);
  if (!st) return;
  st->window = true;
  agg_report(sc, f, st);
}

static void agg_on_final(sqlite3_context* sc) {
  sqlite_fn* f = sqlite3_user_data(sc);
  if (eddy_sqlite_finalizing) return;
  agg_state* st = agg_state_of(sc, f);
  if (!st) return;
  /* A window function's rows took their values from xValue: as node, the final
   * call then only releases the accumulator. */
  if (!st->window) agg_report(sc, f, st);
  JSValueUnprotect(f->ctx, st->acc);
  st->acc = NULL;
}

static int fn_flags(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t at) {
  int flags = SQLITE_UTF8;
  if (JSValueToBoolean(ctx, eddy_js_arg(ctx, argc, argv, at))) flags |= SQLITE_DETERMINISTIC;
  if (JSValueToBoolean(ctx, eddy_js_arg(ctx, argc, argv, at + 1))) flags |= SQLITE_DIRECTONLY;
  return flags;
}

static sqlite_fn* fn_new(JSContextRef ctx, sqlite_db* db, bool big_ints) {
  sqlite_fn* f = eddy_calloc(1, sizeof(*f));
  f->db = db;
  f->ctx = JSContextGetGlobalContext(ctx);
  f->big_ints = big_ints;
  return f;
}

static JSObjectRef fn_or_null(JSContextRef ctx, JSValueRef v) {
  return JSValueIsObject(ctx, v) ? (JSObjectRef)v : NULL;
}

/* function(handle, name, fn, argCount (-1: varargs), deterministic, directOnly,
 *          useBigIntArguments). */
static EDDY_JS_FN(sqlite_function) {
  (void)function, (void)self;
  sqlite_db* db = eddy_sqlite_db_of(ctx, eddy_js_arg(ctx, argc, argv, 0), exception);
  if (!db) return NULL;
  char* name = eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 1), NULL, exception);
  if (!name) return NULL;
  sqlite_fn* f = fn_new(ctx, db, JSValueToBoolean(ctx, eddy_js_arg(ctx, argc, argv, 6)));
  f->fn = fn_or_null(ctx, eddy_js_arg(ctx, argc, argv, 2));
  CHECK(f->fn);
  int nargs = (int)eddy_js_arg_int(ctx, argc, argv, 3);
  int rc = sqlite3_create_function_v2(db->handle, name, nargs, fn_flags(ctx, argc, argv, 4), f,
                                      scalar_on_call, NULL, NULL, fn_destroy);
  free(name);
  return eddy_sqlite_undefined_or_error(ctx, db, rc, exception);
}

/* aggregate(handle, name, start, step, inverse|null, result|null, argCount,
 *           deterministic, directOnly, useBigIntArguments). */
static EDDY_JS_FN(sqlite_aggregate) {
  (void)function, (void)self;
  sqlite_db* db = eddy_sqlite_db_of(ctx, eddy_js_arg(ctx, argc, argv, 0), exception);
  if (!db) return NULL;
  char* name = eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 1), NULL, exception);
  if (!name) return NULL;
  sqlite_fn* f = fn_new(ctx, db, JSValueToBoolean(ctx, eddy_js_arg(ctx, argc, argv, 9)));
  f->start = eddy_js_arg(ctx, argc, argv, 2);
  f->fn = fn_or_null(ctx, eddy_js_arg(ctx, argc, argv, 3));
  CHECK(f->fn);
  f->inverse = fn_or_null(ctx, eddy_js_arg(ctx, argc, argv, 4));
  f->result = fn_or_null(ctx, eddy_js_arg(ctx, argc, argv, 5));
  int nargs = (int)eddy_js_arg_int(ctx, argc, argv, 6);
  int flags = fn_flags(ctx, argc, argv, 7);
  int rc;
  if (f->inverse)
    rc = sqlite3_create_window_function(db->handle, name, nargs, flags, f, agg_on_step,
                                        agg_on_final, agg_on_value, agg_on_inverse, fn_destroy);
  else
    rc = sqlite3_create_function_v2(db->handle, name, nargs, flags, f, NULL, agg_on_step,
                                    agg_on_final, fn_destroy);
  free(name);
  return eddy_sqlite_undefined_or_error(ctx, db, rc, exception);
}

static JSValueRef str_or_null(JSContextRef ctx, const char* s) {
  return s ? eddy_js_utf8(ctx, s, strlen(s)) : JSValueMakeNull(ctx);
}

static void db_set_pending(sqlite_db* db, JSValueRef exception) {
  if (db->pending) return;
  JSValueProtect(db->ctx, exception);
  db->pending = exception;
}

/* SQLite's authorizer: callback(action, arg1, arg2, dbName, trigger) must return
 * SQLITE_OK, SQLITE_DENY or SQLITE_IGNORE; anything else, or a throw, denies the
 * action and becomes the exception of the call into SQLite. */
static int authorizer_on_check(void* data, int action, const char* a1, const char* a2,
                               const char* a3, const char* a4) {
  sqlite_db* db = data;
  JSContextRef ctx = db->ctx;
  if (!db->authorizer || db->pending) return SQLITE_DENY;
  JSValueRef args[5] = {JSValueMakeNumber(ctx, action), str_or_null(ctx, a1), str_or_null(ctx, a2),
                        str_or_null(ctx, a3), str_or_null(ctx, a4)};
  JSValueRef exception = NULL;
  db->depth++;
  JSValueRef r = JSObjectCallAsFunction(ctx, db->authorizer, NULL, 5, args, &exception);
  db->depth--;
  if (exception) {
    db_set_pending(db, exception);
    return SQLITE_DENY;
  }
  double code = JSValueIsNumber(ctx, r) ? JSValueToNumber(ctx, r, NULL) : 0.5;
  if (code != (double)(int)code) {
    db_set_pending(db, eddy_sqlite_coded_error(
                           ctx, "TypeError", NULL,
                           "Authorizer callback must return an integer authorization code"));
    return SQLITE_DENY;
  }
  if (code != SQLITE_OK && code != SQLITE_DENY && code != SQLITE_IGNORE) {
    db_set_pending(
        db, eddy_sqlite_coded_error(ctx, "RangeError", NULL,
                                    "Authorizer callback returned a invalid authorization code"));
    return SQLITE_DENY;
  }
  return (int)code;
}

/* setAuthorizer(handle, fn|null) */
static EDDY_JS_FN(sqlite_set_authorizer) {
  (void)function, (void)self;
  sqlite_db* db = eddy_sqlite_db_of(ctx, eddy_js_arg(ctx, argc, argv, 0), exception);
  if (!db) return NULL;
  JSValueRef fn = eddy_js_arg(ctx, argc, argv, 1);
  db->authorizer = JSValueIsObject(ctx, fn) ? (JSObjectRef)fn : NULL;
  int rc = sqlite3_set_authorizer(db->handle, db->authorizer ? authorizer_on_check : NULL, db);
  return eddy_sqlite_undefined_or_error(ctx, db, rc, exception);
}

void eddy_sqlite_functions_init(JSContextRef ctx, JSObjectRef binding) {
  eddy_js_set_fn(ctx, binding, "setAuthorizer", sqlite_set_authorizer);
  eddy_js_set_fn(ctx, binding, "function", sqlite_function);
  eddy_js_set_fn(ctx, binding, "aggregate", sqlite_aggregate);
}
