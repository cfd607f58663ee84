/* JavaScriptCore symbols that the library exports but its public headers do not
 * declare. Each is declared here once, with the reason eddy needs it. */
#ifndef EDDY_RUNTIME_JSC_PRIVATE_H
#define EDDY_RUNTIME_JSC_PRIVATE_H

#include <JavaScriptCore/JavaScript.h>

/* Moves JSC's thread-suspension signal off SIGUSR1, so programs can handle SIGUSR1 and
 * `kill -USR1` does not crash the process. Must run before the first VM exists. */
void JSConfigureSignalForGC(int signal);

/* Calls function(promise, reason) for each promise rejected with no handler once the
 * microtask queue is exhausted: the hook for Node's 'unhandledRejection'. */
void JSGlobalContextSetUnhandledRejectionCallback(JSGlobalContextRef ctx, JSObjectRef function,
                                                  JSValueRef* exception);

/* Heap size and object counts for process.memoryUsage(). */
JSObjectRef JSGetMemoryUsageStatistics(JSContextRef ctx);

/* Collects garbage synchronously, for --expose-gc's gc(). */
void JSSynchronousGarbageCollectForDebugging(JSContextRef ctx);

/* The target of a Proxy (NULL for other objects): util.types.isProxy and
 * util.inspect's showProxy cannot be answered from JS. */
JSObjectRef JSObjectGetProxyTarget(JSObjectRef object);

/* Drops JSC's periodic GC timer (it would keep a libuv-driven process awake). */
void JSDisableGCTimer(void);

/* Runs callback on the JS thread once JS has run for `limit` seconds; returning true
 * terminates the running script (uncatchable), false lets it go on — and JSC does
 * not re-arm by itself, so the callback re-arms. Used to stop workers (terminate(),
 * process.exit() in a worker). */
typedef bool (*JSShouldTerminateCallback)(JSContextRef ctx, void* context);
void JSContextGroupSetExecutionTimeLimit(JSContextGroupRef group, double limit, JSShouldTerminateCallback callback,
                                         void* context);
void JSContextGroupClearExecutionTimeLimit(JSContextGroupRef group);

/* WTF::RunLoop::initializeMain() (a static C++ member without arguments, so callable
 * under its mangled name). JSC's full-collection timer asks for
 * WTF::MemoryPressureHandler::singleton(), whose constructor takes the main RunLoop;
 * without this call that RunLoop does not exist and the timer crashes the process
 * (measured: a segfault in the singleton's constructor whenever the full-GC timer
 * fired, e.g. streaming a large file). Called once, on the main thread, after the
 * thread's RunLoop has adopted the GLib context eddy drives. */
void _ZN3WTF7RunLoop14initializeMainEv(void);
#define eddy_jsc_runloop_initialize_main _ZN3WTF7RunLoop14initializeMainEv

#endif
