/* The one stream layer under TCP, pipes and TTYs (and later TLS): a handle wrapper
 * with an explicit lifecycle, and the uv_stream_t operations every stream kind shares.
 * tcp_wrap.c, pipe_wrap.c and tty_wrap.c each define a JS class whose parent is the
 * stream class made here, and plug in only what is specific to them.
 *
 * Lifecycle of a wrapper (STYLE.md §6): made with its uv handle initialised; its JS
 * object is JSValueProtect'ed while the uv handle is open, so libuv callbacks can
 * always reach it; close() → uv_close → close callback (unprotects); the memory is
 * freed once both the close callback and the JS finalizer have run. The finalizer
 * only marks; it never touches libuv or JS.
 *
 * JS API of every stream handle (what lib/ builds on; see lib/internal/stream_base_commons.js):
 *   readStart() / readStop()              -> 0 or negative errno
 *   onread(nread, source)                 called with this = handle, once per read event:
 *                                         the bytes are the first nread of source, the
 *                                         runtime's read buffer (copied out, see below)
 *                                         or an ArrayBuffer of their own; nread < 0 is
 *                                         UV_EOF or an error (no source)
 *                                         (this = owner when set by the binding's
 *                                         setOnread(handle, fn, owner): one shared
 *                                         function serves every stream, no closure each)
 *   writeBuffer(req, view)                -> <0 errno, 0 written now, 1 queued:
 *   writeUtf8String(req, string)             then req.oncomplete(status) runs later
 *   writeLatin1String(req, string)
 *   writev(req, chunks)                   chunks: array of views and (UTF-8) strings, one uv_write
 *   shutdown(req)                         -> errno; req.oncomplete(status) when the FIN is sent
 *   close(callback?)                      callback() after libuv's close callback
 *   ref() / unref() / hasRef()
 *   setBlocking(bool)                     -> errno
 *   writeQueueSize, bytesRead, bytesWritten, fd   (read-only properties)
 *
 * JSC objects made from a C class pay a slow path on every property access and on
 * every static-function call, so the per-event work avoids both: the event callback
 * lives in the struct (set through the onread/onconnection/onmessage accessors),
 * and internalBinding('stream_wrap') also exports the hot operations as plain
 * functions taking the handle first: readStart(h), readStop(h), writeBuffer(h, req,
 * view), writeUtf8String(h, req, s), writeLatin1String(h, req, s), writev(h, req, chunks).
 */
#ifndef EDDY_BINDING_STREAM_WRAP_H
#define EDDY_BINDING_STREAM_WRAP_H

#include <JavaScriptCore/JavaScript.h>
#include <stdbool.h>
#include <stdint.h>
#include <uv.h>

#include "../runtime/runtime.h"

enum {
  EDDY_HANDLE_CLOSING = 1,   /* uv_close was called */
  EDDY_HANDLE_CLOSED = 2,    /* the close callback ran */
  EDDY_HANDLE_FINALIZED = 4, /* the JS finalizer ran */
};

typedef struct eddy_handle {
  eddy_runtime* rt;
  JSObjectRef object;   /* protected from init until the close callback */
  JSObjectRef close_cb; /* protected while closing, or NULL */
  JSObjectRef callback; /* onread / onconnection / onmessage: protected while set */
  /* `this` of the callback when lib gave one with it (setOnread), else NULL for the
   * handle's object. Not protected: lib keeps it reachable from the handle object
   * (handle[kOwner]), and assigning the callback any other way clears it. */
  JSObjectRef owner;
  int flags;
  uint64_t bytes_read;
  uint64_t bytes_written;
  /* A filter (TLS) that takes the bytes read instead of JS: called with nread > 0
   * and a malloc'd block it now owns, or nread < 0 (EOF/error) and NULL. With
   * filter_on_alloc set, the filter gives the read buffers too, and gets every one
   * back through filter_on_read (nread 0 or < 0: not filled; bytes is the buffer). */
  void (*filter_on_read)(struct eddy_handle* h, ssize_t nread, char* bytes);
  void (*filter_on_alloc)(struct eddy_handle* h, size_t suggested, uv_buf_t* buf);
  void* filter;
  /* Last: a wrapper is allocated with room for its own kind only (a TCP handle does
   * not pay for the larger uv_tty_t), so only the member of its kind may be used. */
  union {
    uv_handle_t handle;
    uv_stream_t stream;
    uv_tcp_t tcp;
    uv_pipe_t pipe;
    uv_tty_t tty;
    uv_udp_t udp;
  } u;
} eddy_handle;

/* The runtime's read buffer. Reads land here and lib copies each read's bytes out
 * (onread(nread, view): the view's first nread bytes are the read's until the callback
 * returns): a read handed to JS as an ArrayBuffer of its own makes the engine's
 * collector count its bytes as live until the next full collection, so a program
 * reading fast ran a full collection every other time (see src/util/js_view.h).
 * Reads are delivered one at a time, so one buffer serves every stream of a runtime.
 * take() gives its bytes (EDDY_READ_SCRATCH_SIZE of them) and holds it, or NULL when
 * another read holds it (or the runtime is exiting); release() after the callback. */
