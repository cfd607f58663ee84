/* internalBinding('messaging'): MessagePort handles whose messages cross threads
 * (see messaging.h for the model).
 *
 * JS API:
 *   post(handle, string, ...)   handle.postMessage(string, ...), the fast way (lib/ uses it)
 *   createChannel() -> [handleA, handleB]    two entangled MessagePort handles, or a
 *       negative errno when the runtime's wake-up fd cannot be made (EMFILE)
 *   moveHandle(handle) -> a new handle for the same channel end, the old one detached
 *       (a transfer within this thread: moveMessagePortToContext), or undefined when
 *       it is closed
 *   handle.postMessage(string, buffers[], ports[]) -> 0, -1 when the peer is gone, or
 *       -2 when ports[] held the peer itself (the channel is then closed)
 *       buffers: ArrayBuffers whose bytes are copied now (lib/ has already detached
 *       the ones being transferred); ports: handles being transferred, which are
 *       detached from this thread here.
 *   handle.postMessage(string, buffers[], ports[], shared[]): shared holds
 *       SharedArrayBuffers the receiver gets over the same memory (shared_memory.c)
 *   handle.onmessage(string, buffers[], ports[], shared[])   once per message, this = handle
 *   handle.onclose()                      the channel closed (either end)
 *   handle.receive() -> [string, buffers, ports] or undefined   (receiveMessageOnPort)
 *   handle.start() / stop()               deliver queued and future messages, or not
 *   handle.close()  ref()  unref()  hasRef()
 *
 * Thread model: the two ends of a channel share one mutex (channel_lock), which
 * guards both queues, the `peer` links and each end's `waker`.
 *
 * Waking the receiving thread: each runtime has one waker (src/util/waker.h), whose
 * eventfd a uv_poll_t watches; a sender claims the waker of the runtime that owns
 * the peer under the channel lock and fires it after releasing the lock, so the
 * woken thread does not block on the lock the sender still holds. That runtime
 * drains every port with queued messages. Each port still has a uv_async_t, never sent:
 * it is what ref()/unref() hold the loop with, and its close callback ends the
 * port's life. */
#include "messaging.h"

#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../runtime/reply_wait.h"
#include "../util/check.h"
#include "../util/js.h"
#include "../util/js_lock.h"
#include "../util/waker.h"
#include "shared_memory.h"

typedef struct message {
  struct message* next;
  JSStringRef data; /* NULL marks the peer's close */
  size_t buffer_count;
  uint8_t** buffers;
  size_t* lengths;
  size_t port_count;
  eddy_port** ports;
  size_t shared_count; /* SharedArrayBuffers, as shared_memory.c tokens */
  void** shared;
  size_t* shared_lengths;
} message;

typedef struct channel_lock {
  uv_mutex_t mutex;
  atomic_int refs;
} channel_lock;

struct eddy_port {
  channel_lock* lock;
  eddy_port* peer; /* NULL once either end closed */
  message* head;   /* incoming, oldest first */
  message* tail;
  eddy_waker* waker; /* the owning runtime's while attached, else NULL */
  atomic_int refs;
};

typedef struct port_wrap {
  uv_async_t async;       /* holds the loop (ref) while wanted; never sent */
  struct port_wrap* prev; /* in the runtime's list of open wrappers */
  struct port_wrap* next;
  eddy_runtime* rt;
  JSObjectRef object;   /* protected while the async handle is open */
  JSValueRef onmessage; /* handle.onmessage; protected (when an object) until the close */
  eddy_port* port;      /* NULL once closed or transferred away */
  bool started;
  bool closing;
  bool closed; /* async handle closed */
  bool finalized;
  bool emit_close;
  bool draining;      /* wrap_drain is delivering this port's messages */
  bool close_pending; /* closed while draining: detach once the queue is empty */
  bool closed_here;   /* close() was called on this end (see wrap_detach) */
  eddy_port* parted;  /* this end's port, closed here, until the handle has closed */
} port_wrap;

/* --- port data ------------------------------------------------------------------ */

static void message_free(message* m) {
  if (m->data) JSStringRelease(m->data);
  for (size_t i = 0; i < m->buffer_count; i++) free(m->buffers[i]);
  free(m->buffers);
  free(m->lengths);
  for (size_t i = 0; i < m->port_count; i++) eddy_port_release(m->ports[i]);
  free(m->ports);
  for (size_t i = 0; i < m->shared_count; i++)
    eddy_shared_memory_release(m->shared[i], m->shared_lengths[i]);
  free(m->shared);
  free(m->shared_lengths);
  free(m);
}

void eddy_port_pair(eddy_port** a, eddy_port** b) {
  channel_lock* lock = eddy_calloc(1, sizeof(*lock));
  CHECK_EQ(uv_mutex_init(&lock->mutex), 0);
  atomic_init(&lock->refs, 2);
  eddy_port* x = eddy_calloc(1, sizeof(*x));
  eddy_port* y = eddy_calloc(1, sizeof(*y));
  x->lock = y->lock = lock;
  x->peer = y;
  y->peer = x;
  atomic_init(&x->refs, 1);
  atomic_init(&y->refs, 1);
  *a = x;
  *b = y;
}

