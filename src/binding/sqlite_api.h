/* libsqlite3, loaded on first use.
 *
 * Linked at build time, libsqlite3 cost every start-up ~2.1M instructions
 * (callgrind, `eddy -e 0`: 69.9M -> 72.0M): the loader maps it and every symbol
 * lookup of every library walks one more object. Most programs never use
 * node:sqlite, so the library is opened with dlopen when internalBinding('sqlite')
 * is first made, and the binding calls it through this table. The names below
 * are macros over the table, so the binding's code reads as plain SQLite calls.
 * The declarations (and their types) are sqlite3.h's, from the same Debian
 * package (libsqlite3-dev) as the library. */
#ifndef EDDY_BINDING_SQLITE_API_H
#define EDDY_BINDING_SQLITE_API_H

/* Debian's libsqlite3 is built with the session extension; its declarations (and
 * the changeset constants) are only visible with these defined. */
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include <sqlite3.h>

#define EDDY_SQLITE_API(X)          \
  X(sqlite3_aggregate_context)      \
  X(sqlite3_backup_finish)          \
  X(sqlite3_backup_init)            \
  X(sqlite3_backup_pagecount)       \
  X(sqlite3_backup_remaining)       \
  X(sqlite3_backup_step)            \
  X(sqlite3_bind_blob64)            \
  X(sqlite3_bind_double)            \
  X(sqlite3_bind_int64)             \
  X(sqlite3_bind_null)              \
  X(sqlite3_bind_parameter_count)   \
  X(sqlite3_bind_parameter_name)    \
  X(sqlite3_bind_text64)            \
  X(sqlite3_busy_timeout)           \
  X(sqlite3_changes64)              \
  X(sqlite3_clear_bindings)         \
  X(sqlite3_close_v2)               \
  X(sqlite3_column_count)           \
  X(sqlite3_column_database_name)   \
  X(sqlite3_column_decltype)        \
  X(sqlite3_column_name)            \
  X(sqlite3_column_origin_name)     \
  X(sqlite3_column_table_name)      \
  X(sqlite3_column_value)           \
  X(sqlite3_create_function_v2)     \
  X(sqlite3_create_window_function) \
  X(sqlite3_db_config)              \
  X(sqlite3_db_filename)            \
  X(sqlite3_errcode)                \
  X(sqlite3_errmsg)                 \
  X(sqlite3_errstr)                 \
  X(sqlite3_exec)                   \
  X(sqlite3_expanded_sql)           \
  X(sqlite3_extended_errcode)       \
  X(sqlite3_extended_result_codes)  \
  X(sqlite3_finalize)               \
  X(sqlite3_free)                   \
  X(sqlite3_get_autocommit)         \
  X(sqlite3_last_insert_rowid)      \
  X(sqlite3_open_v2)                \
  X(sqlite3_prepare_v2)             \
  X(sqlite3_reset)                  \
  X(sqlite3_result_blob64)          \
  X(sqlite3_result_double)          \
  X(sqlite3_result_error)           \
  X(sqlite3_result_error_nomem)     \
  X(sqlite3_result_int64)           \
  X(sqlite3_result_null)            \
  X(sqlite3_result_text64)          \
  X(sqlite3_set_authorizer)         \
  X(sqlite3_sql)                    \
  X(sqlite3_step)                   \
  X(sqlite3_stmt_status)            \
  X(sqlite3_user_data)              \
  X(sqlite3_value_blob)             \
  X(sqlite3_value_bytes)            \
  X(sqlite3_value_double)           \
  X(sqlite3_value_int64)            \
  X(sqlite3_value_text)             \
  X(sqlite3_value_type)             \
  X(sqlite3changeset_apply)         \
  X(sqlite3session_attach)          \
  X(sqlite3session_changeset)       \
  X(sqlite3session_create)          \
  X(sqlite3session_delete)          \
  X(sqlite3session_patchset)

#define EDDY_SQLITE_API_FIELD(name) __typeof__(&name) p_##name;
typedef struct eddy_sqlite_api {
  EDDY_SQLITE_API(EDDY_SQLITE_API_FIELD)
} eddy_sqlite_api;
#undef EDDY_SQLITE_API_FIELD

/* Filled by eddy_sqlite_api_load; read-only afterwards. */
extern eddy_sqlite_api eddy_sqlite;

/* Opens libsqlite3 and fills the table, once per process (any thread). Returns
 * NULL, or dlerror()'s message when the library or a symbol is missing. */
const char* eddy_sqlite_api_load(void);

