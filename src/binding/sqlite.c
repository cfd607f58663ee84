/* internalBinding('sqlite'): SQLite databases and prepared statements for
 * node:sqlite (lib/sqlite.js validates arguments and shapes results).
 *
 * A database handle (class SqliteDatabase) owns a sqlite_db; each statement handle
 * (class SqliteStatement) owns a sqlite_stmt that holds its database. Closing a
 * database finalizes every statement still open on it, so a statement used after its
 * database closed throws ERR_INVALID_STATE instead of reaching freed memory. The
 * sqlite_db struct is reference counted (its handle plus each statement), because
 * the collector finalizes a database handle and its statement handles in no set
 * order. Finalizers only finalize and close SQLite objects: nothing there touches
 * JS.
 *
 * SQLite errors become node's ERR_SQLITE_ERROR: the database's message, `errcode`
 * (the extended result code) and `errstr` (its description). A JS exception thrown
 * by a user function while SQLite runs is kept on the database and rethrown in
 * place of SQLite's own error once the call into SQLite returns. */
#include "sqlite.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../runtime/runtime.h"
#include "../util/check.h"
#include "../util/js.h"
#include "../util/js_value.h"

static _Atomic(JSClassRef) database_class;
static _Atomic(JSClassRef) statement_class;

_Thread_local bool eddy_sqlite_finalizing;

void eddy_sqlite_db_unref(sqlite_db* db) {
  if (--db->refs > 0) return;
  CHECK(db->handle == NULL && db->stmts == NULL && db->sessions == NULL);
  free(db);
}

static void db_unlink(sqlite_db* db) {
  if (!db->list) return;
  if (db->prev)
    db->prev->next = db->next;
  else
    db->list->head = db->next;
  if (db->next) db->next->prev = db->prev;
  db->prev = db->next = NULL;
  db->list = NULL;
}

/* Deletes every session and finalizes every statement of db, and closes it. The functions
 * registered on it are destroyed by sqlite3_close_v2 (their destructors free C memory only). */
void eddy_sqlite_db_close(sqlite_db* db) {
  db_unlink(db);
  eddy_sqlite_sessions_close(db);
  while (db->stmts) {
    sqlite_stmt* s = db->stmts;
    db->stmts = s->next;
    sqlite3_finalize(s->handle);
    s->handle = NULL;
    s->next = s->prev = NULL;
  }
  if (db->handle) sqlite3_close_v2(db->handle);
  db->handle = NULL;
  db->authorizer = NULL;
}

static void database_finalize(JSObjectRef obj) {
  sqlite_db* db = JSObjectGetPrivate(obj);
  if (!db) return;
  eddy_sqlite_finalizing = true;
  eddy_sqlite_db_close(db);
  eddy_sqlite_finalizing = false;
  eddy_sqlite_db_unref(db);
}

static void stmt_unlink(sqlite_stmt* s) {
  if (!s->handle) return;
  sqlite_db* db = s->db;
  if (s->prev)
    s->prev->next = s->next;
  else
    db->stmts = s->next;
  if (s->next) s->next->prev = s->prev;
  sqlite3_finalize(s->handle);
  s->handle = NULL;
}

static void statement_finalize(JSObjectRef obj) {
  sqlite_stmt* s = JSObjectGetPrivate(obj);
  if (!s) return;
  eddy_sqlite_finalizing = true;
  stmt_unlink(s);
  eddy_sqlite_finalizing = false;
  eddy_sqlite_db_unref(s->db);
  eddy_free_strings(s->columns);
  free(s);
}

/* An Error (or TypeError/RangeError by ctor name) with node's `code` (none when
 * code is NULL). */
JSValueRef eddy_sqlite_coded_error(JSContextRef ctx, const char* ctor, const char* code,
                                   const char* message) {
  JSObjectRef global = JSContextGetGlobalObject(ctx);
  JSObjectRef c = (JSObjectRef)eddy_js_get(ctx, global, ctor);
  JSValueRef msg = eddy_js_cstr(ctx, message);
  JSObjectRef err = JSObjectCallAsConstructor(ctx, c, 1, &msg, NULL);
  if (code) eddy_js_set_cstr(ctx, err, "code", code);
  return err;
}