/* Unlinks p from its peer (under the lock) and tells the peer its channel closed. */
static void port_disentangle(eddy_port* p) {
  uv_mutex_lock(&p->lock->mutex);
  eddy_port* peer = p->peer;
  if (peer) {
    peer->peer = NULL;
    p->peer = NULL;
    message* m = eddy_calloc(1, sizeof(*m));
    if (peer->tail)
      peer->tail->next = m;
    else
      peer->head = m;
    peer->tail = m;
    if (peer->waker) eddy_waker_wake(peer->waker);
  }
  uv_mutex_unlock(&p->lock->mutex);
}

void eddy_port_release(eddy_port* p) {
  if (atomic_fetch_sub(&p->refs, 1) != 1) return;
  port_disentangle(p);
  channel_lock* lock = p->lock;
  uv_mutex_lock(&lock->mutex);
  message* m = p->head;
  p->head = p->tail = NULL;
  uv_mutex_unlock(&lock->mutex);
  while (m) {
    message* next = m->next;
    message_free(m);
    m = next;
  }
  free(p);
  if (atomic_fetch_sub(&lock->refs, 1) == 1) {
    uv_mutex_destroy(&lock->mutex);
    free(lock);
  }
}

static message* port_dequeue(eddy_port* p) {
  uv_mutex_lock(&p->lock->mutex);
  message* m = p->head;
  if (m) {
    p->head = m->next;
    if (!p->head) p->tail = NULL;
  }
  uv_mutex_unlock(&p->lock->mutex);
  return m;
}

/* --- JS handle ------------------------------------------------------------------- */

/* The runtime's open wrappers, so that disposing a runtime (a worker ending)
 * releases its ports and their peers see the channel close. */
typedef struct messaging_state {
  port_wrap* head;   /* oldest first: a wake-up delivers port by port in that order, */
  port_wrap* tail;   /* as node's (libuv runs ready async handles oldest first) */
  eddy_waker* waker; /* some port of this runtime has messages */
  uv_poll_t poll;
  uv_async_t async; /* never sent: makes the loop's async fd exist (see eddy_messaging_ready) */
  int open_handles; /* while disposing: of poll, async and reply_wait, the ones not yet closed */
  eddy_port* inbox; /* this thread's end of its postMessageToThread channel, until JS takes it */
  eddy_reply_wait reply_wait; /* after a post, the loop waits a little for the answer */
} messaging_state;

static void state_on_wake(uv_poll_t* poll, int status, int events);

/* Wakes this runtime's own loop (from its thread): a port started, or more
 * messages are waiting than one turn delivers. */
static void wake_self(messaging_state* st) { eddy_waker_signal(st->waker); }

static void messaging_dispose(eddy_runtime* rt);

static void async_on_nothing(uv_async_t* async) { (void)async; }

/* --- thread inboxes (postMessageToThread) ------------------------------------------
 * Each runtime with messaging state has an inbox: a port pair whose one end the
 * process-wide registry keeps under the runtime's threadId, and whose other end
 * the runtime's JS takes (takeInbox()). A message to a thread is queued on the
 * registry's end as if sent from it. */

typedef struct inbox_entry {
  struct inbox_entry* next;
  int thread_id;
  eddy_port* inlet; /* its peer is the thread's inbox */
} inbox_entry;

static uv_once_t inbox_once = UV_ONCE_INIT;
static uv_mutex_t inbox_lock;
static inbox_entry* inboxes;

static void inbox_init(void) { CHECK_EQ(uv_mutex_init(&inbox_lock), 0); }

static eddy_port* inbox_register(int thread_id) {
  uv_once(&inbox_once, inbox_init);
  eddy_port *inbox, *inlet;
  eddy_port_pair(&inbox, &inlet);
  inbox_entry* e = eddy_calloc(1, sizeof(*e));
  e->thread_id = thread_id;
  e->inlet = inlet;
  uv_mutex_lock(&inbox_lock);
  e->next = inboxes;
  inboxes = e;
  uv_mutex_unlock(&inbox_lock);
  return inbox;
}

static void inbox_unregister(int thread_id) {
  uv_once(&inbox_once, inbox_init);
  uv_mutex_lock(&inbox_lock);
  for (inbox_entry** link = &inboxes; *link; link = &(*link)->next) {
    inbox_entry* e = *link;
    if (e->thread_id != thread_id) continue;
    *link = e->next;
    uv_mutex_unlock(&inbox_lock);
    eddy_port_release(e->inlet);
    free(e);
    return;
  }
  uv_mutex_unlock(&inbox_lock);
}

static void state_on_abandon(uv_handle_t* handle) { free(handle->data); }

/* Makes the runtime's messaging state. It is the one place a runtime's ports can
 * fail for want of file descriptors: made here, where failing is allowed, the
 * loop's own async wake-up fd (made by its first uv_async_t) exists, so no later
 * port's uv_async_init can fail. */
