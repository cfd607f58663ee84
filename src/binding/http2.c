/* internalBinding('http2'): HTTP/2 framing by nghttp2 (the installed libnghttp2), and
 * the NGHTTP2_* constants taken from nghttp2's own header.
 *
 * One session object wraps one nghttp2_session. lib/internal/http2/core.js feeds it the
 * bytes read from its socket (whatever stream that is: TCP, TLS, a Duplex) and writes
 * what it hands back; the frames parsed become a flat list of events that JS dispatches.
 *
 * JS never runs inside an nghttp2 callback: callbacks only queue events in C, and the
 * queue is turned into JS values after nghttp2 has returned. So JS may destroy a session
 * while it handles an event without nghttp2 being on the stack (no use-after-free).
 *
 * JS API (every function takes the session first; lib/ validates arguments):
 *   create(type, settings, strictWhitespace, limits)  type 0 server, 1 client; settings
 *                                 flat [id, value, ...] (sent as the first SETTINGS frame);
 *                                 limits [maxSendHeaderBlockLength, maxReservedRemoteStreams,
 *                                 maxSettings, maxHeaderListPairs, maxSessionInvalidFrames]
 *                                 (-1: nghttp2's default) -> session
 *   receive(s, view)              -> 0, or a negative nghttp2 error (the session is then
 *                                 unusable: a bad preface, a protocol error...), or 1: the
 *                                 peer sent more invalid frames than maxSessionInvalidFrames
 *   flush(s) -> [bytes, want, type, streamId, a, payload, type, ...]
 *       bytes: ArrayBuffer of the frames to write, or undefined; want: 1 want read |
 *       2 want write (0: the session is done). Then 4 slots per event:
 *       1 HEADERS     a = category << 8 | end-stream(1); payload [name, value, ...]
 *                     (latin1 strings) followed by the names sent never-indexed
 *                     after a null
 *       2 DATA        payload ArrayBuffer              3 END_STREAM (remote ended)
 *       4 CLOSE       a = error code (the stream is gone)
 *       5 RST_STREAM  a = error code received
 *       6 GOAWAY      streamId = last stream id, a = code, payload = opaque data
 *       7 SETTINGS    a = ack; payload: uint32s, the 7 getSettings() values in force
 *                     (remote, or local for an ACK), then the frame's [id, value]
 *                                                     8 PING a = ack, payload 8 bytes
 *       9 WANT_TRAILERS                               10 GOAWAY sent, a = code
 *       11 NOT_SENT   a = frame type << 16 | HTTP/2 error code (a frame could not be
 *                     sent: too large...)
 *       12 FRAME_ERROR a = frame type << 16 | (-nghttp2 error): an invalid frame received
 *                     (nghttp2 has answered it; on stream 0 the connection is failed)
 *       13 ALTSVC     payload [origin, fieldValue] (latin1)
 *       14 ORIGIN     payload [origin, ...]
 *       15 PUSH_PROMISE streamId = the promised stream, a = its parent, payload headers
 *       16 WRITTEN    a = how many of the stream's writes nghttp2 has now taken whole
 *                     (flow control let them out): their callbacks may run
 *   request(s, headers, endStream) -> stream id or negative nghttp2 error
 *   respond(s, id, headers, endStream), info(s, id, headers), trailers(s, id, headers)
 *       headers: flat [name, value, noIndex, ...]; -> 0 or negative nghttp2 error
 *   write(s, id, view)  end(s, id, wantTrailers)  rst(s, id, code)
 *   goaway(s, code, lastStreamId (-1: last processed), opaque view | undefined)
 *   push(s, parentId, headers) -> promised stream id or negative nghttp2 error
 *   altsvc(s, streamId, origin, value)  origin(s, [origins]) -> 0 or negative nghttp2 error
 *   ping(s, payload view)   settings(s, flat)   getSettings(s, remote) -> [7 values]
 *   frameCounts(s) -> [frames received, frames sent] (whole frames, as nghttp2 reports them)
 *   state(s) -> [effectiveLocalWindowSize, effectiveRecvDataLength, nextStreamId,
 *                localWindowSize, lastProcStreamId, remoteWindowSize, outboundQueueSize,
 *                deflateDynamicTableSize, inflateDynamicTableSize]
 *   streamState(s, id) -> [state, weight, sumDependencyWeight, localClose, remoteClose,
 *                          localWindowSize]
 *   consume(s, id, n)             n bytes of DATA received on stream id were taken by the
 *                                 application: the flow-control windows (stream and
 *                                 connection) reopen by n (nghttp2 does not do it itself,
 *                                 so a reader that stops holds the sender back)
 *   setLocalWindowSize(s, size)  setNextStreamId(s, id)  destroy(s)
 *   errorString(code) -> nghttp2_strerror text
 */
#include <nghttp2/nghttp2.h>
#include <stdlib.h>
#include <string.h>

#include "../runtime/runtime.h"
#include "../util/check.h"
#include "../util/js.h"

enum {
  EV_HEADERS = 1,
  EV_DATA,
  EV_END_STREAM,
  EV_CLOSE,
  EV_RST,
  EV_GOAWAY,
  EV_SETTINGS,
  EV_PING,
  EV_WANT_TRAILERS,
  EV_GOAWAY_SENT,
  EV_NOT_SENT,
  EV_FRAME_ERROR,
  EV_ALTSVC,
  EV_ORIGIN,
  EV_PUSH_PROMISE,
  EV_WRITTEN,
};

typedef struct chunk {
  struct chunk* next;
  size_t len, off;
  uint8_t bytes[];
} chunk;

/* A header block being received: entries of [u32 name len][name][u32 value len]
 * [value][u8 flags], kept until the block's last frame arrives. */
typedef struct block {
  uint8_t* bytes;
  size_t len, cap;
} block;

typedef struct h2stream {
  struct h2stream *prev, *next; /* every live stream of the session, freed by destroy */
  int32_t id;
  block headers;
  chunk *q_head, *q_tail; /* bytes written by JS, not yet taken by nghttp2 */
  bool ended;             /* JS ended its side: EOF once the queue is empty */
  bool want_trailers;     /* ...but send trailers after the data, not END_STREAM */
  bool deferred;          /* the data source answered DEFERRED: resume on write/end */
  bool refused;           /* its header block broke our limits: RST sent, block dropped */
  uint32_t header_pairs, header_bytes; /* of the block being received */
  uint32_t max_header_bytes;           /* our MAX_HEADER_LIST_SIZE when the stream was made, as
                                          node takes it: a later SETTINGS leaves the stream be */
} h2stream;

typedef struct event {
  int type;
  int32_t stream;
  uint32_t a;
  uint8_t* data; /* malloc'd, owned by the event until drained */
  size_t len;
} event;

typedef struct session {
  nghttp2_session* ng;
  h2stream* streams;
  event* events;
  size_t nevents, cap_events;
  uint32_t max_header_pairs;   /* per received header block (node's maxHeaderListPairs) */
  uint32_t max_invalid_frames; /* node's maxSessionInvalidFrames */
  uint32_t invalid_frames;
  bool too_many_invalid;
  uint32_t frames_received, frames_sent; /* for perf_hooks' Http2Session entries */
} session;

static _Atomic(JSClassRef) session_class;

