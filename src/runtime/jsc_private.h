/* JavaScriptCore symbols that the library exports but its public headers do not
 * declare. Each is declared here once, with the reason eddy needs it. */
#ifndef EDDY_RUNTIME_JSC_PRIVATE_H
#define EDDY_RUNTIME_JSC_PRIVATE_H

#include <JavaScriptCore/JavaScript.h>
#include <stdint.h>

/* Moves JSC's thread-suspension signal off SIGUSR1, so programs can handle SIGUSR1 and
 * `kill -USR1` does not crash the process. Must run before the first VM exists. */
void JSConfigureSignalForGC(int signal);

/* Calls function(promise, reason) for each promise rejected with no handler once the
 * microtask queue is exhausted: the hook for Node's 'unhandledRejection'. */
void JSGlobalContextSetUnhandledRejectionCallback(JSGlobalContextRef ctx, JSObjectRef function,
                                                  JSValueRef* exception);

/* Turns eval() and new Function() off in one global context (they then throw an
 * EvalError with `message`): vm's codeGeneration: { strings: false }. */
void JSGlobalContextSetEvalEnabled(JSGlobalContextRef ctx, bool enabled, JSStringRef message);

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
void JSContextGroupSetExecutionTimeLimit(JSContextGroupRef group, double limit,
                                         JSShouldTerminateCallback callback, void* context);
void JSContextGroupClearExecutionTimeLimit(JSContextGroupRef group);

/* WTF::RunLoop::initializeMain(): records the calling thread's RunLoop as the main one.
 * JSC's timer-driven full collection asks WTF::MemoryPressureHandler, whose singleton
 * binds a timer to RunLoop::main(); WebKit initializes that at start-up, and a bare JSC
 * embedder that does not gets a NULL dereference the first time the timer fires
 * (measured: a server idle after its heap grew, segfault in FullGCActivityCallback). */
void eddy_wtf_run_loop_initialize_main(void) __asm__("_ZN3WTF7RunLoop14initializeMainEv");

/* JSC::VM::drainMicrotasks(): runs the microtask queue now. `vm` is the context
 * group (the C API's JSContextGroupRef is the VM). A worker drains its
 * microtasks with it from inside the JS call that queued them, rather than
 * leaving them to JSC's drain when the call returns: JSC's watchdog restarts its
 * time limit at every entry into the VM, and that drain enters once per
 * microtask, so a worker looping in microtasks (`function f() {
 * Promise.resolve().then(f) }`) could never be terminated. Inside one call the
 * limit runs across the whole drain. The jsc shell's drainMicrotasks() does the
 * same from a host function. */
void eddy_jsc_vm_drain_microtasks(void* vm) __asm__("_ZN3JSC2VM15drainMicrotasksEv");

/* JSC::VM::ensureTerminationException(): the VM's termination exception (an
 * Exception cell, which as a JSValueRef is that cell). Thrown from a native
 * function it unwinds every JS frame, catch blocks and finally included, as the
 * watchdog's termination does: a worker's process.exit() throws it so nothing
 * after the call runs, as in node. Made on first use: call it holding the lock. */
void* eddy_jsc_vm_termination_exception(void* vm) __asm__(
    "_ZN3JSC2VM26ensureTerminationExceptionEv");

/* JSC::JSObject::setPrototypeDirect(VM&, JSValue): stores an object's prototype
 * (a structure transition, with the watchpoints that go with it) without
 * setPrototype's checks. A global object's prototype is immutable in JSC (as a
 * browser window's is) but settable in V8: vm contexts made with DONT_CONTEXTIFY
 * get theirs set through this (jsdom does so for its window). `object` is the
 * JSGlobalObject itself (the context ref), `value` an encoded JSValue. */
void eddy_jsc_object_set_prototype_direct(void* object, void* vm, uint64_t value) __asm__(
    "_ZN3JSC8JSObject18setPrototypeDirectERNS_2VMENS_7JSValueE");

#endif