static JSValueRef invalid_state(JSContextRef ctx, const char* message) {
  return eddy_sqlite_coded_error(ctx, "Error", "ERR_INVALID_STATE", message);
}

/* ERR_SQLITE_ERROR from an error code and a message. */
JSValueRef eddy_sqlite_error_with(JSContextRef ctx, int errcode, const char* message) {
  JSValueRef err = eddy_sqlite_coded_error(ctx, "Error", "ERR_SQLITE_ERROR", message);
  eddy_js_set_number(ctx, (JSObjectRef)err, "errcode", errcode);
  eddy_js_set_cstr(ctx, (JSObjectRef)err, "errstr", sqlite3_errstr(errcode));
  return err;
}

/* The error of db's last failed call: a user function's exception when one is
 * pending, else ERR_SQLITE_ERROR. */
JSValueRef eddy_sqlite_db_error(JSContextRef ctx, sqlite_db* db) {
  if (db->pending) {
    JSValueRef e = db->pending;
    db->pending = NULL;
    JSValueUnprotect(ctx, e);
    return e;
  }
  return eddy_sqlite_error_with(ctx, sqlite3_extended_errcode(db->handle),
                                sqlite3_errmsg(db->handle));
}

JSValueRef eddy_sqlite_undefined_or_error(JSContextRef ctx, sqlite_db* db, int rc,
                                          JSValueRef* exception) {
  if (rc == SQLITE_OK) return JSValueMakeUndefined(ctx);
  *exception = eddy_sqlite_db_error(ctx, db);
  return NULL;
}

/* The open database behind handle v, or NULL with ERR_INVALID_STATE thrown. */
sqlite_db* eddy_sqlite_db_of(JSContextRef ctx, JSValueRef v, JSValueRef* exception) {
  sqlite_db* db = eddy_js_private_of_class(ctx, v, database_class, exception);
  if (!db) return NULL;
  if (!db->handle) {
    *exception = invalid_state(ctx, "database is not open");
    return NULL;
  }
  return db;
}

static sqlite_stmt* stmt_of(JSContextRef ctx, JSValueRef v, JSValueRef* exception) {
  sqlite_stmt* s = eddy_js_private_of_class(ctx, v, statement_class, exception);
  if (!s) return NULL;
  if (!s->handle) {
    *exception = invalid_state(ctx, "statement has been finalized");
    return NULL;
  }
  return s;
}

/* open(location, readOnly, enableForeignKeyConstraints, enableDoubleQuotedStringLiterals,
 *      timeout, defensive) -> handle. */
static EDDY_JS_FN(sqlite_open) {
  (void)function, (void)self;
  char* location = eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 0), NULL, exception);
  if (!location) return NULL;
  bool read_only = JSValueToBoolean(ctx, eddy_js_arg(ctx, argc, argv, 1));
  int fk = JSValueToBoolean(ctx, eddy_js_arg(ctx, argc, argv, 2));
  int dqs = JSValueToBoolean(ctx, eddy_js_arg(ctx, argc, argv, 3));
  int timeout = (int)eddy_js_arg_int(ctx, argc, argv, 4);
  int defensive = JSValueToBoolean(ctx, eddy_js_arg(ctx, argc, argv, 5));
  int flags = SQLITE_OPEN_URI |
              (read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  sqlite3* handle = NULL;
  int rc = sqlite3_open_v2(location, &handle, flags, NULL);
  free(location);
  if (rc != SQLITE_OK) {
    int code = handle ? sqlite3_extended_errcode(handle) : rc;
    *exception =
        eddy_sqlite_error_with(ctx, code, handle ? sqlite3_errmsg(handle) : sqlite3_errstr(rc));
    sqlite3_close_v2(handle);
    return NULL;
  }
  sqlite3_extended_result_codes(handle, 1);
  sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_FKEY, fk, NULL);
  sqlite3_db_config(handle, SQLITE_DBCONFIG_DQS_DML, dqs, NULL);
  sqlite3_db_config(handle, SQLITE_DBCONFIG_DQS_DDL, dqs, NULL);
  sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, defensive, NULL);
  if (timeout > 0) sqlite3_busy_timeout(handle, timeout);
  sqlite_db* db = eddy_calloc(1, sizeof(*db));
  db->handle = handle;
  db->refs = 1;
  db->ctx = JSContextGetGlobalContext(ctx);
  sqlite_open_list* list = eddy_runtime_from(ctx)->binding_state[EDDY_BINDING_sqlite];
  db->list = list;
  db->next = list->head;
  if (list->head) list->head->prev = db;
  list->head = db;
  return JSObjectMake(ctx, database_class, db);
}

