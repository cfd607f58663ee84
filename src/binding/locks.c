/* internalBinding('locks'): the Web Locks registry (navigator.locks), one per
 * process, so a lock held by one thread blocks a request of the same name made
 * by another (lib/internal/locks.js is the API over it).
 *
 * Every thread's runtime is a client. The registry keeps, per lock name, the
 * held locks and the queue of pending requests, all under one mutex, and
 * follows the spec's "process the lock request queue": a request is granted when
 * it heads its queue and no held lock conflicts with its mode. When a grant or a
 * steal concerns a client, an event (request id, kind) is appended to that
 * client's list; another thread is woken with its waker (src/util/waker.h: one
 * eventfd write per burst, made after the registry's lock is released), the calling thread
 * takes its own events synchronously (take()) after each operation, which is how
 * node runs a freed lock's next callback within the releasing microtask.
 *
 * No JS value lives in the registry: requests are (client, id) pairs and lib/
 * maps ids to callbacks. Lock names are kept as UTF-16 so any JS string (lone
 * surrogates included) names exactly one lock. A client leaving (its runtime is
 * disposed: a worker ending or terminated) drops its held locks and pending
 * requests, which may grant other clients' requests. */
#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "../runtime/runtime.h"
#include "../util/check.h"
#include "../util/event_client.h"
#include "../util/js.h"
#include "../util/waker.h"

enum { EVENT_GRANTED = 1, EVENT_STOLEN = 2 };
enum { STATUS_QUEUED = 0, STATUS_GRANTED = 1, STATUS_UNAVAILABLE = 2 };

typedef struct lock_event {
  double id;
  int kind;
} lock_event;

typedef struct locks_client {
  eddy_event_client base; /* the wake-up, and onEvents: (flat [id, kind, ...]) */
  lock_event* events;     /* under registry_mutex */
  size_t event_count, event_cap;
} locks_client;

typedef struct lock_request {
  locks_client* client;
  double id;
  bool exclusive;
  struct lock_request* next;
} lock_request;

typedef struct lock_resource {
  uint16_t* name;
  size_t name_len;
  lock_request* held;    /* in grant order */
  lock_request* pending; /* the queue, head first */
  struct lock_resource* next;
} lock_resource;

static pthread_mutex_t registry_mutex = PTHREAD_MUTEX_INITIALIZER;
static lock_resource* resources; /* newest first */

/* One registry operation: the client that made it, and the wakers of the other
 * clients it gave events to, claimed under registry_mutex and fired once that is
 * released (so a woken thread does not wait for the lock its waker still holds). */
typedef struct operation {
  locks_client* caller;
  eddy_waker** claimed;
  size_t claimed_count, claimed_cap;
} operation;

static void operation_end(operation* op) {
  for (size_t i = 0; i < op->claimed_count; i++) eddy_waker_fire(op->claimed[i]);
  free(op->claimed);
}

/* Appends an event for client; wakes it when it is not the calling thread's
 * (whose events are taken synchronously). Called with registry_mutex held. */
static void client_notify(locks_client* c, operation* op, double id, int kind) {
  if (c->event_count == c->event_cap) {
    c->event_cap = c->event_cap ? c->event_cap * 2 : 8;
    c->events = eddy_realloc(c->events, c->event_cap * sizeof(*c->events));
  }
  c->events[c->event_count++] = (lock_event){id, kind};
  if (c == op->caller) return;
  eddy_waker* claimed = eddy_waker_claim(c->base.waker);
  if (!claimed) return;
  if (op->claimed_count == op->claimed_cap) {
    op->claimed_cap = op->claimed_cap ? op->claimed_cap * 2 : 4;
    op->claimed = eddy_realloc(op->claimed, op->claimed_cap * sizeof(*op->claimed));
  }
  op->claimed[op->claimed_count++] = claimed;
}