int eddy_messaging_ready(eddy_runtime* rt) {
  if (rt->binding_state[EDDY_BINDING_messaging]) return 0;
  messaging_state* st = eddy_calloc(1, sizeof(*st));
  int err = uv_async_init(&rt->loop, &st->async, async_on_nothing);
  if (err) {
    free(st);
    return err;
  }
  st->async.data = st;
  uv_unref((uv_handle_t*)&st->async);
  st->waker = eddy_waker_new(&err);
  if (st->waker) err = uv_poll_init(&rt->loop, &st->poll, eddy_waker_fd(st->waker));
  if (err) {
    if (st->waker) eddy_waker_release(st->waker);
    uv_close((uv_handle_t*)&st->async, state_on_abandon);
    return err;
  }
  st->poll.data = rt;
  CHECK_EQ(uv_poll_start(&st->poll, UV_READABLE, state_on_wake), 0);
  uv_unref((uv_handle_t*)&st->poll);
  st->inbox = inbox_register(rt->thread_id);
  eddy_reply_wait_init(&st->reply_wait, &rt->loop, st->waker);
  rt->binding_state[EDDY_BINDING_messaging] = st;
  rt->binding_dispose[EDDY_BINDING_messaging] = messaging_dispose;
  return 0;
}

/* Callers have made sure the state exists (eddy_messaging_ready). */
static messaging_state* state_of(eddy_runtime* rt) {
  messaging_state* st = rt->binding_state[EDDY_BINDING_messaging];
  CHECK(st != NULL);
  return st;
}

/* A wrapper whose close completes after the runtime's messaging state was
 * disposed was already unlinked there. */
static void list_remove(port_wrap* w) {
  messaging_state* st = w->rt->binding_state[EDDY_BINDING_messaging];
  if (!st) return;
  if (w->prev)
    w->prev->next = w->next;
  else if (st->head == w)
    st->head = w->next;
  if (w->next)
    w->next->prev = w->prev;
  else if (st->tail == w)
    st->tail = w->prev;
  w->prev = w->next = NULL;
}

static JSClassRef port_class(void);

static void wrap_finalize(JSObjectRef object) {
  port_wrap* w = JSObjectGetPrivate(object);
  if (!w) return;
  w->finalized = true;
  if (w->closed) free(w);
}

static port_wrap* wrap_of(JSObjectRef self) {
  port_wrap* w = JSObjectGetPrivate(self);
  CHECK(w != NULL);
  return w;
}

/* "length", read from every message's arrays, made once (JSStringRef's count is
 * thread-safe, so every runtime shares it). */
static uv_once_t names_once = UV_ONCE_INIT;
static JSStringRef name_length;

static void names_init(void) { name_length = JSStringCreateWithUTF8CString("length"); }

static size_t array_length(JSContextRef ctx, JSObjectRef array) {
  uv_once(&names_once, names_init);
  return eddy_js_count(ctx, JSObjectGetProperty(ctx, array, name_length, NULL));
}

/* The arguments of onmessage (and receive()'s array): the data string, then the
 * buffers and port handles as arrays, or undefined when the message has none (most
 * have none, and two empty arrays per message cost more than the rest of the
 * crossing). Returns how many of out[] to pass. */
static size_t message_to_js(JSContextRef ctx, eddy_runtime* rt, message* m, JSValueRef out[4]) {
  out[0] = JSValueMakeString(ctx, m->data);
  out[3] = JSValueMakeUndefined(ctx);
  if (m->buffer_count == 0 && m->port_count == 0 && m->shared_count == 0) {
    out[1] = out[2] = JSValueMakeUndefined(ctx);
    return 1;
  }
  JSValueRef* bufs = eddy_calloc(m->buffer_count + 1, sizeof(JSValueRef));
  for (size_t i = 0; i < m->buffer_count; i++) {
    bufs[i] = JSObjectMakeArrayBufferWithBytesNoCopy(ctx, m->buffers[i], m->lengths[i],
                                                     eddy_js_free_bytes, NULL, NULL);
    m->buffers[i] = NULL;
  }
  out[1] = eddy_js_array_of(ctx, m->buffer_count, bufs);
  free(bufs);
  JSValueRef* ports = eddy_calloc(m->port_count + 1, sizeof(JSValueRef));
  for (size_t i = 0; i < m->port_count; i++) {
    ports[i] = eddy_port_wrap(rt, ctx, m->ports[i]);
    m->ports[i] = NULL;
  }
  out[2] = eddy_js_array_of(ctx, m->port_count, ports);
  free(ports);
  m->buffer_count = 0;
  m->port_count = 0;
  if (m->shared_count == 0) return 3;
  JSObjectRef shared = eddy_js_array_new(ctx);
  out[3] = shared;
  for (size_t i = 0; i < m->shared_count; i++) {
    JSObjectRef sab = eddy_shared_memory_adopt(ctx, m->shared[i], m->shared_lengths[i]);
    eddy_js_array_set(ctx, shared, i, sab ? (JSValueRef)sab : JSValueMakeUndefined(ctx));
  }
  m->shared_count = 0;
  return 4;
}

static void wrap_detach(port_wrap* w);

/* handle.onmessage lives here, not as an ordinary property: it is read for every
 * message, and a property lookup on a handle object costs about a thousand
 * instructions (the name is hashed and the class's static tables searched). */
static void wrap_set_onmessage(port_wrap* w, JSContextRef ctx, JSValueRef fn) {
  if (w->onmessage && JSValueIsObject(ctx, w->onmessage)) JSValueUnprotect(ctx, w->onmessage);
  w->onmessage = NULL;
  if (!fn || w->closed) return;
  if (JSValueIsObject(ctx, fn)) JSValueProtect(ctx, fn);
  w->onmessage = fn;
}

