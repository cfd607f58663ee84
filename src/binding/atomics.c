/* internalBinding('atomics'): the waiters of Atomics.wait and Atomics.waitAsync, one
 * registry per process, so that Atomics.notify in any thread wakes the waiters of
 * every thread (lib/internal/atomics/waiters.js is the API over it).
 *
 * JSC installs Atomics.waitAsync only in the VMs of a browser-style embedding, not in
 * those of the C API, its waiter lists are private to it, and a thread blocked in its
 * Atomics.wait cannot be reached by a worker's terminate(); so eddy keeps its own.
 * lib/ still calls the engine's notify first (for realms that keep the engine's
 * wait: vm contexts) and this one with the count left.
 *
 * A sync waiter (Atomics.wait) blocks on a condition of its own, under the
 * registry's mutex; notify signals it, and terminate() signals those of a worker
 * asked to stop (eddy_atomics_wake_stopping), which then unwinds with the VM's
 * termination exception.
 *
 * A waiter is (client, id, address), kept in arrival order, which is the order
 * notify wakes them in. Checking the value and queueing the waiter happen under the
 * registry's mutex, as does notify's dequeueing: a notify that follows a store cannot
 * slip between another thread's check and its queueing. A woken waiter's id is
 * appended to its client's events and the client's thread is woken with its waker
 * (src/util/waker.h); a notify's own thread takes its woken ids when the call
 * returns (lib/ resolves them after the current tick, as node does). No JS value lives in the
 * registry: lib/ maps ids to promises. A client leaving (its runtime is disposed)
 * drops its waiters. */
#include "atomics.h"

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../runtime/jsc_private.h"
#include "../runtime/runtime.h"
#include "../util/check.h"
#include "../util/event_client.h"
#include "../util/js.h"
#include "../util/js_lock.h"
#include "../util/js_view.h"
#include "../util/waker.h"
#include "worker.h"

typedef struct atomics_client {
  eddy_event_client base; /* the wake-up, and onEvents: (ids) -> resolves them */
  double* events;         /* ids of woken waiters, under registry_mutex */
  size_t event_count, event_cap;
} atomics_client;

/* An async waiter is (client, id), heap-allocated and freed when dequeued; a sync
 * waiter lives on the stack of the thread blocked in Atomics.wait, which notify
 * wakes through its condition (client is NULL). */
typedef struct waiter {
  atomics_client* client;
  double id;
  const void* address;
  pthread_cond_t* wake;    /* sync waiters */
  const atomic_bool* stop; /* sync waiters in a worker: its stop request */
  bool woken;              /* sync waiters: set by notify, under registry_mutex */
  struct waiter* next;
} waiter;

static pthread_mutex_t registry_mutex = PTHREAD_MUTEX_INITIALIZER;
static waiter* waiters; /* oldest first */
static waiter** waiters_tail = &waiters;

static atomics_client* client_of(JSContextRef ctx) {
  atomics_client* c = eddy_runtime_from(ctx)->binding_state[EDDY_BINDING_atomics];
  CHECK(c && c->base.on_events);
  return c;
}

static void waiters_append(waiter* w) {
  w->next = NULL;
  *waiters_tail = w;
  waiters_tail = &w->next;
}

/* Unlinks the waiter *p points to (p is the link before it) and returns it. */
static waiter* waiters_unlink(waiter** p) {
  waiter* w = *p;
  *p = w->next;
  if (waiters_tail == &w->next) waiters_tail = p;
  return w;
}

/* Appends a woken id to its client's events; returns the client's waker claimed for
 * a write once registry_mutex is released (NULL when none is needed: the caller's own
 * client takes its events with take() when notify returns). */
static eddy_waker* client_wake(atomics_client* c, double id, const atomics_client* caller) {
  if (c->event_count == c->event_cap) {
    c->event_cap = c->event_cap ? c->event_cap * 2 : 8;
    c->events = eddy_realloc(c->events, c->event_cap * sizeof(*c->events));
  }
  c->events[c->event_count++] = id;
  return c == caller ? NULL : eddy_waker_claim(c->base.waker);
}