/* close(handle): finalizes its statements and closes it. */
static EDDY_JS_FN(sqlite_close) {
  (void)function, (void)self;
  sqlite_db* db = eddy_sqlite_db_of(ctx, eddy_js_arg(ctx, argc, argv, 0), exception);
  if (!db) return NULL;
  if (db->depth > 0) {
    *exception = invalid_state(ctx, "database is busy");
    return NULL;
  }
  eddy_sqlite_db_close(db);
  return JSValueMakeUndefined(ctx);
}

static EDDY_JS_FN(sqlite_is_transaction) {
  (void)function, (void)self;
  sqlite_db* db = eddy_sqlite_db_of(ctx, eddy_js_arg(ctx, argc, argv, 0), exception);
  if (!db) return NULL;
  return JSValueMakeBoolean(ctx, !sqlite3_get_autocommit(db->handle));
}

/* location(handle, dbName): the file of an attached database, or null for one in
 * memory (or no such name). */
static EDDY_JS_FN(sqlite_location) {
  (void)function, (void)self;
  sqlite_db* db = eddy_sqlite_db_of(ctx, eddy_js_arg(ctx, argc, argv, 0), exception);
  if (!db) return NULL;
  char* name = eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 1), NULL, exception);
  if (!name) return NULL;
  const char* file = sqlite3_db_filename(db->handle, name);
  free(name);
  if (!file || !*file) return JSValueMakeNull(ctx);
  return eddy_js_utf8(ctx, file, strlen(file));
}

/* setDefensive(handle, active) */
static EDDY_JS_FN(sqlite_set_defensive) {
  (void)function, (void)self;
  sqlite_db* db = eddy_sqlite_db_of(ctx, eddy_js_arg(ctx, argc, argv, 0), exception);
  if (!db) return NULL;
  int on = JSValueToBoolean(ctx, eddy_js_arg(ctx, argc, argv, 1));
  sqlite3_db_config(db->handle, SQLITE_DBCONFIG_DEFENSIVE, on, NULL);
  return JSValueMakeUndefined(ctx);
}

/* exec(handle, sql): runs every statement of sql. */
static EDDY_JS_FN(sqlite_exec) {
  (void)function, (void)self;
  sqlite_db* db = eddy_sqlite_db_of(ctx, eddy_js_arg(ctx, argc, argv, 0), exception);
  if (!db) return NULL;
  char* sql = eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 1), NULL, exception);
  if (!sql) return NULL;
  int rc = sqlite3_exec(db->handle, sql, NULL, NULL, NULL);
  free(sql);
  return eddy_sqlite_undefined_or_error(ctx, db, rc, exception);
}

/* prepare(handle, sql) -> statement handle, or null when sql holds no statement. */
static EDDY_JS_FN(sqlite_prepare) {
  (void)function, (void)self;
  JSValueRef dbv = eddy_js_arg(ctx, argc, argv, 0);
  sqlite_db* db = eddy_sqlite_db_of(ctx, dbv, exception);
  if (!db) return NULL;
  size_t len = 0;
  char* sql = eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 1), &len, exception);
  if (!sql) return NULL;
  sqlite3_stmt* handle = NULL;
  int rc = sqlite3_prepare_v2(db->handle, sql, (int)len, &handle, NULL);
  free(sql);
  if (rc != SQLITE_OK) {
    *exception = eddy_sqlite_db_error(ctx, db);
    return NULL;
  }
  if (!handle) return JSValueMakeNull(ctx);
  sqlite_stmt* s = eddy_calloc(1, sizeof(*s));
  s->handle = handle;
  s->db = db;
  db->refs++;
  s->next = db->stmts;
  if (db->stmts) db->stmts->prev = s;
  db->stmts = s;
  return JSObjectMake(ctx, statement_class, s);
}

/* Binds one JS value (validated by lib/: null, number, bigint in int64 range,
 * string, ArrayBufferView) at index i. */
