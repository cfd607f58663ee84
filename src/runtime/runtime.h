/* The runtime: one libuv loop, one JS context and the state of every binding.
 * Nothing here is a process global, so a worker thread can own a second runtime.
 *
 * Lifecycle: eddy_runtime_init → eddy_runtime_run (bootstrap, main, loop, exit)
 * → eddy_runtime_dispose. */
#ifndef EDDY_RUNTIME_RUNTIME_H
#define EDDY_RUNTIME_RUNTIME_H

#include <JavaScriptCore/JavaScript.h>
#include <stdbool.h>
#include <stdint.h>
#include <uv.h>

#include "../util/js_lock.h"
#include "bindings.h"

/* The command line after eddy's own parsing (src/main.c). Strings are borrowed. */
typedef struct eddy_options {
  int argc; /* process.argv, already in node's shape: [execPath, script?, ...args] */
  char** argv;
  int exec_argc; /* process.execArgv */
  char** exec_argv;
  const char* eval_source; /* -e / -p, or NULL */
  bool print_eval;         /* -p */
  bool force_stdin;        /* a lone "-" */
  int require_count;       /* -r modules, in order */
  const char** requires;
  int import_count; /* --import modules, in order */
  const char** imports;
  const char* input_type;           /* --input-type, or NULL */
  const char* unhandled_rejections; /* --unhandled-rejections mode, or NULL */
  int env_file_count;
  const char** env_files;
  bool expose_gc;
  bool disallow_code_generation; /* --disallow-code-generation-from-strings */
  bool no_warnings;
  bool no_deprecation;
  bool throw_deprecation;
  bool trace_warnings;
  bool trace_deprecation;
  bool test;        /* --test: run test files (the --test-* options are read from execArgv in JS) */
  bool check;       /* -c / --check: check the entry's syntax, run nothing */
  bool watch;       /* --watch / --watch-path: rerun the entry when its files change */
  bool interactive; /* -i / --interactive: the REPL even when stdin is not a terminal */
  const char* run_script; /* --run: a package.json script to run, or NULL */
  bool run_args;          /* `--` was given: what follows is the --run script's arguments */
  int stack_trace_limit;  /* -1 when unset */
  int max_old_space_mb;   /* 0 when unset */
  double max_old_space_percentage;    /* of the machine's memory, over max_old_space_mb; 0 unset */
  const char* title;                  /* --title, or NULL */
  const char* trace_event_categories; /* --trace-event-categories, or NULL */
  const char* trace_event_file_pattern; /* --trace-event-file-pattern, or NULL */
  bool trace_events_enabled;            /* --trace-events-enabled */
  const char* openssl_config;           /* --openssl-config file, or NULL */
  bool openssl_shared_config;           /* --openssl-shared-config: its openssl_conf section */
  long long secure_heap;                /* --secure-heap bytes, 0 when unset */
  long long secure_heap_min;            /* --secure-heap-min, 0 when unset (node's 2) */
  const char* redirect_warnings;        /* --redirect-warnings file, or NULL */
  int disable_warning_count;            /* --disable-warning codes and types */
  const char** disable_warnings;
  bool pending_deprecation; /* --pending-deprecation or NODE_PENDING_DEPRECATION=1 */
  int lib_flag_count;       /* boolean flags only lib/ reads (--preserve-symlinks, ...) */
  const char** lib_flags;
} eddy_options;

/* Slots of the byte array shared with lib/internal/process/task_queues.js: JS sets
 * them when it queues work so C knows, without a call, whether to drain; C sets the
 * third while callbacks skip the queues (eddy_runtime_queues_hold). */
enum {
  EDDY_TICK_HAS_TICK = 0,
  EDDY_TICK_HAS_REJECTION = 1,
  EDDY_TICK_QUEUES_HELD = 2,
  EDDY_TICK_INFO_SIZE = 3
};

enum {
  EDDY_MILESTONE_V8_START,
  EDDY_MILESTONE_ENVIRONMENT,
  EDDY_MILESTONE_BOOTSTRAP_COMPLETE,
  EDDY_MILESTONE_LOOP_START,
  EDDY_MILESTONE_LOOP_EXIT,
  EDDY_MILESTONE_COUNT
};

