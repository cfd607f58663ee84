#include "event_client.h"

#include <stdlib.h>

#include "check.h"

static void on_wake(uv_poll_t* handle, int status, int events_mask) {
  (void)status, (void)events_mask;
  eddy_event_client* c = handle->data;
  eddy_runtime* rt = c->rt;
  /* Consumed first: events queued by a sender that found the flag still set are
   * taken below (waker.h). */
  eddy_waker_consume(c->waker);
  if (rt->exiting) return;
  JSValueRef events = c->take(c, rt->ctx);
  if (JSValueIsUndefined(rt->ctx, events)) return;
  eddy_runtime_call(rt, c->on_events, NULL, 1, &events);
}

void eddy_event_client_init(eddy_event_client* c, eddy_runtime* rt, pthread_mutex_t* mutex,
                            JSValueRef (*take)(eddy_event_client* c, JSContextRef ctx),
                            void (*free)(eddy_event_client* c)) {
  *c = (eddy_event_client){.rt = rt, .mutex = mutex, .take = take, .free = free};
}

int eddy_event_client_start(eddy_event_client* c, JSContextRef ctx, JSValueRef on_events) {
  CHECK(c->on_events == NULL);
  int err = 0;
  eddy_waker* waker = eddy_waker_new(&err);
  if (waker) err = uv_poll_init(&c->rt->loop, &c->poll, eddy_waker_fd(waker));
  if (err) {
    if (waker) eddy_waker_release(waker);
    return err;
  }
  c->poll.data = c;
  CHECK_EQ(uv_poll_start(&c->poll, UV_READABLE, on_wake), 0);
  uv_unref((uv_handle_t*)&c->poll);
  /* Published under the lock other threads read it with. */
  CHECK_EQ(pthread_mutex_lock(c->mutex), 0);
  c->waker = waker;
  CHECK_EQ(pthread_mutex_unlock(c->mutex), 0);
  c->on_events = eddy_protect_object(ctx, on_events);
  return 0;
}

eddy_waker* eddy_event_client_detach(eddy_event_client* c) {
  eddy_waker* waker = c->waker;
  c->waker = NULL;
  return waker;
}

/* The watch closed: the owner's reference to the waker goes (a sender that claimed
 * it before the client left still holds its own). */
static void on_close(uv_handle_t* handle) {
  eddy_event_client* c = handle->data;
  eddy_waker_release(c->waker);
  c->free(c);
}

void eddy_event_client_close(eddy_event_client* c, eddy_waker* waker) {
  if (c->on_events) JSValueUnprotect(c->rt->ctx, c->on_events);
  if (!waker) {
    c->free(c);
    return;
  }
  c->waker = waker;
  uv_close((uv_handle_t*)&c->poll, on_close);
  uv_run(&c->rt->loop, UV_RUN_NOWAIT);
}