int eddy_sqlite_bind_value(JSContextRef ctx, sqlite3_stmt* st, int i, JSValueRef v,
                           JSValueRef* exception) {
  if (JSValueIsNull(ctx, v) || JSValueIsUndefined(ctx, v)) return sqlite3_bind_null(st, i);
  if (JSValueIsNumber(ctx, v)) return sqlite3_bind_double(st, i, JSValueToNumber(ctx, v, NULL));
  if (JSValueIsString(ctx, v)) {
    size_t len = 0;
    char* s = eddy_js_to_utf8(ctx, v, &len, exception);
    if (!s) return SQLITE_ERROR;
    return sqlite3_bind_text64(st, i, s, len, free, SQLITE_UTF8);
  }
  if (JSValueIsBigInt(ctx, v)) return sqlite3_bind_int64(st, i, JSValueToInt64(ctx, v, NULL));
  size_t len = 0;
  uint8_t* bytes = eddy_js_bytes(ctx, v, &len);
  return sqlite3_bind_blob64(st, i, bytes ? (const void*)bytes : (const void*)"", len,
                             SQLITE_TRANSIENT);
}

/* Resets s, clears its bindings and binds argv[first...] as (index, value) pairs
 * (lib/ validated the values). False with *exception set on an error. */
static bool bind_pairs(JSContextRef ctx, sqlite_stmt* s, size_t argc, const JSValueRef argv[],
                       size_t first, JSValueRef* exception) {
  sqlite3_reset(s->handle);
  sqlite3_clear_bindings(s->handle);
  for (size_t k = first; k + 1 < argc; k += 2) {
    int i = (int)eddy_js_to_number(ctx, argv[k]);
    int rc = eddy_sqlite_bind_value(ctx, s->handle, i, argv[k + 1], exception);
    if (*exception) return false;
    if (rc != SQLITE_OK) {
      *exception = eddy_sqlite_db_error(ctx, s->db);
      return false;
    }
  }
  return true;
}

/* bind(stmt, index, value, ...): for iterate(), which steps later. */
static EDDY_JS_FN(sqlite_bind) {
  (void)function, (void)self;
  sqlite_stmt* s = stmt_of(ctx, eddy_js_arg(ctx, argc, argv, 0), exception);
  if (!s) return NULL;
  if (!bind_pairs(ctx, s, argc, argv, 1, exception)) return NULL;
  return JSValueMakeUndefined(ctx);
}

static JSValueRef out_of_range(JSContextRef ctx, sqlite3_int64 v) {
  char msg[96];
  snprintf(msg, sizeof(msg), "Value is too large to be represented as a JavaScript number: %lld",
           (long long)v);
  return eddy_sqlite_coded_error(ctx, "RangeError", "ERR_OUT_OF_RANGE", msg);
}

/* A JS value for an sqlite3_value: numbers, BigInts (big_ints, or always past 2^53
 * when not: then ERR_OUT_OF_RANGE), strings, Uint8Arrays, null. */
JSValueRef eddy_sqlite_to_js(JSContextRef ctx, sqlite3_value* v, bool big_ints,
                             JSValueRef* exception) {
  switch (sqlite3_value_type(v)) {
    case SQLITE_INTEGER: {
      sqlite3_int64 i = sqlite3_value_int64(v);
      if (big_ints) return JSBigIntCreateWithInt64(ctx, i, exception);
      if (i > 9007199254740991LL || i < -9007199254740991LL) {
        *exception = out_of_range(ctx, i);
        return NULL;
      }
      return JSValueMakeNumber(ctx, (double)i);
    }
    case SQLITE_FLOAT: return JSValueMakeNumber(ctx, sqlite3_value_double(v));
    case SQLITE_TEXT: {
      /* node reads text as a C string: it ends at the first NUL. */
      const char* t = (const char*)sqlite3_value_text(v);
      size_t len = (size_t)sqlite3_value_bytes(v);
      const char* nul = memchr(t, 0, len);
      return eddy_js_utf8(ctx, t, nul ? (size_t)(nul - t) : len);
    }
    case SQLITE_BLOB: {
      size_t len = (size_t)sqlite3_value_bytes(v);
      const void* src = sqlite3_value_blob(v);
      void* copy = eddy_malloc(len ? len : 1);
      if (len) memcpy(copy, src, len);
      return JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeUint8Array, copy, len,
                                                   eddy_js_free_bytes, NULL, exception);
    }
    default: return JSValueMakeNull(ctx);
  }
}

