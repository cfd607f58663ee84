/* A thread that has just posted a message to another thread is often about to wait
 * for the answer: a worker serving requests, a postMessage ping-pong. If its loop
 * then blocks in epoll_wait, the answer arrives through a wake-up of an idle
 * processor, which on a virtual machine costs ~40 us each way: bench/spawn's
 * ping-pong measured ~80 us per round trip on a quiet 2-core VM (node the same),
 * against ~8 us when the processors were kept busy by other work.
 *
 * So before such a block the loop keeps its processor for a while (WAIT_NS), as
 * Erlang's schedulers busy-wait before they sleep: it watches the waker's pending
 * flag, which a sender sets before it writes the eventfd, and every couple of
 * microseconds asks the kernel whether anything else is ready on the loop's epoll
 * fd (a socket, a timer, a terminate) and yields the processor, so that on a busy
 * machine a peer queued on this processor runs. When either comes, or the time is
 * up, the loop goes on to epoll_wait, which then returns at once or sleeps as
 * before; no event is handled here, so the loop's order is unchanged.
 *
 * It learns from what happens: an answered wait raises the score by one, one that
 * ran out lowers it by two (capped at SCORE_MAX either way), and while the score is
 * below zero only one chance in PROBE_EVERY is taken, to find out whether answers
 * have become quick again. A program that posts and does not wait for answers
 * therefore pays a few wasted waits, then almost none. With one processor it never
 * waits: the peer could not run meanwhile. */
#include "reply_wait.h"

#include <poll.h>
#include <sched.h>

#include "../util/check.h"

#define WAIT_NS 60000
#define SCORE_MAX 8
#define PROBE_EVERY 16
#define SPINS_PER_CHECK 32

static inline void cpu_relax(void) {
#if defined(__x86_64__) || defined(__i386__)
  __builtin_ia32_pause();
#elif defined(__aarch64__)
  __asm__ __volatile__("yield");
#endif
}

/* Whether anything is ready on the loop's epoll fd (the fd itself polls readable
 * when its ready list is not empty; nothing is consumed). */
static bool loop_has_events(uv_loop_t* loop) {
  struct pollfd pfd = {.fd = uv_backend_fd(loop), .events = POLLIN};
  return poll(&pfd, 1, 0) > 0;
}

typedef enum { WAIT_ANSWERED, WAIT_OTHER_EVENT, WAIT_TIMED_OUT } wait_result;

static wait_result wait_for_answer(eddy_reply_wait* rw, uv_loop_t* loop) {
  uint64_t deadline = uv_hrtime() + WAIT_NS;
  for (;;) {
    for (int i = 0; i < SPINS_PER_CHECK; i++) {
      if (eddy_waker_pending(rw->waker)) return WAIT_ANSWERED;
      cpu_relax();
    }
    if (loop_has_events(loop)) return WAIT_OTHER_EVENT;
    if (uv_hrtime() >= deadline) return WAIT_TIMED_OUT;
    sched_yield();
  }
}

static bool should_wait(eddy_reply_wait* rw) {
  if (rw->score >= 0) return true;
  return ++rw->skipped % PROBE_EVERY == 0;
}

static void reply_wait_on_prepare(uv_prepare_t* prepare) {
  eddy_reply_wait* rw = prepare->data;
  if (!rw->expecting) return;
  rw->expecting = false;
  /* Already answered, or the loop will not block anyway (due timers, pending
   * immediates, stop). */
  if (eddy_waker_pending(rw->waker) || uv_backend_timeout(prepare->loop) == 0) return;
  if (!should_wait(rw)) return;
  switch (wait_for_answer(rw, prepare->loop)) {
    case WAIT_ANSWERED:
      if (rw->score < SCORE_MAX) rw->score++;
      break;
    case WAIT_TIMED_OUT: rw->score = rw->score - 2 < -SCORE_MAX ? -SCORE_MAX : rw->score - 2; break;
    case WAIT_OTHER_EVENT: break;
  }
}

void eddy_reply_wait_init(eddy_reply_wait* rw, uv_loop_t* loop, eddy_waker* waker) {
  rw->waker = waker;
  rw->enabled = uv_available_parallelism() > 1;
  rw->expecting = false;
  rw->score = 0;
  rw->skipped = 0;
  CHECK_EQ(uv_prepare_init(loop, &rw->prepare), 0);
  rw->prepare.data = rw;
  if (rw->enabled) CHECK_EQ(uv_prepare_start(&rw->prepare, reply_wait_on_prepare), 0);
  uv_unref((uv_handle_t*)&rw->prepare);
}

void eddy_reply_wait_close(eddy_reply_wait* rw, uv_close_cb on_close) {
  uv_close((uv_handle_t*)&rw->prepare, on_close);
}