static void block_append(block* b, const void* p, size_t n) {
  if (b->len + n > b->cap) {
    size_t cap = b->cap ? b->cap * 2 : 256;
    while (cap < b->len + n) cap *= 2;
    b->bytes = eddy_realloc(b->bytes, cap);
    b->cap = cap;
  }
  memcpy(b->bytes + b->len, p, n);
  b->len += n;
}

static event* push_event(session* s, int type, int32_t stream, uint32_t a) {
  if (s->nevents == s->cap_events) {
    s->cap_events = s->cap_events ? s->cap_events * 2 : 16;
    s->events = eddy_realloc(s->events, s->cap_events * sizeof(event));
  }
  event* e = &s->events[s->nevents++];
  *e = (event){.type = type, .stream = stream, .a = a};
  return e;
}

/* The settings getSettings() reports, in its order. */
static const nghttp2_settings_id settings_ids[] = {
    NGHTTP2_SETTINGS_HEADER_TABLE_SIZE,      NGHTTP2_SETTINGS_ENABLE_PUSH,
    NGHTTP2_SETTINGS_MAX_CONCURRENT_STREAMS, NGHTTP2_SETTINGS_INITIAL_WINDOW_SIZE,
    NGHTTP2_SETTINGS_MAX_FRAME_SIZE,         NGHTTP2_SETTINGS_MAX_HEADER_LIST_SIZE,
    NGHTTP2_SETTINGS_ENABLE_CONNECT_PROTOCOL};
#define SETTINGS_COUNT (sizeof settings_ids / sizeof settings_ids[0])

static uint32_t settings_value(nghttp2_session* ng, bool remote, size_t i) {
  return remote ? nghttp2_session_get_remote_settings(ng, settings_ids[i])
                : nghttp2_session_get_local_settings(ng, settings_ids[i]);
}

/* A SETTINGS event's payload: the settings in force once the frame is applied
 * (remote ones for the peer's frame, local ones for its ACK of ours), as uint32s in
 * getSettings() order, then the frame's own [id, value] pairs (custom ids too).
 * Taken now, as the frame is received: JS reads the events only after nghttp2 has
 * applied every frame of the chunk, and a later SETTINGS frame of the same chunk
 * must not show through an earlier one's event. */
static void event_settings(event* e, nghttp2_session* ng, const nghttp2_settings* frame, bool ack) {
  size_t pairs = ack ? 0 : frame->niv;
  uint32_t* out = eddy_malloc((SETTINGS_COUNT + 2 * pairs) * sizeof(uint32_t));
  for (size_t i = 0; i < SETTINGS_COUNT; i++) out[i] = settings_value(ng, !ack, i);
  for (size_t i = 0; i < pairs; i++) {
    out[SETTINGS_COUNT + 2 * i] = (uint32_t)frame->iv[i].settings_id;
    out[SETTINGS_COUNT + 2 * i + 1] = frame->iv[i].value;
  }
  e->data = (uint8_t*)out;
  e->len = (SETTINGS_COUNT + 2 * pairs) * sizeof(uint32_t);
}

static void event_copy(event* e, const uint8_t* p, size_t n) {
  e->data = eddy_malloc(n ? n : 1);
  if (n) memcpy(e->data, p, n);
  e->len = n;
}

static h2stream* stream_new(session* s, int32_t id) {
  h2stream* st = eddy_calloc(1, sizeof(h2stream));
  st->id = id;
  st->max_header_bytes =
      nghttp2_session_get_local_settings(s->ng, NGHTTP2_SETTINGS_MAX_HEADER_LIST_SIZE);
  st->next = s->streams;
  if (s->streams) s->streams->prev = st;
  s->streams = st;
  return st;
}

static void stream_free(session* s, h2stream* st) {
  if (st->prev)
    st->prev->next = st->next;
  else
    s->streams = st->next;
  if (st->next) st->next->prev = st->prev;
  for (chunk* c = st->q_head; c;) {
    chunk* n = c->next;
    free(c);
    c = n;
  }
  free(st->headers.bytes);
  free(st);
}

/* A client stream has no nghttp2 stream until its HEADERS frame goes out, but JS
 * may write to it at once: fall back to the session's own list. */
static h2stream* stream_of(session* s, int32_t id) {
  if (!s->ng) return NULL;
  h2stream* st = nghttp2_session_get_stream_user_data(s->ng, id);
  for (h2stream* p = s->streams; !st && p; p = p->next)
    if (p->id == id) st = p;
  return st;
}

/* --- nghttp2 callbacks: they only record events --------------------------------- */

static int session_on_begin_headers(nghttp2_session* ng, const nghttp2_frame* frame, void* user) {
  session* s = user;
  if (frame->hd.type == NGHTTP2_PUSH_PROMISE) {
    /* The promised stream is reserved now; its request headers follow. */
    int32_t promised = frame->push_promise.promised_stream_id;
    h2stream* st = stream_new(s, promised);
    nghttp2_session_set_stream_user_data(ng, promised, st);
    return 0;
  }
  if (frame->hd.type != NGHTTP2_HEADERS) return 0;
  h2stream* st = nghttp2_session_get_stream_user_data(ng, frame->hd.stream_id);
  if (!st) {
    st = stream_new(s, frame->hd.stream_id);
    nghttp2_session_set_stream_user_data(ng, frame->hd.stream_id, st);
  }
  st->headers.len = 0;
  st->header_pairs = st->header_bytes = 0;
  st->refused = false;
  return 0;
}

static int session_on_header(nghttp2_session* ng, const nghttp2_frame* frame, const uint8_t* name,
                             size_t namelen, const uint8_t* value, size_t valuelen, uint8_t flags,
                             void* user) {
  int32_t id;
  if (frame->hd.type == NGHTTP2_HEADERS)
    id = frame->hd.stream_id;
  else if (frame->hd.type == NGHTTP2_PUSH_PROMISE)
    id = frame->push_promise.promised_stream_id;
  else
    return 0;
  h2stream* st = nghttp2_session_get_stream_user_data(ng, id);
  if (!st || st->refused) return 0;
  /* A block with more fields, or more bytes (RFC 9113's size: name + value + 32), than
   * we take is refused with ENHANCE_YOUR_CALM, as node does; decoding goes on, so the
   * HPACK state stays right. */
  session* s = user;
  uint64_t bytes = (uint64_t)st->header_bytes + namelen + valuelen + 32;
  if (st->header_pairs >= s->max_header_pairs || bytes > st->max_header_bytes) {
    st->refused = true;
    st->headers.len = 0;
    nghttp2_submit_rst_stream(ng, NGHTTP2_FLAG_NONE, id, NGHTTP2_ENHANCE_YOUR_CALM);
    return 0;
  }
  st->header_pairs++;
  st->header_bytes = (uint32_t)bytes;
  uint32_t n = (uint32_t)namelen, v = (uint32_t)valuelen;
  block_append(&st->headers, &n, 4);
  block_append(&st->headers, name, namelen);
  block_append(&st->headers, &v, 4);
  block_append(&st->headers, value, valuelen);
  block_append(&st->headers, &flags, 1);
  return 0;
}

/* A received header field that is not valid HTTP (bad characters, whitespace at
 * the ends of a value) is dropped and the stream goes on, as in node. */
static int session_on_invalid_header(nghttp2_session* ng, const nghttp2_frame* frame,
                                     const uint8_t* name, size_t namelen, const uint8_t* value,
                                     size_t valuelen, uint8_t flags, void* user) {
  return 0;
}