/* Column i of the current row. */
static JSValueRef column_value(JSContextRef ctx, sqlite3_stmt* st, int i, bool big_ints,
                               JSValueRef* exception) {
  return eddy_sqlite_to_js(ctx, sqlite3_column_value(st, i), big_ints, exception);
}

/* Steps once; on a row, appends its values to out at *at. Returns the step's code,
 * or -1 with *exception set and the statement reset. */
static int step_into(JSContextRef ctx, sqlite_stmt* s, JSObjectRef out, size_t* at, bool big_ints,
                     JSValueRef* exception) {
  int rc = sqlite3_step(s->handle);
  if (rc == SQLITE_ROW) {
    int n = sqlite3_column_count(s->handle);
    for (int i = 0; i < n; i++) {
      JSValueRef v = column_value(ctx, s->handle, i, big_ints, exception);
      if (!v) {
        sqlite3_reset(s->handle);
        return -1;
      }
      eddy_js_array_set(ctx, out, (*at)++, v);
    }
    return rc;
  }
  if (rc != SQLITE_DONE) {
    *exception = eddy_sqlite_db_error(ctx, s->db);
    sqlite3_reset(s->handle);
    return -1;
  }
  return rc;
}

/* A number that changes whenever the statement's result column names do (SQLite
 * re-prepares a statement after a schema change, which may rename them): lib/
 * keeps a statement's column names until it changes. Compared against a C copy
 * of the names, so a call costs a few strcmp and no JS strings. */
static JSValueRef column_generation(sqlite_stmt* s) {
  int n = sqlite3_column_count(s->handle);
  bool same = n == s->column_count && s->columns;
  for (int i = 0; same && i < n; i++) {
    const char* name = sqlite3_column_name(s->handle, i);
    same = name && strcmp(name, s->columns[i]) == 0;
  }
  if (!same) {
    eddy_free_strings(s->columns);
    s->columns = eddy_calloc((size_t)n + 1, sizeof(char*));
    for (int i = 0; i < n; i++) {
      const char* name = sqlite3_column_name(s->handle, i);
      s->columns[i] = eddy_strdup(name ? name : "");
    }
    s->column_count = n;
    s->generation++;
  }
  return eddy_jsv_make_int32(s->generation);
}

/* step(stmt, readBigInts, once, index, value, ...) -> [columnGeneration, ...the next
 * row's values], or null when done. With once (get()), the statement is reset and
 * bound first and reset after the row; without (an iterator's next()), it steps on. */
static EDDY_JS_FN(sqlite_step) {
  (void)function, (void)self;
  sqlite_stmt* s = stmt_of(ctx, eddy_js_arg(ctx, argc, argv, 0), exception);
  if (!s) return NULL;
  bool big_ints = eddy_js_to_boolean(ctx, eddy_js_arg(ctx, argc, argv, 1));
  bool once = eddy_js_to_boolean(ctx, eddy_js_arg(ctx, argc, argv, 2));
  if (once && !bind_pairs(ctx, s, argc, argv, 3, exception)) return NULL;
  JSObjectRef row = eddy_js_array_new(ctx);
  eddy_js_array_set(ctx, row, 0, eddy_jsv_make_int32(0));
  size_t at = 1;
  int rc = step_into(ctx, s, row, &at, big_ints, exception);
  if (rc < 0) return NULL;
  /* Read after the step: SQLite re-prepares inside sqlite3_step. */
  eddy_js_array_set(ctx, row, 0, column_generation(s));
  if (rc == SQLITE_DONE || once) sqlite3_reset(s->handle);
  return rc == SQLITE_DONE ? JSValueMakeNull(ctx) : row;
}

/* all(stmt, readBigInts, index, value, ...) -> [columnGeneration, ...every row's
 * values, row after row]; binds first and resets after. */
