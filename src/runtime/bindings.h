/* The one list of native bindings. Each entry names a binding and the function in
 * src/binding/<name>.c that builds its object; internalBinding(name) calls it once,
 * on first use, and caches the result on the runtime. */
#ifndef EDDY_RUNTIME_BINDINGS_H
#define EDDY_RUNTIME_BINDINGS_H

#include <JavaScriptCore/JavaScript.h>

#define EDDY_BINDINGS(X) \
  X(atomics)             \
  X(buffer)              \
  X(builtins)            \
  X(cares_wrap)          \
  X(constants)           \
  X(contextify)          \
  X(credentials)         \
  X(crypto)              \
  X(esm)                 \
  X(fs)                  \
  X(http2)               \
  X(http_parser)         \
  X(locks)               \
  X(messaging)           \
  X(napi)                \
  X(os)                  \
  X(perf)                \
  X(pipe_wrap)           \
  X(process)             \
  X(process_wrap)        \
  X(spawn_sync)          \
  X(sqlite)              \
  X(stream_wrap)         \
  X(tcp_wrap)            \
  X(timers)              \
  X(tls_wrap)            \
  X(trace_events)        \
  X(tty_wrap)            \
  X(udp_wrap)            \
  X(url)                 \
  X(util)                \
  X(uv)                  \
  X(worker)              \
  X(zlib)

struct eddy_runtime;

#define EDDY_BINDING_ENUM(name) EDDY_BINDING_##name,
enum { EDDY_BINDINGS(EDDY_BINDING_ENUM) EDDY_BINDING_COUNT };
#undef EDDY_BINDING_ENUM

#define EDDY_BINDING_DECLARE(name) \
  JSObjectRef eddy_binding_##name##_init(struct eddy_runtime* rt, JSContextRef ctx);
EDDY_BINDINGS(EDDY_BINDING_DECLARE)
#undef EDDY_BINDING_DECLARE

#endif