static int session_on_frame_recv(nghttp2_session* ng, const nghttp2_frame* frame, void* user) {
  ((session*)user)->frames_received++;
  session* s = user;
  int32_t id = frame->hd.stream_id;
  bool end = frame->hd.flags & NGHTTP2_FLAG_END_STREAM;
  switch (frame->hd.type) {
    case NGHTTP2_HEADERS: {
      h2stream* st = nghttp2_session_get_stream_user_data(ng, id);
      if (!st || st->refused) break;
      event* e = push_event(s, EV_HEADERS, id, (uint32_t)frame->headers.cat << 8 | (end ? 1 : 0));
      e->data = st->headers.bytes;
      e->len = st->headers.len;
      st->headers = (block){0};
      if (end) push_event(s, EV_END_STREAM, id, 0);
      break;
    }
    case NGHTTP2_DATA:
      if (end) {
        push_event(s, EV_END_STREAM, id, 0);
      } else if (frame->hd.length == 0 && s->invalid_frames++ > s->max_invalid_frames) {
        /* Empty DATA frames that do not end the stream only cost us: a flood of them
         * counts as invalid frames. */
        s->too_many_invalid = true;
        return NGHTTP2_ERR_CALLBACK_FAILURE;
      }
      break;
    case NGHTTP2_PUSH_PROMISE: {
      int32_t promised = frame->push_promise.promised_stream_id;
      h2stream* st = nghttp2_session_get_stream_user_data(ng, promised);
      if (!st) break;
      event* e = push_event(s, EV_PUSH_PROMISE, promised, (uint32_t)id);
      e->data = st->headers.bytes;
      e->len = st->headers.len;
      st->headers = (block){0};
      break;
    }
    case NGHTTP2_RST_STREAM: push_event(s, EV_RST, id, frame->rst_stream.error_code); break;
    case NGHTTP2_GOAWAY: {
      event* e = push_event(s, EV_GOAWAY, frame->goaway.last_stream_id, frame->goaway.error_code);
      event_copy(e, frame->goaway.opaque_data, frame->goaway.opaque_data_len);
      break;
    }
    case NGHTTP2_SETTINGS: {
      bool ack = frame->hd.flags & NGHTTP2_FLAG_ACK;
      event_settings(push_event(s, EV_SETTINGS, 0, ack), ng, &frame->settings, ack);
      break;
    }
    case NGHTTP2_PING: {
      event* e = push_event(s, EV_PING, 0, frame->hd.flags & NGHTTP2_FLAG_ACK);
      event_copy(e, frame->ping.opaque_data, 8);
      break;
    }
    case NGHTTP2_ALTSVC: {
      const nghttp2_ext_altsvc* alt = frame->ext.payload;
      block b = {0};
      uint32_t n = (uint32_t)alt->origin_len, v = (uint32_t)alt->field_value_len;
      uint8_t flags = 0;
      block_append(&b, &n, 4);
      block_append(&b, alt->origin, n);
      block_append(&b, &v, 4);
      block_append(&b, alt->field_value, v);
      block_append(&b, &flags, 1);
      event* e = push_event(s, EV_ALTSVC, id, 0);
      e->data = b.bytes;
      e->len = b.len;
      break;
    }
    case NGHTTP2_ORIGIN: {
      const nghttp2_ext_origin* origin = frame->ext.payload;
      block b = {0};
      for (size_t i = 0; i < origin->nov; i++) {
        uint32_t n = (uint32_t)origin->ov[i].origin_len;
        block_append(&b, &n, 4);
        block_append(&b, origin->ov[i].origin, n);
      }
      event* e = push_event(s, EV_ORIGIN, id, 0);
      e->data = b.bytes;
      e->len = b.len;
      break;
    }
    default: break;
  }
  return 0;
}

static int session_on_data_chunk(nghttp2_session* ng, uint8_t flags, int32_t id,
                                 const uint8_t* data, size_t len, void* user) {
  /* One event per chunk: JS sees the sender's DATA frames as separate 'data' chunks. */
  event_copy(push_event(user, EV_DATA, id, 0), data, len);
  return 0;
}

static int session_on_stream_close(nghttp2_session* ng, int32_t id, uint32_t code, void* user) {
  session* s = user;
  h2stream* st = nghttp2_session_get_stream_user_data(ng, id);
  push_event(s, EV_CLOSE, id, code);
  if (st) {
    nghttp2_session_set_stream_user_data(ng, id, NULL);
    stream_free(s, st);
  }
  return 0;
}

static int session_on_frame_send(nghttp2_session* ng, const nghttp2_frame* frame, void* user) {
  ((session*)user)->frames_sent++;
  if (frame->hd.type == NGHTTP2_GOAWAY)
    push_event(user, EV_GOAWAY_SENT, frame->goaway.last_stream_id, frame->goaway.error_code);
  return 0;
}

/* The HTTP/2 error code for an nghttp2 library error (as nghttp2 maps them). */
static uint32_t h2_code_of(int err) {
  switch (err) {
    case NGHTTP2_ERR_STREAM_CLOSED: return NGHTTP2_STREAM_CLOSED;
    case NGHTTP2_ERR_HEADER_COMP: return NGHTTP2_COMPRESSION_ERROR;
    case NGHTTP2_ERR_FRAME_SIZE_ERROR: return NGHTTP2_FRAME_SIZE_ERROR;
    case NGHTTP2_ERR_FLOW_CONTROL: return NGHTTP2_FLOW_CONTROL_ERROR;
    case NGHTTP2_ERR_REFUSED_STREAM: return NGHTTP2_REFUSED_STREAM;
    case NGHTTP2_ERR_PROTO:
    case NGHTTP2_ERR_HTTP_HEADER:
    case NGHTTP2_ERR_HTTP_MESSAGING: return NGHTTP2_PROTOCOL_ERROR;
    default: return NGHTTP2_INTERNAL_ERROR;
  }
}

static int session_on_frame_not_send(nghttp2_session* ng, const nghttp2_frame* frame, int err,
                                     void* user) {
  /* A stream or session on its way out: nothing to report. */
  if (err == NGHTTP2_ERR_SESSION_CLOSING || err == NGHTTP2_ERR_STREAM_CLOSED ||
      err == NGHTTP2_ERR_STREAM_CLOSING)
    return 0;
  push_event(user, EV_NOT_SENT, frame->hd.stream_id,
             (uint32_t)frame->hd.type << 16 | h2_code_of(err));
  return 0;
}

static int session_on_invalid_frame(nghttp2_session* ng, const nghttp2_frame* frame, int err,
                                    void* user) {
  session* s = user;
  if (s->invalid_frames++ > s->max_invalid_frames) {
    s->too_many_invalid = true;
    return NGHTTP2_ERR_CALLBACK_FAILURE;
  }
  push_event(user, EV_FRAME_ERROR, frame->hd.stream_id,
             (uint32_t)frame->hd.type << 16 | (uint32_t)-err);
  return 0;
}

/* nghttp2 reports the peer's first frame not being SETTINGS only here (it answers
 * with GOAWAY and mem_recv takes the bytes): the peer does not speak HTTP/2, and the
 * session fails with a protocol error, as node's does. Other reports come with a
 * frame callback or a return value of their own. */
static int session_on_error(nghttp2_session* ng, int err, const char* msg, size_t len,
                            void* user) {
  if (err == NGHTTP2_ERR_SETTINGS_EXPECTED)
    push_event(user, EV_FRAME_ERROR, 0, (uint32_t)NGHTTP2_SETTINGS << 16 | (uint32_t)-NGHTTP2_ERR_PROTO);
  return 0;
}