static EDDY_JS_FN(sqlite_all) {
  (void)function, (void)self;
  sqlite_stmt* s = stmt_of(ctx, eddy_js_arg(ctx, argc, argv, 0), exception);
  if (!s) return NULL;
  bool big_ints = eddy_js_to_boolean(ctx, eddy_js_arg(ctx, argc, argv, 1));
  if (!bind_pairs(ctx, s, argc, argv, 2, exception)) return NULL;
  JSObjectRef out = eddy_js_array_new(ctx);
  eddy_js_array_set(ctx, out, 0, eddy_jsv_make_int32(0));
  size_t at = 1;
  int rc;
  while ((rc = step_into(ctx, s, out, &at, big_ints, exception)) == SQLITE_ROW) {
  }
  if (rc < 0) return NULL;
  eddy_js_array_set(ctx, out, 0, column_generation(s));
  sqlite3_reset(s->handle);
  return out;
}

/* run(stmt, readBigInts, index, value, ...) -> [changes, lastInsertRowid] after
 * binding and stepping to the end. */
static EDDY_JS_FN(sqlite_run) {
  (void)function, (void)self;
  sqlite_stmt* s = stmt_of(ctx, eddy_js_arg(ctx, argc, argv, 0), exception);
  if (!s) return NULL;
  bool big_ints = eddy_js_to_boolean(ctx, eddy_js_arg(ctx, argc, argv, 1));
  if (!bind_pairs(ctx, s, argc, argv, 2, exception)) return NULL;
  int rc;
  while ((rc = sqlite3_step(s->handle)) == SQLITE_ROW) {
  }
  if (rc != SQLITE_DONE) {
    *exception = eddy_sqlite_db_error(ctx, s->db);
    sqlite3_reset(s->handle);
    return NULL;
  }
  sqlite3_reset(s->handle);
  sqlite3_int64 changes = sqlite3_changes64(s->db->handle);
  sqlite3_int64 rowid = sqlite3_last_insert_rowid(s->db->handle);
  JSValueRef pair[2];
  if (big_ints) {
    pair[0] = JSBigIntCreateWithInt64(ctx, changes, NULL);
    pair[1] = JSBigIntCreateWithInt64(ctx, rowid, NULL);
  } else {
    pair[0] = JSValueMakeNumber(ctx, (double)changes);
    pair[1] = JSValueMakeNumber(ctx, (double)rowid);
  }
  return JSObjectMakeArray(ctx, 2, pair, exception);
}

/* reset(stmt): ends a running statement (an iterator returned early). Ignores a
 * finalized statement. */
static EDDY_JS_FN(sqlite_reset) {
  (void)function, (void)self;
  sqlite_stmt* s =
      eddy_js_private_of_class(ctx, eddy_js_arg(ctx, argc, argv, 0), statement_class, exception);
  if (!s) return NULL;
  if (s->handle) sqlite3_reset(s->handle);
  return JSValueMakeUndefined(ctx);
}

static JSValueRef cstr_or_null(JSContextRef ctx, const char* s) {
  return s ? eddy_js_utf8(ctx, s, strlen(s)) : JSValueMakeNull(ctx);
}

/* columnNames(stmt) -> the result columns' names. */
static EDDY_JS_FN(sqlite_column_names) {
  (void)function, (void)self;
  sqlite_stmt* s = stmt_of(ctx, eddy_js_arg(ctx, argc, argv, 0), exception);
  if (!s) return NULL;
  int n = sqlite3_column_count(s->handle);
  JSObjectRef out = eddy_js_array_new(ctx);
  for (int i = 0; i < n; i++)
    eddy_js_array_set(ctx, out, (size_t)i, cstr_or_null(ctx, sqlite3_column_name(s->handle, i)));
  return out;
}

/* columns(stmt) -> flat [column, database, name, table, type] per result column. */
static EDDY_JS_FN(sqlite_columns) {
  (void)function, (void)self;
  sqlite_stmt* s = stmt_of(ctx, eddy_js_arg(ctx, argc, argv, 0), exception);
  if (!s) return NULL;
  sqlite3_stmt* st = s->handle;
  int n = sqlite3_column_count(st);
  JSObjectRef out = eddy_js_array_new(ctx);
  size_t at = 0;
  for (int i = 0; i < n; i++) {
    eddy_js_array_set(ctx, out, at++, cstr_or_null(ctx, sqlite3_column_origin_name(st, i)));
    eddy_js_array_set(ctx, out, at++, cstr_or_null(ctx, sqlite3_column_database_name(st, i)));
    eddy_js_array_set(ctx, out, at++, cstr_or_null(ctx, sqlite3_column_name(st, i)));
    eddy_js_array_set(ctx, out, at++, cstr_or_null(ctx, sqlite3_column_table_name(st, i)));
    eddy_js_array_set(ctx, out, at++, cstr_or_null(ctx, sqlite3_column_decltype(st, i)));
  }
  return out;
}