/* The address of element byteIndex of the Int32Array or BigInt64Array at argument 0
 * (lib/ has checked the type, the shared buffer and the range: C checks the range). */
static void* arg_element(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t width) {
  size_t len;
  uint8_t* bytes = eddy_js_view_bytes(ctx, eddy_js_arg(ctx, argc, argv, 0), &len);
  double index = eddy_js_arg_num(ctx, argc, argv, 1);
  CHECK(bytes != NULL && index >= 0 && index + width <= (double)len);
  return bytes + (size_t)index;
}

/* Whether the element at address holds expected (its low 32 bits unless wide).
 * Called with registry_mutex held. */
static bool holds(const void* address, uint64_t expected, bool wide) {
  return wide ? atomic_load((_Atomic uint64_t*)address) == expected
              : atomic_load((_Atomic uint32_t*)address) == (uint32_t)expected;
}

/* The value argument pair (low, high) as lib/ passes it (high undefined: 32 bits). */
static uint64_t arg_expected(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i,
                             bool* wide) {
  *wide = argc > i + 1 && !JSValueIsUndefined(ctx, argv[i + 1]);
  uint64_t v = (uint32_t)(int64_t)eddy_js_arg_num(ctx, argc, argv, i);
  if (*wide) v |= (uint64_t)(uint32_t)(int64_t)eddy_js_arg_num(ctx, argc, argv, i + 1) << 32;
  return v;
}

/* wait(typedArray, byteIndex, id, low, high) -> true when queued as waiter `id`, false
 * when the element does not hold the value (for a BigInt64Array, high:low are the two
 * 32-bit halves of the 64-bit value; for an Int32Array high is undefined). */
static EDDY_JS_FN(atomics_wait) {
  (void)function, (void)self, (void)exception;
  atomics_client* c = client_of(ctx);
  bool wide;
  uint64_t expected = arg_expected(ctx, argc, argv, 3, &wide);
  void* address = arg_element(ctx, argc, argv, wide ? 8 : 4);
  double id = eddy_js_arg_num(ctx, argc, argv, 2);
  waiter* w = eddy_malloc(sizeof(*w));
  *w = (waiter){.client = c, .id = id, .address = address};
  CHECK_EQ(pthread_mutex_lock(&registry_mutex), 0);
  bool equal = holds(address, expected, wide);
  if (equal) waiters_append(w);
  CHECK_EQ(pthread_mutex_unlock(&registry_mutex), 0);
  if (!equal) free(w);
  return JSValueMakeBoolean(ctx, equal);
}

enum { WAIT_OK = 0, WAIT_NOT_EQUAL = 1, WAIT_TIMED_OUT = 2, WAIT_STOPPED = 3 };

/* Blocks until notified, timed out (ms may be Infinity) or, in a worker, asked to
 * stop. The thread keeps its JS lock: nothing else runs JS in its VM meanwhile. */
static int block(const void* address, uint64_t expected, bool wide, double ms,
                 const atomic_bool* stop) {
  struct timespec deadline;
  clock_gettime(CLOCK_MONOTONIC, &deadline);
  bool forever = !(ms < 1e15);
  if (!forever) {
    double ns = (double)deadline.tv_nsec + ms * 1e6;
    deadline.tv_sec += (time_t)(ns / 1e9);
    deadline.tv_nsec = (long)(ns - (double)(time_t)(ns / 1e9) * 1e9);
  }
  pthread_condattr_t attr;
  pthread_cond_t cond;
  CHECK_EQ(pthread_condattr_init(&attr), 0);
  CHECK_EQ(pthread_condattr_setclock(&attr, CLOCK_MONOTONIC), 0);
  CHECK_EQ(pthread_cond_init(&cond, &attr), 0);
  pthread_condattr_destroy(&attr);
  waiter w = {.address = address, .wake = &cond, .stop = stop};
  int result;
  CHECK_EQ(pthread_mutex_lock(&registry_mutex), 0);
  if (!holds(address, expected, wide)) {
    result = WAIT_NOT_EQUAL;
  } else if (ms <= 0) {
    result = WAIT_TIMED_OUT;
  } else {
    waiters_append(&w);
    bool timed_out = false;
    while (!w.woken && !(stop && atomic_load(stop)) && !timed_out) {
      if (forever)
        CHECK_EQ(pthread_cond_wait(&cond, &registry_mutex), 0);
      else
        timed_out = pthread_cond_timedwait(&cond, &registry_mutex, &deadline) == ETIMEDOUT;
    }
    if (!w.woken) {
      for (waiter** p = &waiters; *p; p = &(*p)->next) {
        if (*p == &w) {
          waiters_unlink(p);
          break;
        }
      }
    }
    result = w.woken ? WAIT_OK : timed_out ? WAIT_TIMED_OUT : WAIT_STOPPED;
  }
  CHECK_EQ(pthread_mutex_unlock(&registry_mutex), 0);
  pthread_cond_destroy(&cond);
  return result;
}

