/* Native functions called the way the engine calls its own built-ins.
 *
 * A function made by the C API (JSObjectMakeFunctionWithCallback) is called through
 * a wrapper that copies the arguments into a vector and drops the engine's lock
 * around the callback; every C API call the callback then makes takes the lock
 * again from scratch. Measured with callgrind on fs.writeSync of a 32-byte Buffer:
 * 3,900 instructions per call, about 1,000 of them the wrapper and its lock drop
 * and most of the rest the lock taken anew by each engine call inside.
 *
 * Here a function is made as the engine makes its own host functions, with the
 * engine's lock kept: the callback receives the arguments where the caller left
 * them, and the engine calls inside only count the lock up and down. That uses
 * entry points libjavascriptcore exports but does not declare, resolved at run
 * time and checked on first use by calling a probe function; if any of it is
 * missing or behaves differently, functions are made by the public API, so a
 * different engine build is slower, never wrong. The callback sees exactly what
 * the C API would pass it (`this` converted to an object as a sloppy-mode function
 * sees it; a NULL result is undefined; *exception is thrown). */
#ifndef EDDY_UTIL_JS_NATIVE_H
#define EDDY_UTIL_JS_NATIVE_H

#include <JavaScriptCore/JavaScript.h>

/* A function object named `name` that calls fn. */
JSObjectRef eddy_js_native_function(JSContextRef ctx, JSStringRef name,
                                    JSObjectCallAsFunctionCallback fn);

#endif