/* paramNames(stmt) -> one entry per parameter index (from 1): its name with its
 * prefix (":a", "$a", "@a", "?2"), or null for an anonymous "?". */
static EDDY_JS_FN(sqlite_param_names) {
  (void)function, (void)self;
  sqlite_stmt* s = stmt_of(ctx, eddy_js_arg(ctx, argc, argv, 0), exception);
  if (!s) return NULL;
  int n = sqlite3_bind_parameter_count(s->handle);
  JSObjectRef out = eddy_js_array_new(ctx);
  for (int i = 1; i <= n; i++)
    eddy_js_array_set(ctx, out, (size_t)(i - 1),
                      cstr_or_null(ctx, sqlite3_bind_parameter_name(s->handle, i)));
  return out;
}

static EDDY_JS_FN(sqlite_source_sql) {
  (void)function, (void)self;
  sqlite_stmt* s = stmt_of(ctx, eddy_js_arg(ctx, argc, argv, 0), exception);
  if (!s) return NULL;
  return cstr_or_null(ctx, sqlite3_sql(s->handle));
}

static EDDY_JS_FN(sqlite_expanded_sql) {
  (void)function, (void)self;
  sqlite_stmt* s = stmt_of(ctx, eddy_js_arg(ctx, argc, argv, 0), exception);
  if (!s) return NULL;
  char* sql = sqlite3_expanded_sql(s->handle);
  if (!sql) {
    *exception = eddy_js_error(ctx, "Expanded SQL text would exceed configured limits");
    return NULL;
  }
  JSValueRef out = eddy_js_utf8(ctx, sql, strlen(sql));
  sqlite3_free(sql);
  return out;
}

/* node:sqlite's `constants`: changeset conflict resolutions and types, and the
 * authorizer's results and action codes. */
static JSObjectRef make_constants(JSContextRef ctx) {
  JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
#define SET(name) eddy_js_set_number(ctx, o, #name, name)
  SET(SQLITE_CHANGESET_OMIT);
  SET(SQLITE_CHANGESET_REPLACE);
  SET(SQLITE_CHANGESET_ABORT);
  SET(SQLITE_CHANGESET_DATA);
  SET(SQLITE_CHANGESET_NOTFOUND);
  SET(SQLITE_CHANGESET_CONFLICT);
  SET(SQLITE_CHANGESET_CONSTRAINT);
  SET(SQLITE_CHANGESET_FOREIGN_KEY);
  /* setAuthorizer(): its results and action codes. */
  SET(SQLITE_OK);
  SET(SQLITE_DENY);
  SET(SQLITE_IGNORE);
  SET(SQLITE_CREATE_INDEX);
  SET(SQLITE_CREATE_TABLE);
  SET(SQLITE_CREATE_TEMP_INDEX);
  SET(SQLITE_CREATE_TEMP_TABLE);
  SET(SQLITE_CREATE_TEMP_TRIGGER);
  SET(SQLITE_CREATE_TEMP_VIEW);
  SET(SQLITE_CREATE_TRIGGER);
  SET(SQLITE_CREATE_VIEW);
  SET(SQLITE_DELETE);
  SET(SQLITE_DROP_INDEX);
  SET(SQLITE_DROP_TABLE);
  SET(SQLITE_DROP_TEMP_INDEX);
  SET(SQLITE_DROP_TEMP_TABLE);
  SET(SQLITE_DROP_TEMP_TRIGGER);
  SET(SQLITE_DROP_TEMP_VIEW);
  SET(SQLITE_DROP_TRIGGER);
  SET(SQLITE_DROP_VIEW);
  SET(SQLITE_INSERT);
  SET(SQLITE_PRAGMA);
  SET(SQLITE_READ);
  SET(SQLITE_SELECT);
  SET(SQLITE_TRANSACTION);
  SET(SQLITE_UPDATE);
  SET(SQLITE_ATTACH);
  SET(SQLITE_DETACH);
  SET(SQLITE_ALTER_TABLE);
  SET(SQLITE_REINDEX);
  SET(SQLITE_ANALYZE);
  SET(SQLITE_CREATE_VTABLE);
  SET(SQLITE_DROP_VTABLE);
  SET(SQLITE_FUNCTION);
  SET(SQLITE_SAVEPOINT);
  SET(SQLITE_COPY);
  SET(SQLITE_RECURSIVE);
#undef SET
  return o;
}