enum { EDDY_READ_SCRATCH_SIZE = 65536 };
uint8_t* eddy_read_scratch_take(eddy_runtime* rt);
bool eddy_read_scratch_is(eddy_runtime* rt, const void* bytes);
JSObjectRef eddy_read_scratch_view(eddy_runtime* rt);
void eddy_read_scratch_release(eddy_runtime* rt);
/* Gives back a read buffer: the runtime's is released, any other (malloc'd) freed. */
void eddy_read_scratch_put(eddy_runtime* rt, void* bytes);

/* The class every stream handle class names as its parent. */
JSClassRef eddy_stream_class(void);

/* A JS class for a handle kind: parent is the stream class (or the plain handle class
 * for non-streams when parent is NULL), finalizer and callback accessors shared. */
JSClassRef eddy_handle_make_class(const char* name, JSClassRef parent,
                                  const JSStaticFunction* functions);

/* The class of bare handles (close/ref/unref/hasRef only), parent of UDP. */
JSClassRef eddy_handle_base_class(void);

/* Allocates a wrapper whose uv handle is uv_size bytes (sizeof its uv_*_t) and its JS
 * object of class cls; the caller then initialises the uv handle and calls
 * eddy_handle_opened. */
eddy_handle* eddy_handle_new(eddy_runtime* rt, JSContextRef ctx, JSClassRef cls, size_t uv_size);
/* Marks the uv handle as initialised: protects the JS object until close. */
void eddy_handle_opened(eddy_handle* h);
/* True while the uv handle is open and not closing: the only state in which a
 * binding may pass it to libuv. */
bool eddy_handle_usable(eddy_handle* h);

/* The wrapper behind a handle object (CHECKed). */
eddy_handle* eddy_handle_of(JSContextRef ctx, JSObjectRef object);

/* The handle a method's receiver wraps, or NULL with a TypeError ("Illegal
 * invocation") in *exception when it wraps none: a handle's methods can be called on
 * any object (socket._handle.readStart.call({})), where eddy_handle_of's check would
 * end the process. */
eddy_handle* eddy_handle_of_self(JSContextRef ctx, JSObjectRef self, JSValueRef* exception);

/* Calls the handle's event callback (whichever of onread, onconnection and
 * onmessage lib/ set; a handle has one) with this = its owner, else the handle. The
 * function is kept in the struct, so an event costs no property lookup. */
void eddy_handle_callback(eddy_handle* h, size_t argc, const JSValueRef argv[]);

/* Calls req.oncomplete(args...) and unprotects req. */
void eddy_req_complete(eddy_runtime* rt, JSObjectRef req, size_t argc, const JSValueRef argv[]);

/* Interned property name. */
JSStringRef eddy_str_oncomplete(void);

/* Starts/stops reading on a stream handle (the same as its readStart/readStop);
 * 0 or a negative errno. Filters use these to read under their JS handle. */
int eddy_stream_read_start(eddy_handle* h);
int eddy_stream_read_stop(eddy_handle* h);

/* A stream whose bytes are made in C rather than read from a uv handle of its own (a
 * TLS connection's cleartext), which a C reader may take in place of JS, as the HTTP
 * parser consumes a TCP handle. The private data of an object whose class has
 * eddy_byte_source_class() as parent starts with this struct.
 *
 * The source asks the reader for a buffer (on_alloc), fills it and hands it back
 * (on_read; nread 0 for a buffer it did not fill), as libuv calls a uv stream's
 * reader, and never from inside a call from JS. EOF and errors still go to the
 * source's JS owner. A source that goes away (destroyed) calls on_read with nread < 0
 * and no buffer: the reader lets go of it. read_start/read_stop are the source's own
 * reading, shared with JS's readStart/readStop as a consumed TCP handle's is. */
typedef struct eddy_byte_source eddy_byte_source;
struct eddy_byte_source {
  int (*read_start)(eddy_byte_source* s); /* set by the source: 0 or a negative errno */
  int (*read_stop)(eddy_byte_source* s);
  /* Set by the reader while it consumes, else NULL. */
  void (*on_alloc)(eddy_byte_source* s, size_t suggested, uv_buf_t* buf);
  void (*on_read)(eddy_byte_source* s, ssize_t nread, const uv_buf_t* buf);
  eddy_runtime* rt;
  /* Whether a reader may take it: its reads come from the loop, not from inside JS
   * (a TLS connection over a JS transport is fed by JS calls). */
  bool consumable;
};

JSClassRef eddy_byte_source_class(void);
/* The byte source behind an object, or NULL when it is not one. */
eddy_byte_source* eddy_byte_source_of(JSContextRef ctx, JSValueRef v);

/* Fills out with {address, family, port} from a sockaddr; returns 0 or an errno. */
int eddy_sockaddr_to_js(JSContextRef ctx, const struct sockaddr* addr, JSObjectRef out);

#endif