static JSValueRef port_get_onmessage(JSContextRef ctx, JSObjectRef self, JSStringRef name,
                                     JSValueRef* exception) {
  (void)name, (void)exception;
  port_wrap* w = JSObjectGetPrivate(self);
  return w && w->onmessage ? w->onmessage : JSValueMakeUndefined(ctx);
}

static bool port_set_onmessage(JSContextRef ctx, JSObjectRef self, JSStringRef name,
                               JSValueRef value, JSValueRef* exception) {
  (void)name, (void)exception;
  port_wrap* w = JSObjectGetPrivate(self);
  if (w) wrap_set_onmessage(w, ctx, value);
  return true;
}

static void wrap_on_close(uv_handle_t* handle) {
  port_wrap* w = handle->data;
  eddy_runtime* rt = w->rt;
  w->closed = true;
  list_remove(w);
  if (w->emit_close && !rt->exiting) {
    JSValueRef fn = eddy_js_get(rt->ctx, w->object, "onclose");
    if (JSValueIsObject(rt->ctx, fn) && JSObjectIsFunction(rt->ctx, (JSObjectRef)fn))
      eddy_runtime_call(rt, (JSObjectRef)fn, w->object, 0, NULL);
  }
  wrap_set_onmessage(w, rt->ctx, NULL);
  JSValueUnprotect(rt->ctx, w->object);
  if (w->parted) {
    port_disentangle(w->parted);
    eddy_port_release(w->parted);
    w->parted = NULL;
  }
}

/* Delivers queued messages while the port is started; a close marker ends it. */
static void wrap_on_async(uv_async_t* async) {
  (void)async; /* never sent (see the top of this file) */
}

static bool port_has_messages(eddy_port* p) {
  uv_mutex_lock(&p->lock->mutex);
  bool any = p->head != NULL;
  uv_mutex_unlock(&p->lock->mutex);
  return any;
}

/* Delivers the queued messages of one port while it is started; a close marker
 * ends it. */
static void wrap_drain(port_wrap* w) {
  eddy_runtime* rt = w->rt;
  if (w->port && !w->started) {
    /* A port not started still learns that its channel closed once no message
     * is waiting before the close (as node: messages the peer sent before it
     * closed are delivered when this port starts, and 'close' follows them). */
    uv_mutex_lock(&w->port->lock->mutex);
    bool closed = w->port->head && !w->port->head->data;
    uv_mutex_unlock(&w->port->lock->mutex);
    if (closed || w->close_pending) {
      w->emit_close = true;
      wrap_detach(w);
    }
    return;
  }
  /* Bounded per wake-up so one busy port cannot starve the loop. */
  w->draining = true;
  for (int n = 0; w->port && w->started && !rt->exiting; n++) {
    if (n == 1000) {
      /* More are waiting: come back on the next loop turn. */
      w->draining = false;
      wake_self(state_of(rt));
      return;
    }
    message* m = port_dequeue(w->port);
    if (!m) break;
    if (!m->data) {
      message_free(m);
      w->emit_close = true;
      wrap_detach(w);
      break;
    }
    JSContextRef ctx = rt->ctx;
    JSValueRef args[4];
    /* One hold of the engine's lock for the C API calls that make the call's
     * arguments: each would take and release it (releasing the outermost hold also
     * runs the engine's end-of-turn work). The call itself runs outside it, so
     * promise jobs still run when it returns (main thread). */
    eddy_js_lock lock;
    eddy_js_lock_take(&lock, ctx);
    size_t argc = message_to_js(ctx, rt, m, args);
    message_free(m);
    JSValueRef fn = w->onmessage;
    bool callable = fn && JSValueIsObject(ctx, fn) && JSObjectIsFunction(ctx, (JSObjectRef)fn);
    eddy_js_lock_release(&lock);
    if (callable) eddy_runtime_call(rt, (JSObjectRef)fn, w->object, argc, args);
  }
  w->draining = false;
  if (w->close_pending) wrap_detach(w);
}

/* Takes the port out of this wrapper (closing the async handle); returns it. */
static eddy_port* wrap_take(port_wrap* w) {
  eddy_port* p = w->port;
  if (!p) return NULL;
  uv_mutex_lock(&p->lock->mutex);
  p->waker = NULL;
  uv_mutex_unlock(&p->lock->mutex);
  w->port = NULL;
  if (!w->closing) {
    w->closing = true;
    uv_close((uv_handle_t*)&w->async, wrap_on_close);
  }
  return p;
}

/* A port closed by its own close() tells its peer only once its handle has closed,
 * as node's does: this end's 'close' comes first, then the peer's. */
static void wrap_detach(port_wrap* w) {
  eddy_port* p = wrap_take(w);
  if (!p) return;
  if (w->closed_here)
    w->parted = p;
  else
    eddy_port_release(p);
}

