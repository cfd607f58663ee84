/* A wake-up from other threads that costs one system call per burst: an eventfd that
 * the owning thread's loop watches, and a `pending` flag saying a write is on its way
 * or unread. Senders that find the flag set skip their write; the owner, woken,
 * consumes (empties the eventfd, then clears the flag) and then reads whatever it was
 * woken for. The reference count keeps the eventfd open while a sender that claimed
 * a write, outside its lock, has yet to make it.
 *
 * Not uv_async_send: in libuv 1.44 (Debian 12) the receiving loop spins (pause,
 * then sched_yield) while a sender is inside uv_async_send, which on a busy machine
 * cost ~4x in a worker ping-pong (src/binding/messaging.c). */
#ifndef EDDY_UTIL_WAKER_H
#define EDDY_UTIL_WAKER_H

#include <stdbool.h>

typedef struct eddy_waker eddy_waker;

/* A waker with one reference (the owner's), or NULL with *err set to -errno. */
eddy_waker* eddy_waker_new(int* err);
int eddy_waker_fd(const eddy_waker* w);
void eddy_waker_release(eddy_waker* w);

/* For a sender that just queued something for w's owner, under the lock that
 * guards the queue (and w's lifetime): w with a reference to pass to
 * eddy_waker_fire once that lock is released, or NULL when no write is needed (w is
 * NULL, or a write is already pending). */
eddy_waker* eddy_waker_claim(eddy_waker* w);
/* Makes a claimed write and drops the claim's reference; NULL does nothing. */
void eddy_waker_fire(eddy_waker* claimed);

/* Claim and fire in one, for a caller sure that w outlives the call (its owner's
 * thread, or a lock that w's owner must take to go away). */
void eddy_waker_signal(eddy_waker* w);
/* A write whatever the flag: at worst one spare wake-up. */
void eddy_waker_wake(eddy_waker* w);

/* Whether a write is on its way or unread: something was queued for the owner
 * since it last consumed (for an owner that polls before it sleeps). */
bool eddy_waker_pending(eddy_waker* w);

/* The owner, woken: empties the eventfd, then clears the flag. What was queued
 * before a sender found the flag set is read after this; a write landing after it
 * is at worst a spare wake-up. */
void eddy_waker_consume(eddy_waker* w);

#endif