#ifndef EDDY_SQLITE_API_IMPL
#define sqlite3_aggregate_context eddy_sqlite.p_sqlite3_aggregate_context
#define sqlite3_backup_finish eddy_sqlite.p_sqlite3_backup_finish
#define sqlite3_backup_init eddy_sqlite.p_sqlite3_backup_init
#define sqlite3_backup_pagecount eddy_sqlite.p_sqlite3_backup_pagecount
#define sqlite3_backup_remaining eddy_sqlite.p_sqlite3_backup_remaining
#define sqlite3_backup_step eddy_sqlite.p_sqlite3_backup_step
#define sqlite3_bind_blob64 eddy_sqlite.p_sqlite3_bind_blob64
#define sqlite3_bind_double eddy_sqlite.p_sqlite3_bind_double
#define sqlite3_bind_int64 eddy_sqlite.p_sqlite3_bind_int64
#define sqlite3_bind_null eddy_sqlite.p_sqlite3_bind_null
#define sqlite3_bind_parameter_count eddy_sqlite.p_sqlite3_bind_parameter_count
#define sqlite3_bind_parameter_name eddy_sqlite.p_sqlite3_bind_parameter_name
#define sqlite3_bind_text64 eddy_sqlite.p_sqlite3_bind_text64
#define sqlite3_busy_timeout eddy_sqlite.p_sqlite3_busy_timeout
#define sqlite3_changes64 eddy_sqlite.p_sqlite3_changes64
#define sqlite3_clear_bindings eddy_sqlite.p_sqlite3_clear_bindings
#define sqlite3_close_v2 eddy_sqlite.p_sqlite3_close_v2
#define sqlite3_column_count eddy_sqlite.p_sqlite3_column_count
#define sqlite3_column_database_name eddy_sqlite.p_sqlite3_column_database_name
#define sqlite3_column_decltype eddy_sqlite.p_sqlite3_column_decltype
#define sqlite3_column_name eddy_sqlite.p_sqlite3_column_name
#define sqlite3_column_origin_name eddy_sqlite.p_sqlite3_column_origin_name
#define sqlite3_column_table_name eddy_sqlite.p_sqlite3_column_table_name
#define sqlite3_column_value eddy_sqlite.p_sqlite3_column_value
#define sqlite3_create_function_v2 eddy_sqlite.p_sqlite3_create_function_v2
#define sqlite3_create_window_function eddy_sqlite.p_sqlite3_create_window_function
#define sqlite3_db_config eddy_sqlite.p_sqlite3_db_config
#define sqlite3_db_filename eddy_sqlite.p_sqlite3_db_filename
#define sqlite3_errcode eddy_sqlite.p_sqlite3_errcode
#define sqlite3_errmsg eddy_sqlite.p_sqlite3_errmsg
#define sqlite3_errstr eddy_sqlite.p_sqlite3_errstr
#define sqlite3_exec eddy_sqlite.p_sqlite3_exec
#define sqlite3_expanded_sql eddy_sqlite.p_sqlite3_expanded_sql
#define sqlite3_extended_errcode eddy_sqlite.p_sqlite3_extended_errcode
#define sqlite3_extended_result_codes eddy_sqlite.p_sqlite3_extended_result_codes
#define sqlite3_finalize eddy_sqlite.p_sqlite3_finalize
#define sqlite3_free eddy_sqlite.p_sqlite3_free
#define sqlite3_get_autocommit eddy_sqlite.p_sqlite3_get_autocommit
#define sqlite3_last_insert_rowid eddy_sqlite.p_sqlite3_last_insert_rowid
#define sqlite3_open_v2 eddy_sqlite.p_sqlite3_open_v2
#define sqlite3_prepare_v2 eddy_sqlite.p_sqlite3_prepare_v2
#define sqlite3_reset eddy_sqlite.p_sqlite3_reset
#define sqlite3_result_blob64 eddy_sqlite.p_sqlite3_result_blob64
#define sqlite3_result_double eddy_sqlite.p_sqlite3_result_double
#define sqlite3_result_error eddy_sqlite.p_sqlite3_result_error
#define sqlite3_result_error_nomem eddy_sqlite.p_sqlite3_result_error_nomem
#define sqlite3_result_int64 eddy_sqlite.p_sqlite3_result_int64
#define sqlite3_result_null eddy_sqlite.p_sqlite3_result_null
#define sqlite3_result_text64 eddy_sqlite.p_sqlite3_result_text64
#define sqlite3_set_authorizer eddy_sqlite.p_sqlite3_set_authorizer
#define sqlite3_sql eddy_sqlite.p_sqlite3_sql
#define sqlite3_step eddy_sqlite.p_sqlite3_step
#define sqlite3_stmt_status eddy_sqlite.p_sqlite3_stmt_status
#define sqlite3_user_data eddy_sqlite.p_sqlite3_user_data
#define sqlite3_value_blob eddy_sqlite.p_sqlite3_value_blob
#define sqlite3_value_bytes eddy_sqlite.p_sqlite3_value_bytes
#define sqlite3_value_double eddy_sqlite.p_sqlite3_value_double
#define sqlite3_value_int64 eddy_sqlite.p_sqlite3_value_int64
#define sqlite3_value_text eddy_sqlite.p_sqlite3_value_text
#define sqlite3_value_type eddy_sqlite.p_sqlite3_value_type
#define sqlite3changeset_apply eddy_sqlite.p_sqlite3changeset_apply
#define sqlite3session_attach eddy_sqlite.p_sqlite3session_attach
#define sqlite3session_changeset eddy_sqlite.p_sqlite3session_changeset
#define sqlite3session_create eddy_sqlite.p_sqlite3session_create
#define sqlite3session_delete eddy_sqlite.p_sqlite3session_delete
#define sqlite3session_patchset eddy_sqlite.p_sqlite3session_patchset
#endif

#endif