JSObjectRef eddy_port_wrap(eddy_runtime* rt, JSContextRef ctx, eddy_port* p) {
  port_wrap* w = eddy_calloc(1, sizeof(*w));
  w->rt = rt;
  w->port = p;
  w->object = JSObjectMake(ctx, port_class(), w);
  CHECK_EQ(uv_async_init(&rt->loop, &w->async, wrap_on_async), 0);
  w->async.data = w;
  uv_unref((uv_handle_t*)&w->async);
  JSValueProtect(ctx, w->object);
  messaging_state* st = state_of(rt);
  w->prev = st->tail;
  if (st->tail)
    st->tail->next = w;
  else
    st->head = w;
  st->tail = w;
  uv_mutex_lock(&p->lock->mutex);
  p->waker = st->waker;
  bool pending = p->head != NULL;
  uv_mutex_unlock(&p->lock->mutex);
  if (pending) wake_self(st);
  return w->object;
}

/* A message from postMessage's arguments (string, buffers[], ports[]): the
 * buffers' bytes copied, the ports detached from this thread. */
static message* message_from_js(JSContextRef ctx, size_t argc, const JSValueRef argv[]) {
  message* m = eddy_calloc(1, sizeof(*m));
  m->data = JSValueToStringCopy(ctx, argc > 0 ? argv[0] : JSValueMakeUndefined(ctx), NULL);
  /* lib/ passes only the string when there are no buffers or ports. */
  JSObjectRef bufs = argc > 1 ? (JSObjectRef)argv[1] : NULL;
  if (bufs && JSValueIsArray(ctx, bufs)) {
    size_t n = array_length(ctx, bufs);
    m->buffers = eddy_calloc(n + 1, sizeof(uint8_t*));
    m->lengths = eddy_calloc(n + 1, sizeof(size_t));
    m->buffer_count = n;
    for (size_t i = 0; i < n; i++) {
      size_t len = 0;
      uint8_t* bytes =
          eddy_js_bytes(ctx, JSObjectGetPropertyAtIndex(ctx, bufs, (unsigned)i, NULL), &len);
      m->buffers[i] = eddy_malloc(len ? len : 1);
      if (len) memcpy(m->buffers[i], bytes, len);
      m->lengths[i] = len;
    }
  }
  JSObjectRef ports = argc > 2 ? (JSObjectRef)argv[2] : NULL;
  if (ports && JSValueIsArray(ctx, ports)) {
    size_t n = array_length(ctx, ports);
    m->ports = eddy_calloc(n + 1, sizeof(eddy_port*));
    for (size_t i = 0; i < n; i++) {
      JSValueRef v = JSObjectGetPropertyAtIndex(ctx, ports, (unsigned)i, NULL);
      CHECK(JSValueIsObjectOfClass(ctx, v, port_class()));
      eddy_port* p = wrap_take(wrap_of((JSObjectRef)v));
      if (p) m->ports[m->port_count++] = p;
    }
  }
  /* argv[3]: SharedArrayBuffers whose memory the receiver shares (lib/ passes
   * them only when eddy_shared_memory_supported()). */
  JSObjectRef shared = argc > 3 ? (JSObjectRef)argv[3] : NULL;
  if (shared && JSValueIsArray(ctx, shared)) {
    size_t n = array_length(ctx, shared);
    m->shared = eddy_calloc(n + 1, sizeof(void*));
    m->shared_lengths = eddy_calloc(n + 1, sizeof(size_t));
    for (size_t i = 0; i < n; i++) {
      JSObjectRef sab = (JSObjectRef)JSObjectGetPropertyAtIndex(ctx, shared, (unsigned)i, NULL);
      m->shared_lengths[i] = JSObjectGetArrayBufferByteLength(ctx, sab, NULL);
      m->shared[i] = eddy_shared_memory_share(ctx, sab);
    }
    m->shared_count = n;
  }
  return m;
}

/* Queues m on p's peer, as sent from p; false (m not taken) when the channel is
 * closed. */
static bool port_enqueue(eddy_port* p, message* m) {
  eddy_waker* to_wake = NULL;
  uv_mutex_lock(&p->lock->mutex);
  eddy_port* peer = p->peer;
  if (peer) {
    if (peer->tail)
      peer->tail->next = m;
    else
      peer->head = m;
    peer->tail = m;
    to_wake = eddy_waker_claim(peer->waker);
  }
  uv_mutex_unlock(&p->lock->mutex);
  eddy_waker_fire(to_wake);
  return peer != NULL;
}

/* Whether m moves p's own peer (a port posted to itself through its channel). */
static bool message_moves_peer(eddy_port* p, message* m) {
  uv_mutex_lock(&p->lock->mutex);
  eddy_port* peer = p->peer;
  uv_mutex_unlock(&p->lock->mutex);
  for (size_t i = 0; peer && i < m->port_count; i++)
    if (m->ports[i] == peer) return true;
  return false;
}

static EDDY_JS_FN(port_post) {
  (void)function, (void)exception;
  port_wrap* w = wrap_of(self);
  if (!w->port) return JSValueMakeNumber(ctx, -1);
  message* m = message_from_js(ctx, argc, argv);
  if (message_moves_peer(w->port, m)) {
    /* The target was sent to itself: the message is dropped (what it moved stays
     * moved) and the channel is lost, as in node; -2 tells lib/ to warn. */
    message_free(m);
    w->emit_close = true;
    port_disentangle(w->port);
    wrap_detach(w);
    return JSValueMakeNumber(ctx, -2);
  }
  if (!port_enqueue(w->port, m)) {
    message_free(m);
    return JSValueMakeNumber(ctx, -1);
  }
  eddy_reply_wait_expect(&state_of(w->rt)->reply_wait);
  return JSValueMakeNumber(ctx, 0);
}

