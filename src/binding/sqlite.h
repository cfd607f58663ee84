/* Shared between the node:sqlite binding's files: the database and statement
 * structs, and the conversions between JS and SQLite values. */
#ifndef EDDY_BINDING_SQLITE_H
#define EDDY_BINDING_SQLITE_H

#include <JavaScriptCore/JavaScript.h>
#include <stdbool.h>

#include "sqlite_api.h"

typedef struct sqlite_stmt sqlite_stmt;
typedef struct sqlite_session sqlite_session;
typedef struct sqlite_db sqlite_db;

/* A runtime's open databases (its binding state), closed when the process exits
 * or the worker's runtime is disposed: closing is what checkpoints a WAL-mode
 * database and removes its -wal and -shm files, as node does at exit. */
typedef struct sqlite_open_list {
  sqlite_db* head;
} sqlite_open_list;

/* One database: its handle (NULL once closed), its open statements, and the JS
 * exception a user function threw during the current call into SQLite (protected
 * while it is set). refs counts the JS handle and each statement struct; the
 * struct is freed at zero. depth counts user functions running now: the database
 * may not close under them. */
struct sqlite_db {
  sqlite3* handle;
  sqlite_stmt* stmts;
  sqlite_session* sessions; /* open sessions, deleted by close (sqlite_session.c) */
  JSValueRef pending;
  int refs;
  int depth;
  JSGlobalContextRef ctx; /* the runtime's, for callbacks SQLite makes */
  /* setAuthorizer()'s function, or NULL: unprotected, held by the DatabaseSync
   * as its user functions are (sqlite_functions.c). */
  JSObjectRef authorizer;
  /* In list's while open (list NULL once the list is gone, at a worker's end). */
  sqlite_open_list* list;
  sqlite_db *prev, *next;
};

/* One prepared statement (handle NULL once finalized), in its database's list. */
struct sqlite_stmt {
  sqlite3_stmt* handle;
  sqlite_db* db;
  /* The result column names lib/ last saw, and their generation (sqlite.c's
   * column_generation). */
  char** columns;
  int column_count;
  int generation;
  sqlite_stmt *prev, *next;
};

/* True while a JS finalizer closes a database or finalizes a statement: SQLite
 * may then call aggregate finalizers, which must not call into JS. */
extern _Thread_local bool eddy_sqlite_finalizing;

sqlite_db* eddy_sqlite_db_of(JSContextRef ctx, JSValueRef v, JSValueRef* exception);
void eddy_sqlite_db_close(sqlite_db* db);
/* Drops one reference; the struct is freed at zero (its database closed). */
void eddy_sqlite_db_unref(sqlite_db* db);
JSValueRef eddy_sqlite_db_error(JSContextRef ctx, sqlite_db* db);
/* What a call whose result is rc returns to JS: undefined for SQLITE_OK, else NULL
 * with db's error in *exception. */
JSValueRef eddy_sqlite_undefined_or_error(JSContextRef ctx, sqlite_db* db, int rc,
                                          JSValueRef* exception);
/* ERR_SQLITE_ERROR with message, errcode and errcode's errstr. */
JSValueRef eddy_sqlite_error_with(JSContextRef ctx, int errcode, const char* message);
JSValueRef eddy_sqlite_coded_error(JSContextRef ctx, const char* ctor, const char* code,
                                   const char* message);
JSValueRef eddy_sqlite_to_js(JSContextRef ctx, sqlite3_value* v, bool big_ints,
                             JSValueRef* exception);

/* Adds function(), aggregate() and setAuthorizer() to the binding object
 * (sqlite_functions.c). */
void eddy_sqlite_functions_init(JSContextRef ctx, JSObjectRef binding);
/* Adds createSession(), sessionChanges(), sessionClose() and applyChangeset()
 * (sqlite_session.c); deletes a closing database's sessions. */
void eddy_sqlite_session_init(JSContextRef ctx, JSObjectRef binding);
void eddy_sqlite_sessions_close(sqlite_db* db);
/* Adds backupStart(), backupStep() and backupAbort() (sqlite_backup.c). */
void eddy_sqlite_backup_init(JSContextRef ctx, JSObjectRef binding);

#endif
