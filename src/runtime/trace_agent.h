/* The process's trace-event recorder: node's --trace-events-enabled,
 * --trace-event-categories, --trace-event-file-pattern and node:trace_events.
 * One per process, shared by the main thread and every worker (each appends under
 * one lock), writing Chrome's JSON trace format ({"traceEvents":[...]}) to the file
 * node's pattern names: in chunks while events pile up, the rest when the process
 * exits. Nothing is recorded, and every check is one load, until a category is on. */
#ifndef EDDY_RUNTIME_TRACE_AGENT_H
#define EDDY_RUNTIME_TRACE_AGENT_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Whether the recorder runs (some category was enabled once): the cheap test that
 * guards every other call on a hot path. */
extern atomic_bool eddy_trace_active;

/* The command line's tracing options: categories (NULL when not given), whether
 * --trace-events-enabled was given (alone it means node's defaults,
 * "v8,node,node.async_hooks"), the file pattern (NULL: node_trace.${rotation}.log).
 * Starts recording when a category results. Main thread, before any runtime. */
void eddy_trace_configure(const char* categories, bool enabled_flag, const char* pattern);

/* Replaces the categories node:trace_events enabled at run time (comma-separated,
 * "" for none); the command line's stay. Starts recording on the first one. */
void eddy_trace_set_dynamic(const char* categories);

/* The enabled categories, comma-separated, malloc'd ("" when none). */
char* eddy_trace_categories(void);

/* Whether an event of a category group ("node,node.fs,node.fs.sync") is recorded:
 * any category of the group is enabled. */
bool eddy_trace_group_enabled(const char* group);

/* The clock of every event: microseconds on libuv's monotonic clock. */
uint64_t eddy_trace_now(void);

/* One event. ph is Chrome's phase ('B'/'E' begin/end on a thread, 'X' complete with
 * dur, 'b'/'e'/'n' async with id, 'C' counter, 'I' instant, 'M' metadata); args is
 * the JSON of the args object, or NULL for {}. Recorded for the calling thread. */
typedef struct eddy_trace_event {
  char ph;
  const char* group;
  const char* name;
  uint64_t ts_us;
  uint64_t dur_us;
  bool has_id;
  uint64_t id;
  const char* args;
} eddy_trace_event;

void eddy_trace_add(const eddy_trace_event* e);

/* The start of a span for eddy_trace_complete: now, or 0 (no span) while nothing
 * is recorded, so that an untraced hot path does not read the clock. */
static inline uint64_t eddy_trace_start(void) {
  return atomic_load_explicit(&eddy_trace_active, memory_order_relaxed) ? eddy_trace_now() : 0;
}

/* A 'X' event of group from start_us (eddy_trace_start's) to now, when the group
 * is enabled. */
void eddy_trace_complete(const char* group, const char* name, uint64_t start_us);

/* An async span's start ('b') or end ('e') now, id its object's address, args
 * JSON or NULL, when the group is enabled. */
void eddy_trace_async(char ph, const char* group, const char* name, const void* id,
                      const char* args);

/* The len bytes at s as a JSON string, quotes included: malloc'd. */
char* eddy_trace_json_quote(const char* s, size_t len);

/* node.threadpoolwork, as node traces the jobs it hands to libuv's pool: a job of a
 * kind ("zlib", "crypto") is an async span of node.threadpoolwork.async from its
 * queueing ('b') to its completion on the loop ('e'), the job's address its id;
 * its run on a pool thread, from start_us (eddy_trace_start()'s) to now, a span of
 * node.threadpoolwork.sync. */
void eddy_trace_work(char ph, const char* kind, const void* job);
void eddy_trace_work_run(const char* kind, uint64_t start_us);

/* Names the calling thread in the trace (node's thread_name metadata). */
void eddy_trace_name_thread(const char* name);

#endif