static EDDY_JS_FN(port_receive) {
  (void)function, (void)argc, (void)argv, (void)exception;
  port_wrap* w = wrap_of(self);
  if (!w->port) return JSValueMakeUndefined(ctx);
  message* m = port_dequeue(w->port);
  if (!m) return JSValueMakeUndefined(ctx);
  if (!m->data) {
    message_free(m);
    w->emit_close = true;
    wrap_detach(w);
    return JSValueMakeUndefined(ctx);
  }
  JSValueRef out[4];
  size_t n = message_to_js(ctx, w->rt, m, out);
  message_free(m);
  return eddy_js_array_of(ctx, n < 3 ? 3 : n, out);
}

static EDDY_JS_FN(port_start) {
  (void)function, (void)argc, (void)argv, (void)exception;
  port_wrap* w = wrap_of(self);
  w->started = true;
  if (w->port) wake_self(state_of(w->rt));
  return JSValueMakeUndefined(ctx);
}

static EDDY_JS_FN(port_stop) {
  (void)function, (void)argc, (void)argv, (void)exception;
  wrap_of(self)->started = false;
  return JSValueMakeUndefined(ctx);
}

/* close(drainQueued): a MessagePort closed by one of its own 'message' listeners
 * still delivers the messages already queued for it (node's port goes on with
 * the queue it is working through); nothing more arrives, and 'close' follows
 * them. A BroadcastChannel's close drops them. */
static EDDY_JS_FN(port_close) {
  (void)function, (void)exception;
  port_wrap* w = wrap_of(self);
  if (w->port && !w->close_pending) {
    w->emit_close = true;
    w->closed_here = true;
    if (w->draining && argc > 0 && JSValueToBoolean(ctx, argv[0]))
      w->close_pending = true;
    else
      wrap_detach(w);
  }
  return JSValueMakeUndefined(ctx);
}

static EDDY_JS_FN(port_ref) {
  (void)function, (void)argc, (void)argv, (void)exception;
  port_wrap* w = wrap_of(self);
  if (!w->closing) uv_ref((uv_handle_t*)&w->async);
  return JSValueMakeUndefined(ctx);
}

static EDDY_JS_FN(port_unref) {
  (void)function, (void)argc, (void)argv, (void)exception;
  port_wrap* w = wrap_of(self);
  if (!w->closing) uv_unref((uv_handle_t*)&w->async);
  return JSValueMakeUndefined(ctx);
}

static EDDY_JS_FN(port_has_ref) {
  (void)function, (void)argc, (void)argv, (void)exception;
  port_wrap* w = wrap_of(self);
  /* A closing port holds the loop until its close completes, as node's does. */
  return JSValueMakeBoolean(ctx, !w->closed && uv_has_ref((uv_handle_t*)&w->async));
}

static EDDY_JS_FN(port_is_open) {
  (void)function, (void)argc, (void)argv, (void)exception;
  port_wrap* w = wrap_of(self);
  return JSValueMakeBoolean(ctx, w->port != NULL && !w->close_pending);
}

static JSValueRef port_broadcast(JSContextRef ctx, JSObjectRef function, JSObjectRef self,
                                 size_t argc, const JSValueRef argv[], JSValueRef* exception);

static const JSStaticFunction port_functions[] = {
    {"postMessage", port_post, kJSPropertyAttributeDontEnum},
    {"receive", port_receive, kJSPropertyAttributeDontEnum},
    {"start", port_start, kJSPropertyAttributeDontEnum},
    {"stop", port_stop, kJSPropertyAttributeDontEnum},
    {"close", port_close, kJSPropertyAttributeDontEnum},
    {"ref", port_ref, kJSPropertyAttributeDontEnum},
    {"unref", port_unref, kJSPropertyAttributeDontEnum},
    {"hasRef", port_has_ref, kJSPropertyAttributeDontEnum},
    {"isOpen", port_is_open, kJSPropertyAttributeDontEnum},
    {"broadcast", port_broadcast, kJSPropertyAttributeDontEnum},
    {NULL, NULL, 0},
};

static const JSStaticValue port_values[] = {
    {"onmessage", port_get_onmessage, port_set_onmessage, kJSPropertyAttributeDontEnum},
    {NULL, NULL, NULL, 0},
};

static JSClassRef port_class(void) {
  static _Atomic(JSClassRef) cls;
  if (!cls) {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "MessagePortHandle";
    def.staticFunctions = port_functions;
    def.staticValues = port_values;
    def.finalize = wrap_finalize;
    eddy_js_class_publish(&cls, JSClassCreate(&def));
  }
  return cls;
}

static void state_on_wake(uv_poll_t* poll, int status, int events) {
  (void)status, (void)events;
  eddy_runtime* rt = poll->data;
  messaging_state* st = state_of(rt);
  /* Consumed first: a message queued by a sender that found the flag still set is
   * found by the walk below (src/util/waker.h). */
  eddy_waker_consume(st->waker);
  /* Wrappers made while JS runs join at the tail (and are visited too); ones
   * closing stay listed until their close callback, which cannot run during this
   * walk. */
  for (port_wrap* w = st->head; w && !rt->exiting; w = w->next) {
    if (w->port && (w->close_pending || port_has_messages(w->port))) wrap_drain(w);
  }
}