/* Closes the runtime's open databases, but not one whose user function is running
 * now (process.exit() called from it): SQLite is inside a call on it. As in a
 * finalizer, aggregates still running are ended without calling into JS. The
 * structs stay, owned by their JS handles. */
static void close_open_databases(eddy_runtime* rt) {
  sqlite_open_list* list = rt->binding_state[EDDY_BINDING_sqlite];
  sqlite_db* db = list->head;
  eddy_sqlite_finalizing = true;
  while (db) {
    sqlite_db* next = db->next;
    if (db->depth == 0) eddy_sqlite_db_close(db);
    db = next;
  }
  eddy_sqlite_finalizing = false;
}

/* A worker's end: its databases close now (the collector finalizes their handles
 * later), and any left busy forget the list. */
static void sqlite_dispose(eddy_runtime* rt) {
  close_open_databases(rt);
  sqlite_open_list* list = rt->binding_state[EDDY_BINDING_sqlite];
  while (list->head) db_unlink(list->head);
  free(list);
  rt->binding_state[EDDY_BINDING_sqlite] = NULL;
}

JSObjectRef eddy_binding_sqlite_init(eddy_runtime* rt, JSContextRef ctx) {
  const char* load_error = eddy_sqlite_api_load();
  if (load_error) {
    /* lib/sqlite.js throws this when it is required. */
    JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
    eddy_js_set_cstr(ctx, b, "loadError", load_error);
    return b;
  }
  if (!database_class) {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "SqliteDatabase";
    def.finalize = database_finalize;
    eddy_js_class_publish(&database_class, JSClassCreate(&def));
  }
  if (!statement_class) {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "SqliteStatement";
    def.finalize = statement_finalize;
    eddy_js_class_publish(&statement_class, JSClassCreate(&def));
  }
  rt->binding_state[EDDY_BINDING_sqlite] = eddy_calloc(1, sizeof(sqlite_open_list));
  rt->binding_dispose[EDDY_BINDING_sqlite] = sqlite_dispose;
  rt->binding_at_exit[EDDY_BINDING_sqlite] = close_open_databases;
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  eddy_js_set_fn(ctx, b, "open", sqlite_open);
  eddy_js_set_fn(ctx, b, "close", sqlite_close);
  eddy_js_set_fn(ctx, b, "isTransaction", sqlite_is_transaction);
  eddy_js_set_fn(ctx, b, "location", sqlite_location);
  eddy_js_set_fn(ctx, b, "setDefensive", sqlite_set_defensive);
  eddy_js_set_fn(ctx, b, "exec", sqlite_exec);
  eddy_js_set_fn(ctx, b, "prepare", sqlite_prepare);
  eddy_js_set_fn(ctx, b, "bind", sqlite_bind);
  eddy_js_set_fn(ctx, b, "step", sqlite_step);
  eddy_js_set_fn(ctx, b, "all", sqlite_all);
  eddy_js_set_fn(ctx, b, "run", sqlite_run);
  eddy_js_set_fn(ctx, b, "reset", sqlite_reset);
  eddy_js_set_fn(ctx, b, "columnNames", sqlite_column_names);
  eddy_js_set_fn(ctx, b, "columns", sqlite_columns);
  eddy_js_set_fn(ctx, b, "paramNames", sqlite_param_names);
  eddy_js_set_fn(ctx, b, "sourceSQL", sqlite_source_sql);
  eddy_js_set_fn(ctx, b, "expandedSQL", sqlite_expanded_sql);
  eddy_sqlite_functions_init(ctx, b);
  eddy_sqlite_backup_init(ctx, b);
  eddy_sqlite_session_init(ctx, b);
  eddy_js_set(ctx, b, "constants", make_constants(ctx));
  return b;
}
