/* sqlite.backup() for node:sqlite: copies a database into a file, `rate` pages
 * per step, each step on the thread pool (lib/sqlite.js calls the progress
 * function between steps and settles the promise).
 *
 * A job (class SqliteBackup) holds its source database struct (a reference, so
 * the struct outlives a collected DatabaseSync) and the source's sqlite3 handle.
 * The destination is opened and the backup started on the loop thread, while the
 * source is certainly open; from then on, if the source closes, SQLite keeps its
 * handle as a "zombie" until the backup is finished (sqlite3_close_v2), and the
 * connection's mutex (SQLite's default serialized mode) orders the two threads. While a step is in
 * flight the job object and its callback are protected; a finalizer only frees a job that is not in
 * flight, finishing a backup left unfinished. */
#include <stdlib.h>
#include <string.h>

#include "../runtime/runtime.h"
#include "../util/check.h"
#include "../util/js.h"
#include "sqlite.h"

typedef struct backup_job {
  uv_work_t req;
  eddy_runtime* rt;
  sqlite_db* source_db; /* referenced */
  sqlite3* source;
  char *path, *source_name, *target_name;
  sqlite3* dest;
  sqlite3_backup* backup;
  int rate;
  /* A step's outcome, read by its done callback. */
  int rc;
  int errcode;
  char* errmsg;
  int total, remaining;
  bool finished, in_flight;
  JSObjectRef self;     /* protected while in flight */
  JSObjectRef callback; /* protected while in flight */
} backup_job;

static _Atomic(JSClassRef) backup_class;

/* Finishes the copy (or abandons it) and closes the destination; the first
 * error seen is kept. Runs on either thread, never on both at once. */
static void job_finish(backup_job* j) {
  if (j->finished) return;
  j->finished = true;
  if (j->backup) {
    int rc = sqlite3_backup_finish(j->backup);
    j->backup = NULL;
    if (rc != SQLITE_OK && !j->errmsg) {
      j->errcode = sqlite3_extended_errcode(j->dest);
      j->errmsg = eddy_strdup(sqlite3_errmsg(j->dest));
    }
  }
  if (j->dest) sqlite3_close_v2(j->dest);
  j->dest = NULL;
}

static void job_fail(backup_job* j, sqlite3* handle, int rc) {
  if (!j->errmsg) {
    j->errcode = handle ? sqlite3_extended_errcode(handle) : rc;
    j->errmsg = eddy_strdup(handle ? sqlite3_errmsg(handle) : sqlite3_errstr(rc));
  }
  job_finish(j);
}

static void job_free(backup_job* j) {
  job_finish(j);
  eddy_sqlite_db_unref(j->source_db);
  free(j->path);
  free(j->source_name);
  free(j->target_name);
  free(j->errmsg);
  free(j);
}

static void backup_finalize(JSObjectRef obj) {
  backup_job* j = JSObjectGetPrivate(obj);
  if (j) job_free(j); /* never in flight: the job object is protected then */
}

/* One step on the thread pool: copy up to `rate` pages (nothing when starting
 * failed: the step reports that error). */
static void step_run(uv_work_t* req) {
  backup_job* j = req->data;
  if (j->finished) return;
  j->rc = sqlite3_backup_step(j->backup, j->rate);
  j->total = sqlite3_backup_pagecount(j->backup);
  j->remaining = sqlite3_backup_remaining(j->backup);
  if (j->rc == SQLITE_DONE) {
    job_finish(j);
  } else if (j->rc != SQLITE_OK && j->rc != SQLITE_BUSY && j->rc != SQLITE_LOCKED) {
    /* backup_finish reports the step's error on the destination. */
    job_finish(j);
    if (!j->errmsg) {
      j->errcode = j->rc;
      j->errmsg = eddy_strdup(sqlite3_errstr(j->rc));
    }
  }
}