static lock_resource* resource_find(const uint16_t* name, size_t len, bool create) {
  for (lock_resource* r = resources; r; r = r->next)
    if (r->name_len == len && memcmp(r->name, name, len * sizeof(uint16_t)) == 0) return r;
  if (!create) return NULL;
  lock_resource* r = eddy_calloc(1, sizeof(*r));
  r->name = eddy_malloc(len ? len * sizeof(uint16_t) : 1);
  memcpy(r->name, name, len * sizeof(uint16_t));
  r->name_len = len;
  r->next = resources;
  resources = r;
  return r;
}

/* Frees a resource that holds and waits for nothing. */
static void resource_gc(lock_resource* r) {
  if (r->held || r->pending) return;
  for (lock_resource** p = &resources; *p; p = &(*p)->next) {
    if (*p != r) continue;
    *p = r->next;
    free(r->name);
    free(r);
    return;
  }
}

static bool held_conflicts(const lock_resource* r, bool exclusive) {
  if (exclusive) return r->held != NULL;
  for (const lock_request* h = r->held; h; h = h->next)
    if (h->exclusive) return true;
  return false;
}

static void held_append(lock_resource* r, lock_request* req) {
  lock_request** p = &r->held;
  while (*p) p = &(*p)->next;
  req->next = NULL;
  *p = req;
}

/* Grants queued requests from the head while they are grantable. */
static void resource_process_queue(lock_resource* r, operation* op) {
  while (r->pending && !held_conflicts(r, r->pending->exclusive)) {
    lock_request* req = r->pending;
    r->pending = req->next;
    held_append(r, req);
    client_notify(req->client, op, req->id, EVENT_GRANTED);
  }
}

/* Unlinks the first request of client c with id from list *p; NULL if none. */
static lock_request* list_remove(lock_request** p, const locks_client* c, double id) {
  for (; *p; p = &(*p)->next) {
    lock_request* req = *p;
    if (req->client != c || req->id != id) continue;
    *p = req->next;
    return req;
  }
  return NULL;
}

static locks_client* client_of(JSContextRef ctx) {
  locks_client* c = eddy_runtime_from(ctx)->binding_state[EDDY_BINDING_locks];
  CHECK(c && c->base.on_events);
  return c;
}

/* A copy of string argument i as UTF-16; lib/ passes a string. */
static uint16_t* arg_name(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i,
                          size_t* len) {
  JSStringRef s = JSValueToStringCopy(ctx, eddy_js_arg(ctx, argc, argv, i), NULL);
  CHECK(s != NULL);
  *len = JSStringGetLength(s);
  uint16_t* name = eddy_malloc(*len ? *len * sizeof(uint16_t) : 1);
  memcpy(name, JSStringGetCharactersPtr(s), *len * sizeof(uint16_t));
  JSStringRelease(s);
  return name;
}

/* request(id, name, exclusive, ifAvailable, steal) -> STATUS_*. A steal drops
 * every held lock of the name (their owners get EVENT_STOLEN) and grants at once. */
static EDDY_JS_FN(locks_request) {
  (void)function, (void)self, (void)exception;
  locks_client* c = client_of(ctx);
  double id = eddy_js_arg_num(ctx, argc, argv, 0);
  size_t len;
  uint16_t* name = arg_name(ctx, argc, argv, 1, &len);
  bool exclusive = JSValueToBoolean(ctx, eddy_js_arg(ctx, argc, argv, 2));
  bool if_available = JSValueToBoolean(ctx, eddy_js_arg(ctx, argc, argv, 3));
  bool steal = JSValueToBoolean(ctx, eddy_js_arg(ctx, argc, argv, 4));
  int status;
  operation op = {.caller = c};
  CHECK_EQ(pthread_mutex_lock(&registry_mutex), 0);
  lock_resource* r = resource_find(name, len, true);
  bool grantable = !r->pending && !held_conflicts(r, exclusive);
  if (if_available && !grantable) {
    status = STATUS_UNAVAILABLE;
    resource_gc(r);
  } else {
    lock_request* req = eddy_calloc(1, sizeof(*req));
    req->client = c;
    req->id = id;
    req->exclusive = exclusive;
    if (steal) {
      while (r->held) {
        lock_request* h = r->held;
        r->held = h->next;
        client_notify(h->client, &op, h->id, EVENT_STOLEN);
        free(h);
      }
      grantable = true;
    }
    if (grantable) {
      held_append(r, req);
      status = STATUS_GRANTED;
    } else {
      lock_request** p = &r->pending;
      while (*p) p = &(*p)->next;
      *p = req;
      status = STATUS_QUEUED;
    }
  }
  CHECK_EQ(pthread_mutex_unlock(&registry_mutex), 0);
  operation_end(&op);
  free(name);
  return JSValueMakeNumber(ctx, status);
}

