/* A runtime's end of a process-wide registry that other threads queue events for
 * (Web Locks grants, woken Atomics.waitAsync waiters): the waker other threads fire
 * (waker.h), the loop's watch on it, and the JS function that takes the events.
 * The registry keeps the events and the mutex that guards them; this keeps the
 * wake-up. Other threads read `waker` under the registry's mutex. */
#ifndef EDDY_UTIL_EVENT_CLIENT_H
#define EDDY_UTIL_EVENT_CLIENT_H

#include <JavaScriptCore/JavaScript.h>
#include <pthread.h>
#include <uv.h>

#include "../runtime/runtime.h"
#include "waker.h"

typedef struct eddy_event_client eddy_event_client;
struct eddy_event_client {
  uv_poll_t poll;
  eddy_waker* waker; /* under *mutex; NULL until started and after detach */
  eddy_runtime* rt;
  pthread_mutex_t* mutex; /* the registry's */
  JSObjectRef on_events;  /* protected once started */
  /* The events queued since the last call, as a JS value (undefined when none). */
  JSValueRef (*take)(eddy_event_client* c, JSContextRef ctx);
  /* Frees the structure that holds c, once nothing uses c. */
  void (*free)(eddy_event_client* c);
};

/* Sets c up for rt, with the registry's mutex and the owner's callbacks. */
void eddy_event_client_init(eddy_event_client* c, eddy_runtime* rt, pthread_mutex_t* mutex,
                            JSValueRef (*take)(eddy_event_client* c, JSContextRef ctx),
                            void (*free)(eddy_event_client* c));

/* Makes the waker, watches it (unref'd: pending events keep no process alive) and
 * protects on_events. Returns 0, or a negative errno when the eventfd cannot be
 * made (start may be called again). */
int eddy_event_client_start(eddy_event_client* c, JSContextRef ctx, JSValueRef on_events);

/* With *c->mutex held: takes the waker away from other threads (none claims it from
 * now on) and returns it, for eddy_event_client_close once the mutex is released. */
eddy_waker* eddy_event_client_detach(eddy_event_client* c);

/* Ends the client detached with `waker` (NULL when it never started): unprotects
 * on_events and closes the watch; c->free runs when the watch has closed. */
void eddy_event_client_close(eddy_event_client* c, eddy_waker* waker);

#endif