/* waitSync(typedArray, byteIndex, low, high, ms) -> 0 ok, 1 not-equal, 2 timed-out:
 * Atomics.wait. A worker asked to stop meanwhile is stopped here: its JS unwinds
 * with the VM's termination exception, as process.exit() in a worker does. */
static EDDY_JS_FN(atomics_wait_sync) {
  (void)function, (void)self;
  eddy_runtime* rt = eddy_runtime_from(ctx);
  bool wide;
  uint64_t expected = arg_expected(ctx, argc, argv, 2, &wide);
  const void* address = arg_element(ctx, argc, argv, wide ? 8 : 4);
  double ms = eddy_js_arg_num(ctx, argc, argv, 4);
  int result = block(address, expected, wide, ms, eddy_worker_stop_flag(rt));
  if (result != WAIT_STOPPED) return JSValueMakeNumber(ctx, result);
  eddy_runtime_stop(rt, 1);
  eddy_js_lock lock;
  eddy_js_lock_take(&lock, ctx);
  *exception = (JSValueRef)eddy_jsc_vm_termination_exception((void*)JSContextGetGroup(ctx));
  eddy_js_lock_release(&lock);
  return NULL;
}

void eddy_atomics_wake_stopping(void) {
  CHECK_EQ(pthread_mutex_lock(&registry_mutex), 0);
  for (waiter* w = waiters; w; w = w->next) {
    if (w->wake && w->stop && atomic_load(w->stop)) CHECK_EQ(pthread_cond_signal(w->wake), 0);
  }
  CHECK_EQ(pthread_mutex_unlock(&registry_mutex), 0);
}

/* notify(typedArray, byteIndex, count) -> how many waiters on that element it woke,
 * oldest first, at most count (which may be Infinity). The calling thread's own
 * woken waiters are left for its take(). */
static EDDY_JS_FN(atomics_notify) {
  (void)function, (void)self, (void)exception;
  const atomics_client* caller = eddy_runtime_from(ctx)->binding_state[EDDY_BINDING_atomics];
  const void* address = arg_element(ctx, argc, argv, 4);
  double count = eddy_js_arg_num(ctx, argc, argv, 2);
  double woken = 0;
  eddy_waker** claimed = NULL;
  size_t claimed_count = 0;
  CHECK_EQ(pthread_mutex_lock(&registry_mutex), 0);
  for (waiter** p = &waiters; *p && woken < count;) {
    if ((*p)->address != address) {
      p = &(*p)->next;
      continue;
    }
    waiter* w = waiters_unlink(p);
    woken++;
    if (w->wake) {
      w->woken = true;
      CHECK_EQ(pthread_cond_signal(w->wake), 0);
      continue;
    }
    eddy_waker* k = client_wake(w->client, w->id, caller);
    if (k) {
      claimed = eddy_realloc(claimed, (claimed_count + 1) * sizeof(*claimed));
      claimed[claimed_count++] = k;
    }
    free(w);
  }
  CHECK_EQ(pthread_mutex_unlock(&registry_mutex), 0);
  for (size_t i = 0; i < claimed_count; i++) eddy_waker_fire(claimed[i]);
  free(claimed);
  return JSValueMakeNumber(ctx, woken);
}

/* cancel(id) -> whether waiter `id` was still waiting (it is dropped); false when a
 * notify has woken it already (its id is on the way to onEvents). */
