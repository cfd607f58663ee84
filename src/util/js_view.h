/* A Uint8Array's bytes without the public API's lock.
 *
 * JSObjectGetTypedArrayBytesPtr, ...ByteLength and ...ByteOffset each take the
 * engine's lock (about 100 instructions apiece, measured with callgrind), and
 * every Buffer call into C needs all three: a third of the native cost of a 1 KB
 * toString. A JSArrayBufferView keeps its data pointer (offset already added),
 * length and offset in plain fields, so they are read here directly.
 *
 * The field offsets, the cell type of Uint8Array and the word that marks a
 * fixed-length view are checked on first use against views made by the public API
 * (small, large, over a buffer with an offset, a subclass, a detached one); views
 * whose marker word differs (resizable or growable buffers, whose length lives
 * elsewhere) and any object that is not a Uint8Array take the public API, as does
 * everything when the check fails. EDDY_PUBLIC_VIEWS=1 forces the public API. */
#ifndef EDDY_UTIL_JS_VIEW_H
#define EDDY_UTIL_JS_VIEW_H

#include <JavaScriptCore/JavaScript.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The bytes of the typed array v (byteOffset applied) and their count; NULL with
 * *len 0 for a detached or empty one. v must be a typed array. */
uint8_t* eddy_js_view_bytes(JSContextRef ctx, JSValueRef v, size_t* len);

/* Whether v (any value) is a fixed-length Uint8Array read by the fast path; if so
 * *bytes and *len are set as eddy_js_view_bytes sets them. This also takes views
 * whose bytes the engine still keeps itself (`new Uint8Array(n)`, never asked for
 * its buffer), without making them an ArrayBuffer as the public API would: their
 * bytes may move once JS runs again, so use them before calling into the engine.
 * False for everything else, and for every value when the fast path is off: the
 * caller then takes a path of its own (a JS loop). */
bool eddy_js_view_plain_u8(JSContextRef ctx, JSValueRef v, uint8_t** bytes, size_t* len);

#endif
