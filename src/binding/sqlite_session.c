/* Sessions and changesets for node:sqlite: database.createSession() records the
 * changes made to a database (sqlite3session), session.changeset()/patchset()
 * serialize them, and database.applyChangeset() applies one with the user's
 * filter and conflict functions.
 *
 * A session (class SqliteSession) sits in its database's list: SQLite requires
 * every session deleted before its database closes, so closing the database
 * deletes them and later use throws "database is not open". A session handle
 * holds a reference on the database struct, as a statement does. */
#include <stdlib.h>
#include <string.h>

#include "../util/check.h"
#include "../util/js.h"
#include "sqlite.h"

struct sqlite_session {
  sqlite3_session* handle; /* NULL once deleted */
  sqlite_db* db;
  bool closed; /* by session.close(), not by the database's close */
  sqlite_session *prev, *next;
};

static _Atomic(JSClassRef) session_class;

static void session_unlink(sqlite_session* s) {
  if (!s->handle) return;
  sqlite_db* db = s->db;
  if (s->prev)
    s->prev->next = s->next;
  else
    db->sessions = s->next;
  if (s->next) s->next->prev = s->prev;
  sqlite3session_delete(s->handle);
  s->handle = NULL;
}

void eddy_sqlite_sessions_close(sqlite_db* db) {
  while (db->sessions) {
    sqlite_session* s = db->sessions;
    db->sessions = s->next;
    sqlite3session_delete(s->handle);
    s->handle = NULL;
    s->next = s->prev = NULL;
  }
}

static void session_finalize(JSObjectRef obj) {
  sqlite_session* s = JSObjectGetPrivate(obj);
  if (!s) return;
  session_unlink(s);
  eddy_sqlite_db_unref(s->db);
  free(s);
}

/* The open session behind v, or NULL with node's ERR_INVALID_STATE thrown. */
static sqlite_session* session_of(JSContextRef ctx, JSValueRef v, JSValueRef* exception) {
  sqlite_session* s = eddy_js_private_of_class(ctx, v, session_class, exception);
  if (!s) return NULL;
  const char* message = NULL;
  if (!s->db->handle)
    message = "database is not open";
  else if (!s->handle)
    message = "session is not open";
  if (message) {
    *exception = eddy_sqlite_coded_error(ctx, "Error", "ERR_INVALID_STATE", message);
    return NULL;
  }
  return s;
}

/* createSession(handle, dbName, table | null) -> session */
static EDDY_JS_FN(sqlite_create_session) {
  (void)function, (void)self;
  sqlite_db* db = eddy_sqlite_db_of(ctx, eddy_js_arg(ctx, argc, argv, 0), exception);
  if (!db) return NULL;
  char* name = eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 1), NULL, exception);
  if (!name) return NULL;
  JSValueRef tv = eddy_js_arg(ctx, argc, argv, 2);
  char* table = JSValueIsString(ctx, tv) ? eddy_js_to_utf8(ctx, tv, NULL, exception) : NULL;
  sqlite3_session* handle = NULL;
  int rc = sqlite3session_create(db->handle, name, &handle);
  if (rc == SQLITE_OK) {
    rc = sqlite3session_attach(handle, table);
    if (rc != SQLITE_OK) sqlite3session_delete(handle);
  }
  free(name);
  free(table);
  if (rc != SQLITE_OK) {
    *exception = eddy_sqlite_db_error(ctx, db);
    return NULL;
  }
  sqlite_session* s = eddy_calloc(1, sizeof(*s));
  s->handle = handle;
  s->db = db;
  db->refs++;
  s->next = db->sessions;
  if (db->sessions) db->sessions->prev = s;
  db->sessions = s;
  return JSObjectMake(ctx, session_class, s);
}

/* changeset(session, patchset) -> Uint8Array */
static EDDY_JS_FN(sqlite_session_changes) {
  (void)function, (void)self;
  sqlite_session* s = session_of(ctx, eddy_js_arg(ctx, argc, argv, 0), exception);
  if (!s) return NULL;
  bool patchset = JSValueToBoolean(ctx, eddy_js_arg(ctx, argc, argv, 1));
  int n = 0;
  void* p = NULL;
  int rc = patchset ? sqlite3session_patchset(s->handle, &n, &p)
                    : sqlite3session_changeset(s->handle, &n, &p);
  if (rc != SQLITE_OK) {
    sqlite3_free(p);
    *exception = eddy_sqlite_db_error(ctx, s->db);
    return NULL;
  }
  void* copy = eddy_malloc(n > 0 ? (size_t)n : 1);
  if (n > 0) memcpy(copy, p, (size_t)n);
  sqlite3_free(p);
  return JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeUint8Array, copy, (size_t)n,
                                               eddy_js_free_bytes, NULL, exception);
}

/* closeSession(session) */
static EDDY_JS_FN(sqlite_session_close) {
  (void)function, (void)self;
  sqlite_session* s = session_of(ctx, eddy_js_arg(ctx, argc, argv, 0), exception);
  if (!s) return NULL;
  session_unlink(s);
  return JSValueMakeUndefined(ctx);
}

