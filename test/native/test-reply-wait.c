/* src/runtime/reply_wait.c: a loop that waits for answers before it blocks.
 * 1. Round trips with a peer thread: every answer is handled by the loop (the wait
 *    consumes nothing, so no wake-up may be lost), whatever the timing.
 * 2. Posts that nobody answers: each wait runs out and lowers the score by two down
 *    to its floor, after which waits are skipped but for the periodic probe. With one
 *    processor the loop never waits. */
#include <poll.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

#include "runtime/reply_wait.h"
#include "util/check.h"
#include "util/waker.h"

enum { kRoundTrips = 5000, kUnanswered = 36 };

/* --- 1. round trips ---------------------------------------------------------- */

static eddy_waker* to_peer;
static eddy_waker* to_loop;
static atomic_bool done;
static eddy_reply_wait rw;
static uv_poll_t answers;
static int answered;

static void* peer_main(void* arg) {
  (void)arg;
  while (!atomic_load(&done)) {
    struct pollfd p = {.fd = eddy_waker_fd(to_peer), .events = POLLIN};
    if (poll(&p, 1, 100) <= 0) continue;
    eddy_waker_consume(to_peer);
    eddy_waker_signal(to_loop);
  }
  return NULL;
}

static void ask(void) {
  eddy_reply_wait_expect(&rw);
  eddy_waker_signal(to_peer);
}

static void answers_on_readable(uv_poll_t* poll, int status, int events) {
  (void)status, (void)events;
  eddy_waker_consume(to_loop);
  if (++answered < kRoundTrips) {
    ask();
    return;
  }
  uv_poll_stop(poll);
}

static int round_trips(void) {
  uv_loop_t loop;
  CHECK_EQ(uv_loop_init(&loop), 0);
  int err = 0;
  to_peer = eddy_waker_new(&err);
  to_loop = eddy_waker_new(&err);
  CHECK(to_peer && to_loop);
  eddy_reply_wait_init(&rw, &loop, to_loop);
  CHECK_EQ(uv_poll_init(&loop, &answers, eddy_waker_fd(to_loop)), 0);
  CHECK_EQ(uv_poll_start(&answers, UV_READABLE, answers_on_readable), 0);
  pthread_t peer;
  pthread_create(&peer, NULL, peer_main, NULL);
  ask();
  uv_run(&loop, UV_RUN_DEFAULT);
  atomic_store(&done, true);
  pthread_join(peer, NULL);
  uv_close((uv_handle_t*)&answers, NULL);
  eddy_reply_wait_close(&rw, NULL);
  uv_run(&loop, UV_RUN_DEFAULT);
  CHECK_EQ(uv_loop_close(&loop), 0);
  eddy_waker_release(to_peer);
  eddy_waker_release(to_loop);
  if (answered != kRoundTrips) {
    fprintf(stderr, "round trips: %d of %d answered\n", answered, kRoundTrips);
    return 1;
  }
  return 0;
}

/* --- 2. unanswered posts -------------------------------------------------------- */

static int turns;
static int scores[kUnanswered];

/* Far enough ahead that the loop, about to block, always has time left to wait. */
enum { kTurnMs = 20 };

static void turn_on_timer(uv_timer_t* timer) {
  eddy_reply_wait* w = timer->data;
  scores[turns] = w->score;
  if (++turns == kUnanswered) {
    uv_timer_stop(timer);
    return;
  }
  eddy_reply_wait_expect(w);
}

static int unanswered(void) {
  uv_loop_t loop;
  CHECK_EQ(uv_loop_init(&loop), 0);
  int err = 0;
  eddy_waker* waker = eddy_waker_new(&err);
  CHECK(waker);
  eddy_reply_wait w;
  eddy_reply_wait_init(&w, &loop, waker);
  uv_timer_t timer;
  CHECK_EQ(uv_timer_init(&loop, &timer), 0);
  timer.data = &w;
  CHECK_EQ(uv_timer_start(&timer, turn_on_timer, kTurnMs, kTurnMs), 0);
  uv_run(&loop, UV_RUN_DEFAULT);
  uv_close((uv_handle_t*)&timer, NULL);
  eddy_reply_wait_close(&w, NULL);
  uv_run(&loop, UV_RUN_DEFAULT);
  CHECK_EQ(uv_loop_close(&loop), 0);
  eddy_waker_release(waker);
  /* Turn i follows i chances to wait. The first wait runs out (score -2); below
   * zero only every 16th chance waits (the 17th and the 33rd), and runs out too. */
  for (int i = 0; i < kUnanswered; i++) {
    int expected = !w.enabled ? 0 : i == 0 ? 0 : i < 17 ? -2 : i < 33 ? -4 : -6;
    if (scores[i] != expected) {
      fprintf(stderr, "turn %d: score %d, expected %d\n", i, scores[i], expected);
      return 1;
    }
  }
  return 0;
}

int main(void) {
  if (round_trips() || unanswered()) return 1;
  printf("ok: %d round trips answered; unanswered waits back off\n", kRoundTrips);
  return 0;
}
