/* Process-wide JavaScriptCore configuration: must run once, before the first context. */
#ifndef EDDY_RUNTIME_ENGINE_H
#define EDDY_RUNTIME_ENGINE_H

#include "runtime.h"

void eddy_engine_configure(const eddy_options* options);

/* OpenSSL's secure heap as --secure-heap set it up: its size (0: none) and the
 * smallest block it hands out. */
void eddy_engine_secure_heap(size_t* total, size_t* min);

/* The heap limit node's V8 would have, old generation only (v8.getHeapStatistics). */
uint64_t eddy_engine_old_space_bytes(const eddy_options* options);

/* Makes the calling thread, whose runtime exists, the engine's main thread: once, from
 * the main thread, after its runtime's GLib context is in place. */
void eddy_engine_adopt_main_thread(void);

/* process.env.TZ changed (tz NULL: deleted): Date and Intl follow it from now on, as
 * node's do. A no-op when the engine lacks the hook. */
void eddy_engine_timezone_changed(JSContextRef ctx, const char* tz);

#endif