/* The data source of every stream we send a body on: takes what JS wrote. */
static ssize_t stream_on_read(nghttp2_session* ng, int32_t id, uint8_t* buf, size_t len,
                              uint32_t* flags, nghttp2_data_source* source, void* user) {
  session* s = user;
  h2stream* st = source->ptr;
  size_t n = 0;
  /* One DATA frame carries at most one write of JS (as node frames each write). */
  if (n < len && st->q_head) {
    chunk* c = st->q_head;
    size_t take = c->len - c->off < len - n ? c->len - c->off : len - n;
    memcpy(buf + n, c->bytes + c->off, take);
    n += take;
    c->off += take;
    if (c->off == c->len) {
      st->q_head = c->next;
      if (!st->q_head) st->q_tail = NULL;
      free(c);
      push_event(s, EV_WRITTEN, id, 1);
    }
  }
  if (!st->q_head && st->ended) {
    *flags |= NGHTTP2_DATA_FLAG_EOF;
    if (st->want_trailers) {
      *flags |= NGHTTP2_DATA_FLAG_NO_END_STREAM;
      st->want_trailers = false;
      push_event(s, EV_WANT_TRAILERS, id, 0);
    }
    return (ssize_t)n;
  }
  if (n == 0) {
    st->deferred = true;
    return NGHTTP2_ERR_DEFERRED;
  }
  return (ssize_t)n;
}

/* --- JS functions ----------------------------------------------------------------- */

static session* session_of(JSContextRef ctx, JSValueRef v) {
  CHECK(JSValueIsObjectOfClass(ctx, v, session_class));
  return JSObjectGetPrivate((JSObjectRef)v);
}

static void session_free_streams(session* s) {
  while (s->streams) stream_free(s, s->streams);
  for (size_t i = 0; i < s->nevents; i++) free(s->events[i].data);
  s->nevents = 0;
}

static void session_finalize(JSObjectRef obj) {
  session* s = JSObjectGetPrivate(obj);
  if (!s) return;
  if (s->ng) nghttp2_session_del(s->ng);
  session_free_streams(s);
  free(s->events);
  free(s);
}

/* Reads a flat [id, value, ...] settings array into iv; returns the count. */
static size_t settings_from_js(JSContextRef ctx, JSValueRef v, nghttp2_settings_entry* iv,
                               size_t max) {
  if (!JSValueIsObject(ctx, v)) return 0;
  JSObjectRef arr = (JSObjectRef)v;
  size_t len = eddy_js_length(ctx, arr);
  size_t n = 0;
  for (size_t i = 0; i + 1 < len && n < max; i += 2) {
    iv[n].settings_id = (int32_t)JSValueToNumber(
        ctx, JSObjectGetPropertyAtIndex(ctx, arr, (unsigned)i, NULL), NULL);
    iv[n].value = (uint32_t)JSValueToNumber(
        ctx, JSObjectGetPropertyAtIndex(ctx, arr, (unsigned)i + 1, NULL), NULL);
    n++;
  }
  return n;
}

/* limits[i] of create(), or -1 when absent. */
static double limit_of(JSContextRef ctx, JSValueRef limits, unsigned i) {
  if (!JSValueIsObject(ctx, limits)) return -1;
  JSValueRef v = JSObjectGetPropertyAtIndex(ctx, (JSObjectRef)limits, i, NULL);
  return JSValueIsNumber(ctx, v) ? JSValueToNumber(ctx, v, NULL) : -1;
}

static EDDY_JS_FN(h2_create) {
  static nghttp2_session_callbacks* callbacks;
  if (!callbacks) {
    /* Made once per process and never changed: shared by every thread's sessions. */
    nghttp2_session_callbacks* cb;
    CHECK(nghttp2_session_callbacks_new(&cb) == 0);
    nghttp2_session_callbacks_set_on_begin_headers_callback(cb, session_on_begin_headers);
    nghttp2_session_callbacks_set_on_header_callback(cb, session_on_header);
    nghttp2_session_callbacks_set_on_invalid_header_callback(cb, session_on_invalid_header);
    nghttp2_session_callbacks_set_on_frame_recv_callback(cb, session_on_frame_recv);
    nghttp2_session_callbacks_set_on_data_chunk_recv_callback(cb, session_on_data_chunk);
    nghttp2_session_callbacks_set_on_stream_close_callback(cb, session_on_stream_close);
    nghttp2_session_callbacks_set_on_frame_send_callback(cb, session_on_frame_send);
    nghttp2_session_callbacks_set_on_frame_not_send_callback(cb, session_on_frame_not_send);
    nghttp2_session_callbacks_set_on_invalid_frame_recv_callback(cb, session_on_invalid_frame);
    nghttp2_session_callbacks_set_error_callback2(cb, session_on_error);
    callbacks = cb;
  }
  int type = (int)eddy_js_arg_int(ctx, argc, argv, 0);
  JSValueRef limits = eddy_js_arg(ctx, argc, argv, 3);
  /* nghttp2 copies the options into the session: one set per session. */
  nghttp2_option* opt;
  CHECK(nghttp2_option_new(&opt) == 0);
  /* Until the peer's SETTINGS arrive, assume it takes 100 concurrent streams. */
  nghttp2_option_set_peer_max_concurrent_streams(opt, 100);
  nghttp2_option_set_builtin_recv_extension_type(opt, NGHTTP2_ALTSVC);
  nghttp2_option_set_builtin_recv_extension_type(opt, NGHTTP2_ORIGIN);
  nghttp2_option_set_no_auto_window_update(opt, 1);
  /* strictFieldWhitespaceValidation: false keeps values with whitespace at their
   * ends instead of dropping them. */
  if (!JSValueToBoolean(ctx, eddy_js_arg(ctx, argc, argv, 2)))
    nghttp2_option_set_no_rfc9113_leading_and_trailing_ws_validation(opt, 1);
  double v;
  if ((v = limit_of(ctx, limits, 0)) >= 0)
    nghttp2_option_set_max_send_header_block_length(opt, (size_t)v);
  if ((v = limit_of(ctx, limits, 1)) >= 0)
    nghttp2_option_set_max_reserved_remote_streams(opt, (uint32_t)v);
  if ((v = limit_of(ctx, limits, 2)) >= 0) nghttp2_option_set_max_settings(opt, (size_t)v);
  session* s = eddy_calloc(1, sizeof(session));
  v = limit_of(ctx, limits, 3);
  s->max_header_pairs = v >= 0 ? (uint32_t)v : 128;
  v = limit_of(ctx, limits, 4);
  s->max_invalid_frames = v >= 0 ? (uint32_t)v : 1000;
  int rv = type == 0 ? nghttp2_session_server_new2(&s->ng, callbacks, s, opt)
                     : nghttp2_session_client_new2(&s->ng, callbacks, s, opt);
  nghttp2_option_del(opt);
  CHECK(rv == 0);
  nghttp2_settings_entry iv[16];
  size_t n = settings_from_js(ctx, eddy_js_arg(ctx, argc, argv, 1), iv, 16);
  nghttp2_submit_settings(s->ng, NGHTTP2_FLAG_NONE, iv, n);
  return JSObjectMake(ctx, session_class, s);
}