/* callback(error | null, totalPages, remainingPages, done) */
static void step_on_done(uv_work_t* req, int status) {
  backup_job* j = req->data;
  eddy_runtime* rt = j->rt;
  JSContextRef ctx = rt->ctx;
  j->in_flight = false;
  JSValueRef args[4];
  if (j->errmsg) {
    args[0] = eddy_sqlite_error_with(ctx, j->errcode, j->errmsg);
  } else if (status != 0) {
    args[0] = eddy_js_error(ctx, "backup cancelled");
  } else {
    args[0] = JSValueMakeNull(ctx);
  }
  args[1] = JSValueMakeNumber(ctx, j->total);
  args[2] = JSValueMakeNumber(ctx, j->remaining);
  args[3] = JSValueMakeBoolean(ctx, j->finished);
  JSObjectRef cb = j->callback, self = j->self;
  j->callback = j->self = NULL;
  eddy_runtime_call(rt, cb, NULL, 4, args);
  JSValueUnprotect(ctx, cb);
  JSValueUnprotect(ctx, self);
}

/* backupStart(handle, path, sourceName, targetName, rate) -> job. A failure to
 * open the destination or start the backup is reported by the first step. */
static EDDY_JS_FN(sqlite_backup_start) {
  (void)function, (void)self;
  sqlite_db* db = eddy_sqlite_db_of(ctx, eddy_js_arg(ctx, argc, argv, 0), exception);
  if (!db) return NULL;
  char* path = eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 1), NULL, exception);
  char* source =
      path ? eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 2), NULL, exception) : NULL;
  char* target =
      source ? eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 3), NULL, exception) : NULL;
  if (!target) {
    free(path);
    free(source);
    return NULL;
  }
  backup_job* j = eddy_calloc(1, sizeof(*j));
  j->rt = eddy_runtime_from(ctx);
  j->source_db = db;
  db->refs++;
  j->source = db->handle;
  j->path = path;
  j->source_name = source;
  j->target_name = target;
  j->rate = (int)eddy_js_arg_int(ctx, argc, argv, 4);
  j->req.data = j;
  int rc = sqlite3_open_v2(j->path, &j->dest,
                           SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_URI, NULL);
  if (rc != SQLITE_OK) {
    job_fail(j, j->dest, rc);
  } else {
    j->backup = sqlite3_backup_init(j->dest, j->target_name, j->source, j->source_name);
    if (!j->backup) job_fail(j, j->dest, SQLITE_ERROR);
  }
  return JSObjectMake(ctx, backup_class, j);
}

/* backupStep(job, callback): runs the next step on the thread pool. */
static EDDY_JS_FN(sqlite_backup_step) {
  (void)function, (void)self;
  JSValueRef jv = eddy_js_arg(ctx, argc, argv, 0);
  backup_job* j = eddy_js_private_of_class(ctx, jv, backup_class, exception);
  if (!j) return NULL;
  CHECK(!j->in_flight);
  j->in_flight = true;
  j->self = eddy_protect_object(ctx, jv);
  j->callback = eddy_protect_object(ctx, eddy_js_arg(ctx, argc, argv, 1));
  CHECK_EQ(uv_queue_work(&j->rt->loop, &j->req, step_run, step_on_done), 0);
  return JSValueMakeUndefined(ctx);
}

/* backupAbort(job): abandons a backup between steps (its progress function threw). */
static EDDY_JS_FN(sqlite_backup_abort) {
  (void)function, (void)self;
  backup_job* j =
      eddy_js_private_of_class(ctx, eddy_js_arg(ctx, argc, argv, 0), backup_class, exception);
  if (!j) return NULL;
  CHECK(!j->in_flight);
  job_finish(j);
  return JSValueMakeUndefined(ctx);
}

void eddy_sqlite_backup_init(JSContextRef ctx, JSObjectRef binding) {
  if (!backup_class) {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "SqliteBackup";
    def.finalize = backup_finalize;
    eddy_js_class_publish(&backup_class, JSClassCreate(&def));
  }
  eddy_js_set_fn(ctx, binding, "backupStart", sqlite_backup_start);
  eddy_js_set_fn(ctx, binding, "backupStep", sqlite_backup_step);
  eddy_js_set_fn(ctx, binding, "backupAbort", sqlite_backup_abort);
}