/* release(id, name): drops a held lock (a stolen one is already gone) and grants
 * what now can be. */
static EDDY_JS_FN(locks_release) {
  (void)function, (void)self, (void)exception;
  locks_client* c = client_of(ctx);
  double id = eddy_js_arg_num(ctx, argc, argv, 0);
  size_t len;
  uint16_t* name = arg_name(ctx, argc, argv, 1, &len);
  operation op = {.caller = c};
  CHECK_EQ(pthread_mutex_lock(&registry_mutex), 0);
  lock_resource* r = resource_find(name, len, false);
  if (r) {
    free(list_remove(&r->held, c, id));
    resource_process_queue(r, &op);
    resource_gc(r);
  }
  CHECK_EQ(pthread_mutex_unlock(&registry_mutex), 0);
  operation_end(&op);
  free(name);
  return JSValueMakeUndefined(ctx);
}

/* abort(id, name) -> whether the request was still pending (and is now gone);
 * false when it was granted meanwhile, whose grant event then stands. */
static EDDY_JS_FN(locks_abort) {
  (void)function, (void)self, (void)exception;
  locks_client* c = client_of(ctx);
  double id = eddy_js_arg_num(ctx, argc, argv, 0);
  size_t len;
  uint16_t* name = arg_name(ctx, argc, argv, 1, &len);
  bool removed = false;
  operation op = {.caller = c};
  CHECK_EQ(pthread_mutex_lock(&registry_mutex), 0);
  lock_resource* r = resource_find(name, len, false);
  if (r) {
    lock_request* req = list_remove(&r->pending, c, id);
    removed = req != NULL;
    free(req);
    resource_process_queue(r, &op);
    resource_gc(r);
  }
  CHECK_EQ(pthread_mutex_unlock(&registry_mutex), 0);
  operation_end(&op);
  free(name);
  return JSValueMakeBoolean(ctx, removed);
}

/* Moves this client's events into a flat JS array [id, kind, ...], or returns
 * undefined when there are none. */
static JSValueRef take_events(JSContextRef ctx, locks_client* c) {
  CHECK_EQ(pthread_mutex_lock(&registry_mutex), 0);
  lock_event* events = c->events;
  size_t count = c->event_count;
  c->events = NULL;
  c->event_count = c->event_cap = 0;
  CHECK_EQ(pthread_mutex_unlock(&registry_mutex), 0);
  if (count == 0) return JSValueMakeUndefined(ctx);
  JSObjectRef array = eddy_js_array_new(ctx);
  for (size_t i = 0; i < count; i++) {
    eddy_js_array_set(ctx, array, 2 * i, JSValueMakeNumber(ctx, events[i].id));
    eddy_js_array_set(ctx, array, 2 * i + 1, JSValueMakeNumber(ctx, events[i].kind));
  }
  free(events);
  return array;
}

static EDDY_JS_FN(locks_take) {
  (void)function, (void)self, (void)argc, (void)argv, (void)exception;
  return take_events(ctx, client_of(ctx));
}

/* query() -> [held, pending]: this client's requests, each list flat as
 * [name, exclusive, ...]. */