typedef struct apply_ctx {
  sqlite_db* db;
  JSContextRef ctx;
  JSObjectRef filter;      /* or NULL */
  JSObjectRef on_conflict; /* or NULL */
} apply_ctx;

static void apply_fail(apply_ctx* a, JSValueRef exception) {
  if (a->db->pending) return;
  JSValueProtect(a->ctx, exception);
  a->db->pending = exception;
}

/* Whether changes to table are applied: filter(table) is truthy. After a throw,
 * nothing more is applied. */
static int apply_on_filter(void* data, const char* table) {
  apply_ctx* a = data;
  if (a->db->pending) return 0;
  if (!a->filter) return 1;
  JSValueRef name = eddy_js_utf8(a->ctx, table, strlen(table));
  JSValueRef exception = NULL;
  a->db->depth++;
  JSValueRef r = JSObjectCallAsFunction(a->ctx, a->filter, NULL, 1, &name, &exception);
  a->db->depth--;
  if (exception) {
    apply_fail(a, exception);
    return 0;
  }
  return JSValueToBoolean(a->ctx, r);
}

/* onConflict(conflictType) returns SQLITE_CHANGESET_OMIT/REPLACE/ABORT; anything
 * that is not an int32 is handed to SQLite as -1, which it rejects as misuse
 * (node's "bad parameter or other API misuse"). A throw aborts. */
static int apply_on_conflict(void* data, int type, sqlite3_changeset_iter* it) {
  (void)it;
  apply_ctx* a = data;
  if (a->db->pending) return SQLITE_CHANGESET_ABORT;
  if (!a->on_conflict) return SQLITE_CHANGESET_ABORT;
  JSValueRef arg = JSValueMakeNumber(a->ctx, type);
  JSValueRef exception = NULL;
  a->db->depth++;
  JSValueRef r = JSObjectCallAsFunction(a->ctx, a->on_conflict, NULL, 1, &arg, &exception);
  a->db->depth--;
  if (exception) {
    apply_fail(a, exception);
    return SQLITE_CHANGESET_ABORT;
  }
  if (!JSValueIsNumber(a->ctx, r)) return -1;
  double d = JSValueToNumber(a->ctx, r, NULL);
  return d == (double)(int)d ? (int)d : -1;
}

/* applyChangeset(handle, bytes, filter | null, onConflict | null) -> true, or false
 * when a conflict aborted it. */
static EDDY_JS_FN(sqlite_apply_changeset) {
  (void)function, (void)self;
  sqlite_db* db = eddy_sqlite_db_of(ctx, eddy_js_arg(ctx, argc, argv, 0), exception);
  if (!db) return NULL;
  size_t len = 0;
  uint8_t* bytes = eddy_js_bytes(ctx, eddy_js_arg(ctx, argc, argv, 1), &len);
  /* SQLite may read the changeset while JS runs (filter, onConflict): a copy. */
  void* copy = eddy_malloc(len ? len : 1);
  if (len) memcpy(copy, bytes, len);
  JSValueRef f = eddy_js_arg(ctx, argc, argv, 2), c = eddy_js_arg(ctx, argc, argv, 3);
  apply_ctx a = {db, ctx, JSValueIsObject(ctx, f) ? (JSObjectRef)f : NULL,
                 JSValueIsObject(ctx, c) ? (JSObjectRef)c : NULL};
  int rc =
      sqlite3changeset_apply(db->handle, (int)len, copy, apply_on_filter, apply_on_conflict, &a);
  free(copy);
  if (db->pending) {
    *exception = eddy_sqlite_db_error(ctx, db);
    return NULL;
  }
  if (rc == SQLITE_OK) return JSValueMakeBoolean(ctx, true);
  if (rc == SQLITE_ABORT) return JSValueMakeBoolean(ctx, false);
  /* A conflict result SQLite rejects (SQLITE_MISUSE) leaves the database's own
   * error unset: report the result code. */
  *exception = sqlite3_errcode(db->handle) == SQLITE_OK
                   ? eddy_sqlite_error_with(ctx, rc, sqlite3_errstr(rc))
                   : eddy_sqlite_db_error(ctx, db);
  return NULL;
}

void eddy_sqlite_session_init(JSContextRef ctx, JSObjectRef binding) {
  if (!session_class) {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "SqliteSession";
    def.finalize = session_finalize;
    eddy_js_class_publish(&session_class, JSClassCreate(&def));
  }
  eddy_js_set_fn(ctx, binding, "createSession", sqlite_create_session);
  eddy_js_set_fn(ctx, binding, "sessionChanges", sqlite_session_changes);
  eddy_js_set_fn(ctx, binding, "sessionClose", sqlite_session_close);
  eddy_js_set_fn(ctx, binding, "applyChangeset", sqlite_apply_changeset);
}