/* The state's three handles close together; the last close callback frees it. */
static void state_handle_on_close(uv_handle_t* handle) {
  messaging_state* st = handle->data;
  if (--st->open_handles > 0) return;
  eddy_waker_release(st->waker);
  free(st);
}

/* The runtime is ending (a worker's): every port still open closes, so the
 * other ends see their channels close. Nothing here may count on a loop turn:
 * a worker stopped with uv_stop() has its next uv_run() return at once, so the
 * close callbacks run in whichever later turn comes (the runtime's final
 * ones), after the state has been taken out of the runtime. */
static void messaging_dispose(eddy_runtime* rt) {
  messaging_state* st = rt->binding_state[EDDY_BINDING_messaging];
  rt->exiting = true;
  inbox_unregister(rt->thread_id);
  if (st->inbox) eddy_port_release(st->inbox);
  for (port_wrap* w = st->head; w; w = w->next) {
    if (w->port) {
      port_disentangle(w->port);
      wrap_detach(w);
    }
  }
  for (port_wrap* w = st->head; w;) {
    port_wrap* next = w->next;
    w->prev = w->next = NULL;
    w = next;
  }
  st->head = st->tail = NULL;
  rt->binding_state[EDDY_BINDING_messaging] = NULL;
  st->open_handles = 3;
  st->poll.data = st;
  uv_close((uv_handle_t*)&st->poll, state_handle_on_close);
  st->reply_wait.prepare.data = st;
  eddy_reply_wait_close(&st->reply_wait, state_handle_on_close);
  uv_close((uv_handle_t*)&st->async, state_handle_on_close);
}

/* --- BroadcastChannel ----------------------------------------------------------------
 * Channels of one name reach each other across every thread of the process, so
 * their registry is the one process-wide structure here (guarded by its own lock,
 * made once). Each member is a port pair: JS holds one end; the registry holds the
 * other, and a broadcast enqueues a copy of the message into every other member's
 * JS end, as a message sent from the registry's end would be. */

typedef struct broadcast_member {
  struct broadcast_member* next;
  char* name;
  eddy_port* inlet; /* its peer is the member's JS end */
} broadcast_member;

static uv_once_t broadcast_once = UV_ONCE_INIT;
static uv_mutex_t broadcast_lock;
static broadcast_member* broadcast_members;

static void broadcast_init(void) { CHECK_EQ(uv_mutex_init(&broadcast_lock), 0); }

/* broadcastJoin(name) -> the member's MessagePort handle, or a negative errno. */
static EDDY_JS_FN(broadcast_join) {
  (void)function, (void)self, (void)exception;
  uv_once(&broadcast_once, broadcast_init);
  int err = eddy_messaging_ready(eddy_runtime_from(ctx));
  if (err) return JSValueMakeNumber(ctx, err);
  eddy_port *outlet, *inlet;
  eddy_port_pair(&outlet, &inlet);
  broadcast_member* m = eddy_calloc(1, sizeof(*m));
  m->name = eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 0), NULL, NULL);
  m->inlet = inlet;
  uv_mutex_lock(&broadcast_lock);
  m->next = broadcast_members;
  broadcast_members = m;
  uv_mutex_unlock(&broadcast_lock);
  return eddy_port_wrap(eddy_runtime_from(ctx), ctx, outlet);
}

/* True once the member's JS end is gone (closed, or its runtime ended). */
static bool member_gone(broadcast_member* m) {
  uv_mutex_lock(&m->inlet->lock->mutex);
  bool gone = m->inlet->peer == NULL;
  uv_mutex_unlock(&m->inlet->lock->mutex);
  return gone;
}

/* handle.broadcast(name, string, buffers[]): to every other open member of name. */
static EDDY_JS_FN(port_broadcast) {
  (void)function, (void)exception;
  uv_once(&broadcast_once, broadcast_init);
  port_wrap* w = wrap_of(self);
  char* name = eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 0), NULL, NULL);
  JSStringRef data = JSValueToStringCopy(ctx, eddy_js_arg(ctx, argc, argv, 1), NULL);
  JSObjectRef bufs = (JSObjectRef)eddy_js_arg(ctx, argc, argv, 2);
  size_t n = JSValueIsArray(ctx, bufs) ? eddy_js_length(ctx, bufs) : 0;
  uint8_t** bytes = eddy_calloc(n + 1, sizeof(uint8_t*));
  size_t* lengths = eddy_calloc(n + 1, sizeof(size_t));
  for (size_t i = 0; i < n; i++)
    bytes[i] =
        eddy_js_bytes(ctx, JSObjectGetPropertyAtIndex(ctx, bufs, (unsigned)i, NULL), &lengths[i]);

  uv_mutex_lock(&broadcast_lock);
  broadcast_member** link = &broadcast_members;
  while (*link) {
    broadcast_member* m = *link;
    if (member_gone(m)) {
      *link = m->next;
      eddy_port_release(m->inlet);
      free(m->name);
      free(m);
      continue;
    }
    link = &m->next;
    if (strcmp(m->name, name) != 0) continue;
    uv_mutex_lock(&m->inlet->lock->mutex);
    eddy_port* target = m->inlet->peer;
    if (target && target != w->port) {
      message* msg = eddy_calloc(1, sizeof(*msg));
      msg->data = JSStringRetain(data);
      msg->buffers = eddy_calloc(n + 1, sizeof(uint8_t*));
      msg->lengths = eddy_calloc(n + 1, sizeof(size_t));
      msg->buffer_count = n;
      for (size_t i = 0; i < n; i++) {
        msg->buffers[i] = eddy_malloc(lengths[i] ? lengths[i] : 1);
        if (lengths[i]) memcpy(msg->buffers[i], bytes[i], lengths[i]);
        msg->lengths[i] = lengths[i];
      }
      if (target->tail)
        target->tail->next = msg;
      else
        target->head = msg;
      target->tail = msg;
      /* Under the broadcast and channel locks, so the waker cannot go away. */
      if (target->waker) eddy_waker_signal(target->waker);
    }
    uv_mutex_unlock(&m->inlet->lock->mutex);
  }
  uv_mutex_unlock(&broadcast_lock);
  JSStringRelease(data);
  free(bytes);
  free(lengths);
  free(name);
  return JSValueMakeUndefined(ctx);
}