static EDDY_JS_FN(h2_receive) {
  session* s = session_of(ctx, argv[0]);
  if (!s->ng) return JSValueMakeNumber(ctx, NGHTTP2_ERR_INVALID_STATE);
  size_t len = 0;
  uint8_t* bytes = eddy_js_bytes(ctx, argv[1], &len);
  ssize_t rv = nghttp2_session_mem_recv(s->ng, bytes, len);
  if (rv < 0 && s->too_many_invalid) return JSValueMakeNumber(ctx, 1);
  return JSValueMakeNumber(ctx, rv < 0 ? (double)rv : 0);
}

static void free_on_dealloc(void* bytes, void* ctx) { free(bytes); }

static JSValueRef buffer_to_js(JSContextRef ctx, uint8_t* bytes, size_t len) {
  if (!bytes) bytes = eddy_malloc(1);
  return JSObjectMakeArrayBufferWithBytesNoCopy(ctx, bytes, len, free_on_dealloc, NULL, NULL);
}

/* [name, value, ..., null, neverIndexedName, ...] from a received block. */
static JSValueRef headers_to_js(JSContextRef ctx, const uint8_t* p, size_t len) {
  JSObjectRef arr = eddy_js_array_new(ctx);
  size_t i = 0;
  for (int pass = 0; pass < 2; pass++) {
    size_t off = 0;
    if (pass == 1) eddy_js_array_set(ctx, arr, i++, JSValueMakeNull(ctx));
    while (off < len) {
      uint32_t n, v;
      memcpy(&n, p + off, 4);
      const uint8_t* name = p + off + 4;
      memcpy(&v, name + n, 4);
      const uint8_t* value = name + n + 4;
      uint8_t flags = value[v];
      off += 4 + n + 4 + v + 1;
      if (pass == 0) {
        eddy_js_array_set(ctx, arr, i++, eddy_js_latin1(ctx, name, n));
        eddy_js_array_set(ctx, arr, i++, eddy_js_latin1(ctx, value, v));
      } else if (flags & NGHTTP2_NV_FLAG_NO_INDEX) {
        eddy_js_array_set(ctx, arr, i++, eddy_js_latin1(ctx, name, n));
      }
    }
  }
  return arr;
}

/* [string, ...] from a block of [u32 len][bytes] entries. */
static JSValueRef strings_to_js(JSContextRef ctx, const uint8_t* p, size_t len) {
  JSObjectRef arr = eddy_js_array_new(ctx);
  size_t i = 0, off = 0;
  while (off + 4 <= len) {
    uint32_t n;
    memcpy(&n, p + off, 4);
    eddy_js_array_set(ctx, arr, i++, eddy_js_latin1(ctx, p + off + 4, n));
    off += 4 + n;
  }
  return arr;
}

static EDDY_JS_FN(h2_flush) {
  session* s = session_of(ctx, argv[0]);
  JSObjectRef out = eddy_js_array_new(ctx);
  uint8_t* bytes = NULL;
  size_t len = 0, cap = 0;
  int want = 0;
  if (s->ng) {
    for (;;) {
      const uint8_t* data;
      ssize_t n = nghttp2_session_mem_send(s->ng, &data);
      if (n <= 0) break;
      if (len + (size_t)n > cap) {
        cap = cap ? cap * 2 : 16384;
        while (cap < len + (size_t)n) cap *= 2;
        bytes = eddy_realloc(bytes, cap);
      }
      memcpy(bytes + len, data, (size_t)n);
      len += (size_t)n;
    }
    want = (nghttp2_session_want_read(s->ng) ? 1 : 0) | (nghttp2_session_want_write(s->ng) ? 2 : 0);
  }
  eddy_js_array_set(ctx, out, 0, bytes ? buffer_to_js(ctx, bytes, len) : JSValueMakeUndefined(ctx));
  eddy_js_array_set(ctx, out, 1, JSValueMakeNumber(ctx, want));
  size_t idx = 2;
  for (size_t i = 0; i < s->nevents; i++) {
    event* e = &s->events[i];
    JSValueRef payload = JSValueMakeUndefined(ctx);
    if (e->type == EV_HEADERS || e->type == EV_ALTSVC || e->type == EV_PUSH_PROMISE) {
      payload = headers_to_js(ctx, e->data, e->len);
      free(e->data);
    } else if (e->type == EV_ORIGIN) {
      payload = strings_to_js(ctx, e->data, e->len);
      free(e->data);
    } else if (e->data) {
      payload = buffer_to_js(ctx, e->data, e->len);
    }
    e->data = NULL;
    eddy_js_array_set(ctx, out, idx++, JSValueMakeNumber(ctx, e->type));
    eddy_js_array_set(ctx, out, idx++, JSValueMakeNumber(ctx, e->stream));
    eddy_js_array_set(ctx, out, idx++, JSValueMakeNumber(ctx, e->a));
    eddy_js_array_set(ctx, out, idx++, payload);
  }
  s->nevents = 0;
  return out;
}

/* Headers from JS: flat [name, value, noIndex, ...]; strings taken as latin1.
 * Returns the count; *store is one malloc'd block holding the bytes. */
static size_t headers_from_js(JSContextRef ctx, JSValueRef v, nghttp2_nv** nva_out,
                              uint8_t** store) {
  JSObjectRef arr = (JSObjectRef)v;
  size_t len = eddy_js_length(ctx, arr);
  size_t count = len / 3;
  nghttp2_nv* nva = eddy_calloc(count ? count : 1, sizeof(nghttp2_nv));
  JSStringRef* strs = eddy_calloc(count * 2 + 1, sizeof(JSStringRef));
  size_t total = 0;
  for (size_t i = 0; i < count * 2; i++) {
    JSValueRef sv = JSObjectGetPropertyAtIndex(ctx, arr, (unsigned)((i / 2) * 3 + i % 2), NULL);
    strs[i] = JSValueToStringCopy(ctx, sv, NULL);
    total += JSStringGetLength(strs[i]);
  }
  /* Each UTF-16 unit becomes one byte, as node sends header strings. A unit cut
   * down to CR or LF makes the field invalid, and the receiver drops it. */
  uint8_t* buf = eddy_malloc(total ? total : 1);
  size_t off = 0;
  for (size_t i = 0; i < count; i++) {
    for (int k = 0; k < 2; k++) {
      JSStringRef str = strs[i * 2 + k];
      size_t n = JSStringGetLength(str);
      const JSChar* chars = JSStringGetCharactersPtr(str);
      for (size_t j = 0; j < n; j++) buf[off + j] = (uint8_t)chars[j];
      if (k == 0)
        nva[i].name = buf + off, nva[i].namelen = n;
      else
        nva[i].value = buf + off, nva[i].valuelen = n;
      off += n;
      JSStringRelease(str);
    }
    JSValueRef flag = JSObjectGetPropertyAtIndex(ctx, arr, (unsigned)(i * 3 + 2), NULL);
    nva[i].flags = NGHTTP2_NV_FLAG_NONE;
    if (JSValueToBoolean(ctx, flag)) nva[i].flags |= NGHTTP2_NV_FLAG_NO_INDEX;
  }
  free(strs);
  *nva_out = nva;
  *store = buf;
  return count;
}

/* A new stream nghttp2 accepted gets the id it was given; one it refused (a
 * negative error code) is freed. Returns id. */
static int32_t adopt_submitted(session* s, h2stream* st, int32_t id) {
  if (id < 0)
    stream_free(s, st);
  else
    st->id = id;
  return id;
}

