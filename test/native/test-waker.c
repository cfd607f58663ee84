/* Stress test of src/util/waker.c's protocol: two sender threads queue (a counter
 * here) and claim/fire; the owner polls the eventfd, consumes, then takes what is
 * queued. A lost wake-up shows as a poll that times out with items still queued
 * (the order of the consume's read and clear decides it: see waker.c). */
#include <poll.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

#include "util/waker.h"

enum { kPerSender = 500000, kSenders = 2 };

static eddy_waker* waker;
static atomic_long queued;

static void* sender(void* arg) {
  (void)arg;
  for (int i = 0; i < kPerSender; i++) {
    atomic_fetch_add(&queued, 1);
    eddy_waker_fire(eddy_waker_claim(waker));
  }
  return NULL;
}

int main(void) {
  int err = 0;
  waker = eddy_waker_new(&err);
  if (!waker) {
    fprintf(stderr, "eddy_waker_new: %d\n", err);
    return 1;
  }
  pthread_t threads[kSenders];
  for (int i = 0; i < kSenders; i++) pthread_create(&threads[i], NULL, sender, NULL);
  long taken = 0, wakeups = 0;
  const long total = (long)kPerSender * kSenders;
  while (taken < total) {
    struct pollfd p = {.fd = eddy_waker_fd(waker), .events = POLLIN};
    if (poll(&p, 1, 2000) == 0) {
      fprintf(stderr, "lost wake-up: %ld of %ld taken, %ld queued\n", taken, total,
              atomic_load(&queued));
      return 1;
    }
    wakeups++;
    eddy_waker_consume(waker);
    taken = atomic_load(&queued);
  }
  for (int i = 0; i < kSenders; i++) pthread_join(threads[i], NULL);
  /* Everything was taken: no write may be left pending that nobody will read. */
  eddy_waker_consume(waker);
  eddy_waker_release(waker);
  printf("ok: %ld items in %ld wake-ups\n", total, wakeups);
  return 0;
}