/* takeInbox() -> the handle of this thread's inbox (once), or a negative errno. */
static EDDY_JS_FN(take_inbox) {
  (void)function, (void)self, (void)argc, (void)argv, (void)exception;
  eddy_runtime* rt = eddy_runtime_from(ctx);
  int err = eddy_messaging_ready(rt);
  if (err) return JSValueMakeNumber(ctx, err);
  messaging_state* st = state_of(rt);
  if (!st->inbox) return JSValueMakeUndefined(ctx);
  eddy_port* inbox = st->inbox;
  st->inbox = NULL;
  return eddy_port_wrap(rt, ctx, inbox);
}

/* postToThread(threadId, string, buffers[], ports[]) -> true, or false when no
 * thread of that id has an inbox. Ports listed are detached from this thread. */
static EDDY_JS_FN(post_to_thread) {
  (void)function, (void)self, (void)exception;
  uv_once(&inbox_once, inbox_init);
  int thread_id = (int)eddy_js_arg_int(ctx, argc, argv, 0);
  message* m = message_from_js(ctx, argc - 1, argv + 1);
  uv_mutex_lock(&inbox_lock);
  bool queued = false;
  for (inbox_entry* e = inboxes; e; e = e->next) {
    if (e->thread_id != thread_id) continue;
    queued = port_enqueue(e->inlet, m);
    break;
  }
  uv_mutex_unlock(&inbox_lock);
  if (!queued) message_free(m);
  return JSValueMakeBoolean(ctx, queued);
}

/* post(handle, string, buffers[], ports[], shared[]): handle.postMessage as a plain
 * binding function, which the engine calls with its lock held and the arguments in
 * place; a JSClass static function is called through the C API's wrapper, which
 * copies them and drops the lock that every engine call inside then takes again
 * (bench/spawn's worker ping-pong, callgrind: about 10% fewer instructions). */
static EDDY_JS_FN(fast_post) {
  JSValueRef handle = eddy_js_arg(ctx, argc, argv, 0);
  CHECK(JSValueIsObjectOfClass(ctx, handle, port_class()));
  return port_post(ctx, function, (JSObjectRef)handle, argc ? argc - 1 : 0, argv + (argc ? 1 : 0),
                   exception);
}

static EDDY_JS_FN(move_handle) {
  (void)function, (void)self, (void)exception;
  JSValueRef handle = eddy_js_arg(ctx, argc, argv, 0);
  CHECK(JSValueIsObjectOfClass(ctx, handle, port_class()));
  port_wrap* w = wrap_of((JSObjectRef)handle);
  if (w->close_pending) return JSValueMakeUndefined(ctx);
  eddy_port* p = wrap_take(w);
  if (!p) return JSValueMakeUndefined(ctx);
  return eddy_port_wrap(eddy_runtime_from(ctx), ctx, p);
}

static EDDY_JS_FN(create_channel) {
  (void)function, (void)self, (void)argc, (void)argv, (void)exception;
  eddy_runtime* rt = eddy_runtime_from(ctx);
  int err = eddy_messaging_ready(rt);
  if (err) return JSValueMakeNumber(ctx, err);
  eddy_port *a, *b;
  eddy_port_pair(&a, &b);
  JSValueRef pair[2] = {eddy_port_wrap(rt, ctx, a), eddy_port_wrap(rt, ctx, b)};
  return eddy_js_array_of(ctx, 2, pair);
}

JSObjectRef eddy_binding_messaging_init(eddy_runtime* rt, JSContextRef ctx) {
  (void)rt;
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  eddy_js_set_fn(ctx, b, "createChannel", create_channel);
  eddy_js_set_fn(ctx, b, "moveHandle", move_handle);
  eddy_js_set_fn(ctx, b, "broadcastJoin", broadcast_join);
  eddy_js_set_fn(ctx, b, "takeInbox", take_inbox);
  eddy_js_set(ctx, b, "sharedMemory", JSValueMakeBoolean(ctx, eddy_shared_memory_supported(ctx)));
  eddy_js_set_fn(ctx, b, "postToThread", post_to_thread);
  eddy_js_set_fn(ctx, b, "post", fast_post);
  return b;
}