static EDDY_JS_FN(atomics_cancel) {
  (void)function, (void)self, (void)exception;
  atomics_client* c = client_of(ctx);
  double id = eddy_js_arg_num(ctx, argc, argv, 0);
  waiter* found = NULL;
  CHECK_EQ(pthread_mutex_lock(&registry_mutex), 0);
  for (waiter** p = &waiters; *p; p = &(*p)->next) {
    if ((*p)->client == c && (*p)->id == id) {
      found = waiters_unlink(p);
      break;
    }
  }
  CHECK_EQ(pthread_mutex_unlock(&registry_mutex), 0);
  free(found);
  return JSValueMakeBoolean(ctx, found != NULL);
}

/* The ids woken since the last call, as an array (undefined when none). */
static JSValueRef take_events(JSContextRef ctx, atomics_client* c) {
  CHECK_EQ(pthread_mutex_lock(&registry_mutex), 0);
  double* events = c->events;
  size_t count = c->event_count;
  c->events = NULL;
  c->event_count = c->event_cap = 0;
  CHECK_EQ(pthread_mutex_unlock(&registry_mutex), 0);
  if (count == 0) return JSValueMakeUndefined(ctx);
  JSObjectRef array = eddy_js_array_new(ctx);
  for (size_t i = 0; i < count; i++)
    eddy_js_array_set(ctx, array, i, JSValueMakeNumber(ctx, events[i]));
  free(events);
  return array;
}

/* take() -> the ids woken since the last call (undefined when none): after a
 * notify, the caller's own, which no wake-up announces. */
static EDDY_JS_FN(atomics_take) {
  (void)function, (void)self, (void)argc, (void)argv, (void)exception;
  return take_events(ctx, client_of(ctx));
}

static JSValueRef client_take(eddy_event_client* base, JSContextRef ctx) {
  return take_events(ctx, (atomics_client*)base);
}

/* setup(onEvents) -> 0, or a negative errno when the wake-up's eventfd cannot be
 * made (out of descriptors; setup may be called again). */
static EDDY_JS_FN(atomics_setup) {
  (void)function, (void)self, (void)exception;
  atomics_client* c = eddy_runtime_from(ctx)->binding_state[EDDY_BINDING_atomics];
  int err = eddy_event_client_start(&c->base, ctx, eddy_js_arg(ctx, argc, argv, 0));
  return JSValueMakeNumber(ctx, err);
}

static void client_free(eddy_event_client* base) {
  atomics_client* c = (atomics_client*)base;
  free(c->events);
  free(c);
}

static void atomics_dispose(eddy_runtime* rt) {
  atomics_client* c = rt->binding_state[EDDY_BINDING_atomics];
  CHECK_EQ(pthread_mutex_lock(&registry_mutex), 0);
  for (waiter** p = &waiters; *p;) {
    if ((*p)->client == c)
      free(waiters_unlink(p));
    else
      p = &(*p)->next;
  }
  eddy_waker* waker = eddy_event_client_detach(&c->base);
  CHECK_EQ(pthread_mutex_unlock(&registry_mutex), 0);
  rt->binding_state[EDDY_BINDING_atomics] = NULL;
  eddy_event_client_close(&c->base, waker);
}

JSObjectRef eddy_binding_atomics_init(eddy_runtime* rt, JSContextRef ctx) {
  atomics_client* c = eddy_calloc(1, sizeof(*c));
  eddy_event_client_init(&c->base, rt, &registry_mutex, client_take, client_free);
  rt->binding_state[EDDY_BINDING_atomics] = c;
  rt->binding_dispose[EDDY_BINDING_atomics] = atomics_dispose;
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  eddy_js_set_fn(ctx, b, "setup", atomics_setup);
  eddy_js_set_fn(ctx, b, "wait", atomics_wait);
  eddy_js_set_fn(ctx, b, "waitSync", atomics_wait_sync);
  eddy_js_set_fn(ctx, b, "notify", atomics_notify);
  eddy_js_set_fn(ctx, b, "cancel", atomics_cancel);
  eddy_js_set_fn(ctx, b, "take", atomics_take);
  return b;
}