static EDDY_JS_FN(h2_request) {
  session* s = session_of(ctx, argv[0]);
  if (!s->ng) return JSValueMakeNumber(ctx, NGHTTP2_ERR_INVALID_STATE);
  nghttp2_nv* nva;
  uint8_t* store;
  size_t n = headers_from_js(ctx, argv[1], &nva, &store);
  bool end = JSValueToBoolean(ctx, argv[2]);
  h2stream* st = stream_new(s, 0);
  nghttp2_data_provider prd = {.source.ptr = st, .read_callback = stream_on_read};
  int32_t id = nghttp2_submit_request(s->ng, NULL, nva, n, end ? NULL : &prd, st);
  free(nva);
  free(store);
  return JSValueMakeNumber(ctx, adopt_submitted(s, st, id));
}

static EDDY_JS_FN(h2_push) {
  session* s = session_of(ctx, argv[0]);
  int32_t parent = (int32_t)JSValueToNumber(ctx, argv[1], NULL);
  if (!stream_of(s, parent)) return JSValueMakeNumber(ctx, NGHTTP2_ERR_STREAM_CLOSED);
  nghttp2_nv* nva;
  uint8_t* store;
  size_t n = headers_from_js(ctx, argv[2], &nva, &store);
  h2stream* st = stream_new(s, 0);
  int32_t id = nghttp2_submit_push_promise(s->ng, NGHTTP2_FLAG_NONE, parent, nva, n, st);
  free(nva);
  free(store);
  return JSValueMakeNumber(ctx, adopt_submitted(s, st, id));
}

static EDDY_JS_FN(h2_respond) {
  session* s = session_of(ctx, argv[0]);
  int32_t id = (int32_t)eddy_js_arg_int(ctx, argc, argv, 1);
  h2stream* st = stream_of(s, id);
  if (!st) return JSValueMakeNumber(ctx, NGHTTP2_ERR_STREAM_CLOSED);
  nghttp2_nv* nva;
  uint8_t* store;
  size_t n = headers_from_js(ctx, argv[2], &nva, &store);
  bool end = JSValueToBoolean(ctx, argv[3]);
  nghttp2_data_provider prd = {.source.ptr = st, .read_callback = stream_on_read};
  int rv = nghttp2_submit_response(s->ng, id, nva, n, end ? NULL : &prd);
  free(nva);
  free(store);
  return JSValueMakeNumber(ctx, rv);
}

static ssize_t empty_on_read(nghttp2_session* ng, int32_t id, uint8_t* buf, size_t len,
                             uint32_t* flags, nghttp2_data_source* source, void* user) {
  *flags |= NGHTTP2_DATA_FLAG_EOF;
  return 0;
}

/* info (1xx) and trailers: a HEADERS frame without a body; trailers end the stream. */
static JSValueRef submit_headers(JSContextRef ctx, const JSValueRef argv[], bool trailers) {
  session* s = session_of(ctx, argv[0]);
  int32_t id = (int32_t)JSValueToNumber(ctx, argv[1], NULL);
  if (!stream_of(s, id)) return JSValueMakeNumber(ctx, NGHTTP2_ERR_STREAM_CLOSED);
  nghttp2_nv* nva;
  uint8_t* store;
  size_t n = headers_from_js(ctx, argv[2], &nva, &store);
  int rv;
  if (trailers && n == 0) {
    /* No trailers after all: end the stream with an empty DATA frame instead of an
     * empty HEADERS frame (the peer then sees no 'trailers'), as node does. */
    nghttp2_data_provider prd = {.read_callback = empty_on_read};
    rv = nghttp2_submit_data(s->ng, NGHTTP2_FLAG_END_STREAM, id, &prd);
  } else {
    rv = trailers ? nghttp2_submit_trailer(s->ng, id, nva, n)
                  : nghttp2_submit_headers(s->ng, NGHTTP2_FLAG_NONE, id, NULL, nva, n, NULL);
  }
  free(nva);
  free(store);
  return JSValueMakeNumber(ctx, rv);
}

static EDDY_JS_FN(h2_info) { return submit_headers(ctx, argv, false); }
static EDDY_JS_FN(h2_trailers) { return submit_headers(ctx, argv, true); }

static void stream_resume(session* s, h2stream* st) {
  if (st->deferred) {
    st->deferred = false;
    nghttp2_session_resume_data(s->ng, st->id);
  }
}

static EDDY_JS_FN(h2_write) {
  session* s = session_of(ctx, argv[0]);
  h2stream* st = stream_of(s, (int32_t)JSValueToNumber(ctx, argv[1], NULL));
  if (!st) return JSValueMakeNumber(ctx, NGHTTP2_ERR_STREAM_CLOSED);
  size_t len = 0;
  uint8_t* bytes = eddy_js_bytes(ctx, argv[2], &len);
  if (len == 0) return JSValueMakeNumber(ctx, 0);
  chunk* c = eddy_malloc(sizeof(chunk) + len);
  c->next = NULL;
  c->len = len;
  c->off = 0;
  memcpy(c->bytes, bytes, len);
  if (st->q_tail)
    st->q_tail->next = c;
  else
    st->q_head = c;
  st->q_tail = c;
  stream_resume(s, st);
  return JSValueMakeNumber(ctx, 0);
}

static EDDY_JS_FN(h2_end) {
  session* s = session_of(ctx, argv[0]);
  h2stream* st = stream_of(s, (int32_t)JSValueToNumber(ctx, argv[1], NULL));
  if (!st) return JSValueMakeNumber(ctx, NGHTTP2_ERR_STREAM_CLOSED);
  st->ended = true;
  st->want_trailers = JSValueToBoolean(ctx, argv[2]);
  stream_resume(s, st);
  return JSValueMakeNumber(ctx, 0);
}

static EDDY_JS_FN(h2_rst) {
  session* s = session_of(ctx, argv[0]);
  if (!s->ng) return JSValueMakeNumber(ctx, NGHTTP2_ERR_INVALID_STATE);
  int32_t id = (int32_t)JSValueToNumber(ctx, argv[1], NULL);
  uint32_t code = (uint32_t)JSValueToNumber(ctx, argv[2], NULL);
  return JSValueMakeNumber(ctx, nghttp2_submit_rst_stream(s->ng, NGHTTP2_FLAG_NONE, id, code));
}

static EDDY_JS_FN(h2_goaway) {
  session* s = session_of(ctx, argv[0]);
  if (!s->ng) return JSValueMakeNumber(ctx, NGHTTP2_ERR_INVALID_STATE);
  uint32_t code = (uint32_t)JSValueToNumber(ctx, argv[1], NULL);
  int32_t last = (int32_t)JSValueToNumber(ctx, argv[2], NULL);
  if (last < 0) last = nghttp2_session_get_last_proc_stream_id(s->ng);
  size_t len = 0;
  uint8_t* opaque = argc > 3 ? eddy_js_bytes(ctx, argv[3], &len) : NULL;
  return JSValueMakeNumber(
      ctx, nghttp2_submit_goaway(s->ng, NGHTTP2_FLAG_NONE, last, code, opaque, len));
}

/* Latin-1 bytes of a JS string (lib/ checked it has no wider characters). */
static uint8_t* latin1_of(JSContextRef ctx, JSValueRef v, size_t* len) {
  JSStringRef str = JSValueToStringCopy(ctx, v, NULL);
  size_t n = JSStringGetLength(str);
  const JSChar* chars = JSStringGetCharactersPtr(str);
  uint8_t* out = eddy_malloc(n ? n : 1);
  for (size_t i = 0; i < n; i++) out[i] = (uint8_t)chars[i];
  JSStringRelease(str);
  *len = n;
  return out;
}

