/* Shared pieces of internalBinding('fs'), which is split by concern over fs.c
 * (module-loader helpers and init), fs_req.c (one request type for every call, sync
 * or async), fs_ops.c (one function per syscall), fs_file.c (whole-file reads),
 * fs_listing.c (directory listings) and fs_watch.c (fs.watch / fs.watchFile handles). */
#ifndef EDDY_BINDING_FS_H
#define EDDY_BINDING_FS_H

#include <uv.h>

#include "../runtime/runtime.h"
#include "../util/js.h"

/* Per-runtime state of the binding. */
typedef struct eddy_fs_state {
  double* stat_values; /* 18 slots, inside the protected statValues Float64Array */
  JSObjectRef stat_array;
  uint8_t* read_scratch; /* EDDY_FS_READ_SCRATCH bytes, inside readScratch */
  JSObjectRef read_scratch_array;
  /* The function every finished request is called back through, with the request
   * as `this` (lib/internal/fs/run.js registers FSReqCallback's oncomplete): one
   * protected function instead of a property lookup per completion. */
  JSObjectRef complete;
} eddy_fs_state;

/* The size of readScratch, where synchronous readFile puts a file that fits. */
#define EDDY_FS_READ_SCRATCH (64 * 1024)

/* Turns a finished uv_fs_t into the JS result of the call (errors never reach it). */
typedef JSValueRef (*eddy_fs_result_fn)(JSContextRef ctx, uv_fs_t* req);

/* One file-system call. When the JS caller passes a request object (last argument)
 * the call runs on libuv's thread pool and the request's oncomplete(result) is called
 * on the loop, with a negative errno on failure; without one it runs synchronously on
 * the caller's stack and the native function returns that same result.
 *
 * The caller keeps the request, and every buffer or handle it passed, reachable
 * until oncomplete has run: lib/internal/fs/run.js holds each request in flight in
 * its activeRequests set, and the request holds its arguments. So nothing here is
 * protected (JSValueProtect and JSValueUnprotect, each taking the engine's lock
 * from the loop, were a seventh of a small fs.read's main-thread cost). */
typedef struct eddy_fs_req {
  uv_fs_t uv; /* first, so the libuv callback can cast back */
  eddy_runtime* rt;
  JSObjectRef js; /* the JS request; NULL when sync */
  void* owned;    /* memory the syscall uses that only C holds, freed when done */
  eddy_fs_result_fn result;
  void* data;           /* per-call extra (e.g. the Dir a readdir fills) */
  bool raw_names;       /* readdir: names as Latin-1, byte for byte */
  uint64_t trace_start; /* eddy_trace_start() at the call: 0 while nothing is traced */
} eddy_fs_req;

/* Prepares a request: heap-allocated when jsreq is an object, else `stack` is used. */
eddy_fs_req* eddy_fs_req_begin(JSContextRef ctx, JSValueRef jsreq, eddy_fs_req* stack,
                               eddy_fs_result_fn result);
/* The libuv callback to pass for req: NULL for a synchronous call. */
uv_fs_cb eddy_fs_req_cb(eddy_fs_req* req);
/* Finishes the native call given the uv_fs_* return value: the result (sync), a
 * negative errno (submission failed), or undefined (async, now in flight). */
JSValueRef eddy_fs_req_end(JSContextRef ctx, eddy_fs_req* req, int err);

/* Calls the request's oncomplete(result) from the loop (see eddy_fs_state.complete). */
void eddy_fs_req_complete(eddy_runtime* rt, JSObjectRef js, JSValueRef result);

/* The path argument at i as a malloc'd UTF-8 string (lib/ has validated it). */
char* eddy_fs_path(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i,
                   JSValueRef* exception);

/* node.fs.sync in the trace (fs_trace.c): a synchronous syscall of the type from
 * start_us (eddy_trace_start()'s; 0 traces nothing) to now. */
void eddy_fs_trace_sync(uv_fs_type type, uint64_t start_us);
/* node.fs.async in the trace: the start ('b') or end ('e') at ts_us of the
 * request id's asynchronous syscall of the type. */
void eddy_fs_trace_async(char ph, uv_fs_type type, const void* id, uint64_t ts_us);

/* A directory listing being gathered (fs_listing.c): the names, NUL-terminated, in
 * one arena, and an entry per name. */
typedef struct eddy_fs_listing_entry {
  uint64_t key; /* the first 8 bytes, big-endian, zero-padded: sorts most pairs */
  uint32_t off; /* of the name in the arena */
  uint32_t len;
  uint8_t type; /* UV_DIRENT_* */
} eddy_fs_listing_entry;

typedef struct eddy_fs_listing {
  char* arena;
  size_t arena_len, arena_cap;
  eddy_fs_listing_entry* ents;
  size_t n, cap;
} eddy_fs_listing;

void eddy__fs_listing_init(eddy_fs_listing* l);
void eddy__fs_listing_add(eddy_fs_listing* l, const char* name, size_t len, uint8_t type);
void eddy__fs_listing_free(eddy_fs_listing* l);
/* The listing as JS, in its order: the names joined by '/' (as Latin-1 characters
 * when raw), or [names, types] with types. Frees the listing. */
JSValueRef eddy__fs_listing_value(JSContextRef ctx, eddy_fs_listing* l, bool types, bool raw);

/* The path argument at i as UTF-8 in `stack` (cap bytes) when it fits, else as
 * eddy_fs_path gives it: free it unless it is `stack`. A synchronous call's path
 * needs no allocation of its own. */
char* eddy_fs_path_in(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i, char* stack,
                      size_t cap, JSValueRef* exception);

/* Registers each part's functions on the binding object. */
void eddy__fs_ops_register(eddy_runtime* rt, JSContextRef ctx, JSObjectRef binding);
void eddy__fs_file_register(eddy_runtime* rt, JSContextRef ctx, JSObjectRef binding);
void eddy__fs_listing_register(eddy_runtime* rt, JSContextRef ctx, JSObjectRef binding);
void eddy__fs_watch_register(eddy_runtime* rt, JSContextRef ctx, JSObjectRef binding);

#endif
