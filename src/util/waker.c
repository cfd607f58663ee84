#include "waker.h"

#include <errno.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include "check.h"

struct eddy_waker {
  int fd;
  atomic_bool pending;
  atomic_int refs;
};

eddy_waker* eddy_waker_new(int* err) {
  int fd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
  if (fd < 0) {
    *err = -errno;
    return NULL;
  }
  eddy_waker* w = eddy_calloc(1, sizeof(*w));
  w->fd = fd;
  atomic_init(&w->pending, false);
  atomic_init(&w->refs, 1);
  return w;
}

int eddy_waker_fd(const eddy_waker* w) { return w->fd; }

bool eddy_waker_pending(eddy_waker* w) {
  return atomic_load_explicit(&w->pending, memory_order_acquire);
}

void eddy_waker_release(eddy_waker* w) {
  if (atomic_fetch_sub(&w->refs, 1) != 1) return;
  close(w->fd);
  free(w);
}

static void write_one(int fd) {
  uint64_t one = 1;
  ssize_t n;
  do n = write(fd, &one, sizeof(one));
  while (n < 0 && errno == EINTR);
}

eddy_waker* eddy_waker_claim(eddy_waker* w) {
  if (!w || atomic_exchange(&w->pending, true)) return NULL;
  atomic_fetch_add(&w->refs, 1);
  return w;
}

void eddy_waker_fire(eddy_waker* claimed) {
  if (!claimed) return;
  write_one(claimed->fd);
  eddy_waker_release(claimed);
}

void eddy_waker_signal(eddy_waker* w) {
  if (!atomic_exchange(&w->pending, true)) write_one(w->fd);
}

void eddy_waker_wake(eddy_waker* w) {
  atomic_store(&w->pending, true);
  write_one(w->fd);
}

/* In this order: a sender could otherwise set the flag after the clear and write
 * before the read, which would swallow that write and leave the flag set with no
 * write outstanding; every later sender, seeing the flag, would skip its write and
 * the owner would sleep with messages queued (a worker ping-pong hung so, both loops
 * in epoll_wait, about once in 900,000 round trips). */
void eddy_waker_consume(eddy_waker* w) {
  uint64_t count;
  ssize_t n;
  do n = read(w->fd, &count, sizeof(count));
  while (n < 0 && errno == EINTR);
  atomic_store(&w->pending, false);
}