static EDDY_JS_FN(h2_altsvc) {
  session* s = session_of(ctx, argv[0]);
  if (!s->ng) return JSValueMakeNumber(ctx, NGHTTP2_ERR_INVALID_STATE);
  int32_t id = (int32_t)JSValueToNumber(ctx, argv[1], NULL);
  size_t olen, vlen;
  uint8_t* origin = latin1_of(ctx, argv[2], &olen);
  uint8_t* value = latin1_of(ctx, argv[3], &vlen);
  int rv = nghttp2_submit_altsvc(s->ng, NGHTTP2_FLAG_NONE, id, origin, olen, value, vlen);
  free(origin);
  free(value);
  return JSValueMakeNumber(ctx, rv);
}

static EDDY_JS_FN(h2_origin) {
  session* s = session_of(ctx, argv[0]);
  if (!s->ng) return JSValueMakeNumber(ctx, NGHTTP2_ERR_INVALID_STATE);
  JSObjectRef arr = (JSObjectRef)argv[1];
  size_t count = eddy_js_length(ctx, arr);
  nghttp2_origin_entry* ov = eddy_calloc(count ? count : 1, sizeof(nghttp2_origin_entry));
  for (size_t i = 0; i < count; i++)
    ov[i].origin =
        latin1_of(ctx, JSObjectGetPropertyAtIndex(ctx, arr, (unsigned)i, NULL), &ov[i].origin_len);
  int rv = nghttp2_submit_origin(s->ng, NGHTTP2_FLAG_NONE, ov, count);
  for (size_t i = 0; i < count; i++) free(ov[i].origin);
  free(ov);
  return JSValueMakeNumber(ctx, rv);
}

static EDDY_JS_FN(h2_ping) {
  session* s = session_of(ctx, argv[0]);
  if (!s->ng) return JSValueMakeNumber(ctx, NGHTTP2_ERR_INVALID_STATE);
  size_t len = 0;
  uint8_t* payload = eddy_js_bytes(ctx, argv[1], &len);
  return JSValueMakeNumber(
      ctx, nghttp2_submit_ping(s->ng, NGHTTP2_FLAG_NONE, len == 8 ? payload : NULL));
}

static EDDY_JS_FN(h2_settings) {
  session* s = session_of(ctx, argv[0]);
  if (!s->ng) return JSValueMakeNumber(ctx, NGHTTP2_ERR_INVALID_STATE);
  nghttp2_settings_entry iv[16];
  size_t n = settings_from_js(ctx, argv[1], iv, 16);
  return JSValueMakeNumber(ctx, nghttp2_submit_settings(s->ng, NGHTTP2_FLAG_NONE, iv, n));
}

static EDDY_JS_FN(h2_get_settings) {
  session* s = session_of(ctx, argv[0]);
  bool remote = JSValueToBoolean(ctx, argv[1]);
  JSObjectRef arr = eddy_js_array_new(ctx);
  for (size_t i = 0; i < SETTINGS_COUNT; i++) {
    uint32_t v = s->ng ? settings_value(s->ng, remote, i) : 0;
    eddy_js_array_set(ctx, arr, i, JSValueMakeNumber(ctx, v));
  }
  return arr;
}

static EDDY_JS_FN(h2_frame_counts) {
  session* s = session_of(ctx, argv[0]);
  JSObjectRef arr = eddy_js_array_new(ctx);
  eddy_js_array_set(ctx, arr, 0, JSValueMakeNumber(ctx, s->frames_received));
  eddy_js_array_set(ctx, arr, 1, JSValueMakeNumber(ctx, s->frames_sent));
  return arr;
}

static EDDY_JS_FN(h2_state) {
  session* s = session_of(ctx, argv[0]);
  JSObjectRef arr = eddy_js_array_new(ctx);
  if (!s->ng) return arr;
  double v[] = {
      nghttp2_session_get_effective_local_window_size(s->ng),
      nghttp2_session_get_effective_recv_data_length(s->ng),
      nghttp2_session_get_next_stream_id(s->ng),
      nghttp2_session_get_local_window_size(s->ng),
      nghttp2_session_get_last_proc_stream_id(s->ng),
      nghttp2_session_get_remote_window_size(s->ng),
      (double)nghttp2_session_get_outbound_queue_size(s->ng),
      (double)nghttp2_session_get_hd_deflate_dynamic_table_size(s->ng),
      (double)nghttp2_session_get_hd_inflate_dynamic_table_size(s->ng),
  };
  for (size_t i = 0; i < sizeof v / sizeof v[0]; i++)
    eddy_js_array_set(ctx, arr, i, JSValueMakeNumber(ctx, v[i]));
  return arr;
}

static EDDY_JS_FN(h2_stream_state) {
  session* s = session_of(ctx, argv[0]);
  int32_t id = (int32_t)JSValueToNumber(ctx, argv[1], NULL);
  JSObjectRef arr = eddy_js_array_new(ctx);
  nghttp2_stream* ns = s->ng ? nghttp2_session_find_stream(s->ng, id) : NULL;
  double v[6] = {NGHTTP2_STREAM_STATE_CLOSED, NGHTTP2_DEFAULT_WEIGHT, 0, 1, 1, 0};
  if (ns) {
    v[0] = nghttp2_stream_get_state(ns);
    v[1] = nghttp2_stream_get_weight(ns);
    v[2] = nghttp2_stream_get_sum_dependency_weight(ns);
    v[3] = nghttp2_session_get_stream_local_close(s->ng, id);
    v[4] = nghttp2_session_get_stream_remote_close(s->ng, id);
    v[5] = nghttp2_session_get_stream_local_window_size(s->ng, id);
  }
  for (size_t i = 0; i < 6; i++) eddy_js_array_set(ctx, arr, i, JSValueMakeNumber(ctx, v[i]));
  return arr;
}

static EDDY_JS_FN(h2_consume) {
  session* s = session_of(ctx, argv[0]);
  if (!s->ng) return JSValueMakeUndefined(ctx);
  int32_t id = (int32_t)JSValueToNumber(ctx, argv[1], NULL);
  size_t n = (size_t)JSValueToNumber(ctx, argv[2], NULL);
  nghttp2_session_consume_connection(s->ng, n);
  /* A stream closed meanwhile has no window left to reopen. */
  if (nghttp2_session_find_stream(s->ng, id)) nghttp2_session_consume_stream(s->ng, id, n);
  return JSValueMakeUndefined(ctx);
}

static EDDY_JS_FN(h2_set_local_window_size) {
  session* s = session_of(ctx, argv[0]);
  if (!s->ng) return JSValueMakeNumber(ctx, NGHTTP2_ERR_INVALID_STATE);
  int32_t size = (int32_t)JSValueToNumber(ctx, argv[1], NULL);
  return JSValueMakeNumber(
      ctx, nghttp2_session_set_local_window_size(s->ng, NGHTTP2_FLAG_NONE, 0, size));
}

static EDDY_JS_FN(h2_set_next_stream_id) {
  session* s = session_of(ctx, argv[0]);
  if (!s->ng) return JSValueMakeNumber(ctx, NGHTTP2_ERR_INVALID_STATE);
  int32_t id = (int32_t)JSValueToNumber(ctx, argv[1], NULL);
  return JSValueMakeNumber(ctx, nghttp2_session_set_next_stream_id(s->ng, id));
}