typedef struct eddy_runtime {
  uv_loop_t loop;
  JSContextGroupRef group;
  JSGlobalContextRef ctx;
  const eddy_options* options;

  /* Set by lib/internal/bootstrap through builtins.setCallbacks; each protected. */
  JSObjectRef process_ticks; /* processTicksAndRejections() */
  JSObjectRef on_uncaught;   /* (error, origin) -> exit code, or 0 when handled */
  JSObjectRef on_rejection;  /* (type, promise, reason) */
  JSObjectRef run_callback;  /* trampoline(fn, self, ...args): fn, then its ticks */
  uint8_t* tick_info;        /* EDDY_TICK_* slots, owned by a protected Uint8Array */
  JSObjectRef tick_info_array;

  JSObjectRef process;                      /* the process object, protected */
  JSObjectRef bindings[EDDY_BINDING_COUNT]; /* internalBinding cache, protected */
  void* binding_state[EDDY_BINDING_COUNT];  /* each binding's own C state */
  void (*binding_dispose[EDDY_BINDING_COUNT])(struct eddy_runtime*);
  /* Run by eddy_runtime_exit on the main thread just before the process ends, for
   * what exit() would leave undone (SQLite databases left open keep their WAL
   * files until closed). A worker's bindings have binding_dispose instead. */
  void (*binding_at_exit[EDDY_BINDING_COUNT])(struct eddy_runtime*);

  struct _JSCContext* syntax_context;   /* side context of syntax_check.c, or NULL */
  struct eddy_glib_bridge* glib_bridge; /* glib_bridge.c: JSC's deferred work */

  /* performance.nodeTiming's milestones: uv_hrtime() when each was reached, 0 before. */
  uint64_t milestone_ns[EDDY_MILESTONE_COUNT];
  /* Loop iterations that reached the poll phase (nodeTiming.uvMetricsInfo.loopCount):
   * libuv 1.44 has no uv_metrics_info, so a prepare handle, which runs right before
   * each poll, counts them. */
  uv_prepare_t loop_counter;
  uint64_t loop_count;

  /* The VM's lock, held on the main thread from its first entry into JS in a turn of
   * the loop until the loop is about to wait (runtime.c, "holding the VM"). */
  eddy_js_lock vm_hold;
  bool vm_held;
  /* JS entries from C in progress (eddy_runtime_call's and those marked with
   * eddy_runtime_js_enter): a callback made while one runs is nested in JS, and the
   * promise jobs wait until the outermost returns, as the engine has them wait. */
  int js_depth;
  /* Entries into JS so far, counted with js_depth: the GLib bridge (glib_bridge.c)
   * looks at JSC's timers again only when JS has run since it last did. */
  uint64_t js_entries;

  bool exiting; /* process.exit() ran: stop entering JS */
  int exit_code;

  /* Set in a worker thread's runtime (src/binding/worker.c), NULL on the main
   * thread: there process.exit() and fatal errors end the thread, not the process. */
  struct eddy_worker* worker;
  int thread_id; /* worker_threads' threadId: 0 on the main thread */
} eddy_runtime;

int eddy_runtime_init(eddy_runtime* rt, const eddy_options* options);
/* Bootstraps, runs the main program and the loop to completion; returns the exit code. */
int eddy_runtime_run(eddy_runtime* rt);
void eddy_runtime_dispose(eddy_runtime* rt);

/* The runtime that owns a context (stored as the global object's private data). */
eddy_runtime* eddy_runtime_from(JSContextRef ctx);

/* Calls fn from the event loop the way Node's MakeCallback does: through the JS
 * trampoline (so nextTicks run before promise jobs), then drains nextTick and
 * microtask queues until both are empty. An exception goes to the uncaught-exception
 * path; if nothing handles it the process exits. Returns fn's result or NULL. */
JSValueRef eddy_runtime_call(eddy_runtime* rt, JSObjectRef fn, JSObjectRef self, size_t argc,
                             const JSValueRef argv[]);

/* Marks JS entered from C other than through eddy_runtime_call (the bootstrap,
 * GLib's dispatch of the engine's own callbacks, Node-API calls from the loop). */
static inline void eddy_runtime_js_enter(eddy_runtime* rt) {
  rt->js_depth++;
  rt->js_entries++;
}
static inline void eddy_runtime_js_leave(eddy_runtime* rt) { rt->js_depth--; }

/* Callbacks that leave the queues alone, as node's parser callbacks made with
 * InternalCallbackScope's kSkipTaskQueues: between hold and release, callbacks made
 * with eddy_runtime_call leave the nextTick queue and promise jobs to whoever runs
 * them next (eddy_runtime_drain_ticks once no JS is below, or the next callback made
 * outside a hold). */
void eddy_runtime_queues_hold(eddy_runtime* rt);
void eddy_runtime_queues_release(eddy_runtime* rt);

/* Reports an exception caught by C as uncaught (origin "uncaughtException"). */
void eddy_runtime_uncaught(eddy_runtime* rt, JSValueRef exception);

/* Runs the nextTick queue and promise jobs until both are empty. */
void eddy_runtime_drain_ticks(eddy_runtime* rt);

/* Ends the process now with code, after the bindings' binding_at_exit hooks and
 * flushing stdio; used by process.reallyExit. */
_Noreturn void eddy_runtime_exit(eddy_runtime* rt, int code);

/* In a worker: stops the runtime with code (the loop stops, running JS is
 * terminated, no JS runs again). Never called on the main thread. */
void eddy_runtime_stop(eddy_runtime* rt, int code);

/* Protects v and returns it as an object (CHECKed to be one). */
JSObjectRef eddy_protect_object(JSContextRef ctx, JSValueRef v);

#endif
