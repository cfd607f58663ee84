/* Waiting briefly, without sleeping, for the answer to a message just posted to
 * another thread (see reply_wait.c for why and when). */
#ifndef EDDY_RUNTIME_REPLY_WAIT_H
#define EDDY_RUNTIME_REPLY_WAIT_H

#include <stdbool.h>
#include <uv.h>

#include "../util/waker.h"

typedef struct eddy_reply_wait {
  uv_prepare_t prepare; /* unref'd: runs before each block of the loop, keeps nothing alive */
  eddy_waker* waker;    /* the runtime's: its pending flag says a message has come */
  bool enabled;         /* more than one processor to run on */
  bool expecting;       /* a message was posted since the loop last blocked */
  int score;            /* recent waits: each one answered +1, each one not -2 */
  unsigned skipped;     /* waits skipped while the score is negative */
} eddy_reply_wait;

/* Starts rw on loop; waker must outlive it. */
void eddy_reply_wait_init(eddy_reply_wait* rw, uv_loop_t* loop, eddy_waker* waker);
/* A message went to another thread: the loop's next block may wait for the answer. */
static inline void eddy_reply_wait_expect(eddy_reply_wait* rw) { rw->expecting = true; }
/* Closes rw's handle; on_close gets it (rw->prepare) once closed. */
void eddy_reply_wait_close(eddy_reply_wait* rw, uv_close_cb on_close);

#endif