/* Frees nghttp2's session now (JS is done with it); the object stays until GC. */
static EDDY_JS_FN(h2_destroy) {
  session* s = session_of(ctx, argv[0]);
  if (s->ng) nghttp2_session_del(s->ng);
  s->ng = NULL;
  session_free_streams(s);
  return JSValueMakeUndefined(ctx);
}

static EDDY_JS_FN(h2_error_string) {
  return eddy_js_cstr(ctx, nghttp2_strerror((int)eddy_js_arg_int(ctx, argc, argv, 0)));
}

/* node's http2.constants minus the HTTP2_HEADER/METHOD and HTTP_STATUS tables (which
 * lib/ adds), in node's order. The numbers come from nghttp2's header. */
static JSObjectRef make_constants(JSContextRef ctx) {
  JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
#define C(name, value) eddy_js_set_number(ctx, o, name, (double)(value))
#define NG(name) C(#name, name)
  NG(NGHTTP2_ERR_FRAME_SIZE_ERROR);
  C("NGHTTP2_SESSION_SERVER", 0); /* node's own names */
  C("NGHTTP2_SESSION_CLIENT", 1);
  NG(NGHTTP2_STREAM_STATE_IDLE);
  NG(NGHTTP2_STREAM_STATE_OPEN);
  NG(NGHTTP2_STREAM_STATE_RESERVED_LOCAL);
  NG(NGHTTP2_STREAM_STATE_RESERVED_REMOTE);
  NG(NGHTTP2_STREAM_STATE_HALF_CLOSED_LOCAL);
  NG(NGHTTP2_STREAM_STATE_HALF_CLOSED_REMOTE);
  NG(NGHTTP2_STREAM_STATE_CLOSED);
  NG(NGHTTP2_FLAG_NONE);
  NG(NGHTTP2_FLAG_END_STREAM);
  NG(NGHTTP2_FLAG_END_HEADERS);
  NG(NGHTTP2_FLAG_ACK);
  NG(NGHTTP2_FLAG_PADDED);
  NG(NGHTTP2_FLAG_PRIORITY);
  C("DEFAULT_SETTINGS_HEADER_TABLE_SIZE", NGHTTP2_DEFAULT_HEADER_TABLE_SIZE);
  C("DEFAULT_SETTINGS_ENABLE_PUSH", 1);
  C("DEFAULT_SETTINGS_MAX_CONCURRENT_STREAMS", 0xffffffffu);
  C("DEFAULT_SETTINGS_INITIAL_WINDOW_SIZE", NGHTTP2_INITIAL_WINDOW_SIZE);
  C("DEFAULT_SETTINGS_MAX_FRAME_SIZE", 16384);
  C("DEFAULT_SETTINGS_MAX_HEADER_LIST_SIZE", 65535);
  C("DEFAULT_SETTINGS_ENABLE_CONNECT_PROTOCOL", 0);
  C("MAX_MAX_FRAME_SIZE", (1 << 24) - 1);
  C("MIN_MAX_FRAME_SIZE", 16384);
  C("MAX_INITIAL_WINDOW_SIZE", NGHTTP2_MAX_WINDOW_SIZE);
  NG(NGHTTP2_SETTINGS_HEADER_TABLE_SIZE);
  NG(NGHTTP2_SETTINGS_ENABLE_PUSH);
  NG(NGHTTP2_SETTINGS_MAX_CONCURRENT_STREAMS);
  NG(NGHTTP2_SETTINGS_INITIAL_WINDOW_SIZE);
  NG(NGHTTP2_SETTINGS_MAX_FRAME_SIZE);
  NG(NGHTTP2_SETTINGS_MAX_HEADER_LIST_SIZE);
  NG(NGHTTP2_SETTINGS_ENABLE_CONNECT_PROTOCOL);
  C("PADDING_STRATEGY_NONE", 0);
  C("PADDING_STRATEGY_ALIGNED", 1);
  C("PADDING_STRATEGY_MAX", 2);
  C("PADDING_STRATEGY_CALLBACK", 1);
  NG(NGHTTP2_NO_ERROR);
  NG(NGHTTP2_PROTOCOL_ERROR);
  NG(NGHTTP2_INTERNAL_ERROR);
  NG(NGHTTP2_FLOW_CONTROL_ERROR);
  NG(NGHTTP2_SETTINGS_TIMEOUT);
  NG(NGHTTP2_STREAM_CLOSED);
  NG(NGHTTP2_FRAME_SIZE_ERROR);
  NG(NGHTTP2_REFUSED_STREAM);
  NG(NGHTTP2_CANCEL);
  NG(NGHTTP2_COMPRESSION_ERROR);
  NG(NGHTTP2_CONNECT_ERROR);
  NG(NGHTTP2_ENHANCE_YOUR_CALM);
  NG(NGHTTP2_INADEQUATE_SECURITY);
  NG(NGHTTP2_HTTP_1_1_REQUIRED);
  NG(NGHTTP2_DEFAULT_WEIGHT);
#undef NG
#undef C
  return o;
}

JSObjectRef eddy_binding_http2_init(eddy_runtime* rt, JSContextRef ctx) {
  (void)rt;
  if (!session_class) {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "Http2Session";
    def.finalize = session_finalize;
    eddy_js_class_publish(&session_class, JSClassCreate(&def));
  }
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  eddy_js_set_fn(ctx, b, "create", h2_create);
  eddy_js_set_fn(ctx, b, "receive", h2_receive);
  eddy_js_set_fn(ctx, b, "flush", h2_flush);
  eddy_js_set_fn(ctx, b, "request", h2_request);
  eddy_js_set_fn(ctx, b, "respond", h2_respond);
  eddy_js_set_fn(ctx, b, "info", h2_info);
  eddy_js_set_fn(ctx, b, "trailers", h2_trailers);
  eddy_js_set_fn(ctx, b, "write", h2_write);
  eddy_js_set_fn(ctx, b, "end", h2_end);
  eddy_js_set_fn(ctx, b, "rst", h2_rst);
  eddy_js_set_fn(ctx, b, "goaway", h2_goaway);
  eddy_js_set_fn(ctx, b, "ping", h2_ping);
  eddy_js_set_fn(ctx, b, "altsvc", h2_altsvc);
  eddy_js_set_fn(ctx, b, "push", h2_push);
  eddy_js_set_fn(ctx, b, "origin", h2_origin);
  eddy_js_set_fn(ctx, b, "settings", h2_settings);
  eddy_js_set_fn(ctx, b, "getSettings", h2_get_settings);
  eddy_js_set_fn(ctx, b, "state", h2_state);
  eddy_js_set_fn(ctx, b, "frameCounts", h2_frame_counts);
  eddy_js_set_fn(ctx, b, "streamState", h2_stream_state);
  eddy_js_set_fn(ctx, b, "consume", h2_consume);
  eddy_js_set_fn(ctx, b, "setLocalWindowSize", h2_set_local_window_size);
  eddy_js_set_fn(ctx, b, "setNextStreamId", h2_set_next_stream_id);
  eddy_js_set_fn(ctx, b, "destroy", h2_destroy);
  eddy_js_set_fn(ctx, b, "errorString", h2_error_string);
  eddy_js_set(ctx, b, "constants", make_constants(ctx));
  return b;
}