static EDDY_JS_FN(locks_query) {
  (void)function, (void)self, (void)argc, (void)argv, (void)exception;
  locks_client* c = client_of(ctx);
  JSObjectRef lists[2] = {eddy_js_array_new(ctx), eddy_js_array_new(ctx)};
  size_t counts[2] = {0, 0};
  CHECK_EQ(pthread_mutex_lock(&registry_mutex), 0);
  for (lock_resource* r = resources; r; r = r->next) {
    lock_request* heads[2] = {r->held, r->pending};
    for (int k = 0; k < 2; k++) {
      for (lock_request* req = heads[k]; req; req = req->next) {
        if (req->client != c) continue;
        JSStringRef s = JSStringCreateWithCharacters(r->name, r->name_len);
        eddy_js_array_set(ctx, lists[k], counts[k]++, JSValueMakeString(ctx, s));
        JSStringRelease(s);
        eddy_js_array_set(ctx, lists[k], counts[k]++, JSValueMakeBoolean(ctx, req->exclusive));
      }
    }
  }
  CHECK_EQ(pthread_mutex_unlock(&registry_mutex), 0);
  JSObjectRef result = eddy_js_array_new(ctx);
  eddy_js_array_set(ctx, result, 0, lists[0]);
  eddy_js_array_set(ctx, result, 1, lists[1]);
  return result;
}

static JSValueRef client_take(eddy_event_client* base, JSContextRef ctx) {
  return take_events(ctx, (locks_client*)base);
}

/* setup(onEvents) -> 0, or a negative errno when the wake-up's eventfd cannot be
 * made (out of descriptors; setup may be called again). onEvents takes the events
 * other threads queued; a request waiting for a lock keeps no process alive, as in
 * node. */
static EDDY_JS_FN(locks_setup) {
  (void)function, (void)self, (void)exception;
  locks_client* c = eddy_runtime_from(ctx)->binding_state[EDDY_BINDING_locks];
  int err = eddy_event_client_start(&c->base, ctx, eddy_js_arg(ctx, argc, argv, 0));
  return JSValueMakeNumber(ctx, err);
}

/* Drops the client's requests from every list, then grants what that frees. */
static void client_leave(locks_client* c, operation* op) {
  for (lock_resource *r = resources, *next; r; r = next) {
    next = r->next;
    lock_request** lists[2] = {&r->held, &r->pending};
    for (int k = 0; k < 2; k++) {
      for (lock_request** p = lists[k]; *p;) {
        lock_request* req = *p;
        if (req->client != c) {
          p = &req->next;
          continue;
        }
        *p = req->next;
        free(req);
      }
    }
    resource_process_queue(r, op);
    resource_gc(r);
  }
}

static void client_free(eddy_event_client* base) {
  locks_client* c = (locks_client*)base;
  free(c->events);
  free(c);
}

static void locks_dispose(eddy_runtime* rt) {
  locks_client* c = rt->binding_state[EDDY_BINDING_locks];
  operation op = {.caller = c};
  CHECK_EQ(pthread_mutex_lock(&registry_mutex), 0);
  client_leave(c, &op);
  eddy_waker* waker = eddy_event_client_detach(&c->base);
  CHECK_EQ(pthread_mutex_unlock(&registry_mutex), 0);
  operation_end(&op);
  rt->binding_state[EDDY_BINDING_locks] = NULL;
  eddy_event_client_close(&c->base, waker);
}

JSObjectRef eddy_binding_locks_init(eddy_runtime* rt, JSContextRef ctx) {
  locks_client* c = eddy_calloc(1, sizeof(*c));
  eddy_event_client_init(&c->base, rt, &registry_mutex, client_take, client_free);
  rt->binding_state[EDDY_BINDING_locks] = c;
  rt->binding_dispose[EDDY_BINDING_locks] = locks_dispose;
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  eddy_js_set_fn(ctx, b, "setup", locks_setup);
  eddy_js_set_fn(ctx, b, "request", locks_request);
  eddy_js_set_fn(ctx, b, "release", locks_release);
  eddy_js_set_fn(ctx, b, "abort", locks_abort);
  eddy_js_set_fn(ctx, b, "take", locks_take);
  eddy_js_set_fn(ctx, b, "query", locks_query);
  return b;
}
