/* A Uint8Array's bytes without the public API.
 *
 * JSObjectGetTypedArrayBytesPtr, ...ByteLength and ...ByteOffset each take the
 * engine's lock (about 100 instructions apiece, measured with callgrind), and
 * every Buffer call into C needs all three. Worse, JSObjectGetTypedArrayBytesPtr
 * gives the view an ArrayBuffer when it has none yet (a new Buffer never has one),
 * and the engine's collector counts the memory of every ArrayBuffer made since the
 * last full collection as live until the next full one: a server passing fresh
 * 64 KB Buffers to C ran a full collection for every young one (JSC_logGC=1).
 *
 * A JSArrayBufferView keeps its data pointer (offset already added), length and
 * offset in plain fields, and a mode byte saying where its bytes live: inside the
 * engine's heap ("fast", small views), in memory of its own ("oversize"), or in an
 * ArrayBuffer ("wasteful"). They are read here directly. The field offsets, the
 * cell type of Uint8Array and the three mode values are found on first use with
 * views made by JS code (checked against bytes written through JS, then against the
 * public API); views in any other mode (resizable or growable buffers, whose length
 * lives elsewhere) and objects that are not Uint8Arrays take the public API, as does
 * everything when the check fails. EDDY_PUBLIC_VIEWS=1 forces the public API. */
#ifndef EDDY_UTIL_JS_VIEW_H
#define EDDY_UTIL_JS_VIEW_H

#include <JavaScriptCore/JavaScript.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The bytes of the typed array v (byteOffset applied) and their count; NULL with
 * *len 0 for a detached or empty one. v must be a typed array. The pointer is good
 * until JS runs again: a small view's bytes move when JS first reads its .buffer. */
uint8_t* eddy_js_view_bytes(JSContextRef ctx, JSValueRef v, size_t* len);

/* The same, for bytes used after JS has run again (a queued write): good for as
 * long as v is alive and its buffer is not transferred. A small view that has no
 * ArrayBuffer is given one first, so that its bytes stay where they are. */
uint8_t* eddy_js_view_bytes_held(JSContextRef ctx, JSValueRef v, size_t* len);

/* Whether v (any value) is a Uint8Array (a Buffer, a subclass), told by its cell
 * without the public API (whose JSValueGetTypedArrayType takes the engine's lock:
 * ~2% of a WebSocket server's CPU, one call per socket write). False for every
 * value when the direct path is off. */
bool eddy_js_view_is_u8(JSContextRef ctx, JSValueRef v);

/* Whether v (any value) is a Uint8Array whose bytes are read directly (the three
 * fixed-length modes); if so *bytes and *len are set as eddy_js_view_bytes sets
 * them (good until JS runs again). False for anything else, and for every value
 * when the direct path is off: the caller then takes a path of its own (a JS loop). */
bool eddy_js_view_plain_u8(JSContextRef ctx, JSValueRef v, uint8_t** bytes, size_t* len);

/* Whether v (any value) is a small Uint8Array whose bytes live in the engine's heap
 * (the "fast" mode: they move when JS first reads its .buffer); if so *bytes and *len
 * are set (good until JS runs again). A caller that needs the bytes longer copies them
 * rather than have eddy_js_view_bytes_held give the view an ArrayBuffer (measured:
 * ~3,000 instructions for a 179-byte Buffer). False for anything else, and for every
 * value when the direct path is off. */
bool eddy_js_view_small_u8(JSContextRef ctx, JSValueRef v, uint8_t** bytes, size_t* len);

#endif
