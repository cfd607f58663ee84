/* Interrupting a vm script: the `timeout` and `breakOnSigint` options of node:vm.
 *
 * Why not JSC's watchdog: its termination (JSContextGroupSetExecutionTimeLimit
 * returning true) cannot be caught below the outermost entry into JS. The VM stays
 * "terminating" until that entry returns, so every later JS frame of the caller —
 * the one that must catch ERR_SCRIPT_EXECUTION_TIMEOUT — is unwound too.
 *
 * Instead a script run with either option is compiled with interrupt points: every
 * loop condition becomes `CHECK() && (condition)` (an empty `for` condition becomes
 * `CHECK()`), where CHECK is a function lib/vm.js binds as a global lexical name of
 * the script's context. The check reads one Int32Array slot shared with C and throws
 * a normal, catchable error once it is set; lib/vm.js keeps throwing it until the
 * interrupted run has unwound, and its caller then gets node's error. What sets the
 * slot runs outside JS: an alarm thread (wall-clock deadline) and a SIGINT handler
 * installed only while a breakOnSigint run is active. Code the script did not
 * define (a function of the caller that loops) has no interrupt points.
 *
 * JS API (on internalBinding('contextify')):
 *   setInterruptState(int32Array)  [0]: something to check, [1]: SIGINT arrived
 *   setAlarm(ms)                   set [0] after ms (wall clock); ms < 0 cancels
 *   watchSigint(on)                route SIGINT to the state instead of its handlers
 *   addInterruptPoints(source, name) -> the instrumented source, or undefined when
 *                                   it has no loop (or could not be instrumented) */
#include <signal.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "../esm/lexer.h"
#include "../util/check.h"
#include "../util/js.h"
#include "contextify.h"

typedef struct interrupt_alarm {
  uv_thread_t thread;
  uv_mutex_t mutex;
  uv_cond_t cond;
  uint64_t deadline; /* uv_hrtime() ns, 0 when disarmed */
  bool started;
  bool quit;
} interrupt_alarm;

typedef struct eddy_interrupt interrupt_state;
struct eddy_interrupt {
  JSObjectRef array;      /* protected Int32Array */
  _Atomic int32_t* slots; /* its bytes */
  interrupt_alarm alarm;
  bool watching_sigint;
  struct sigaction saved_sigint;
};

/* The slots the SIGINT handler sets: a signal is process-wide, so one runtime at a
 * time may watch it. */
static _Atomic(_Atomic int32_t*) sigint_slots;

static void sigint_on_signal(int signo) {
  (void)signo;
  _Atomic int32_t* slots = atomic_load(&sigint_slots);
  if (slots == NULL) return;
  atomic_store(&slots[1], 1);
  atomic_store(&slots[0], 1);
}

static void alarm_main(void* arg) {
  interrupt_state* s = arg;
  interrupt_alarm* a = &s->alarm;
  uv_mutex_lock(&a->mutex);
  while (!a->quit) {
    if (a->deadline == 0) {
      uv_cond_wait(&a->cond, &a->mutex);
      continue;
    }
    uint64_t now = uv_hrtime();
    if (now >= a->deadline) {
      a->deadline = 0;
      atomic_store(&s->slots[0], 1);
      continue;
    }
    (void)uv_cond_timedwait(&a->cond, &a->mutex, a->deadline - now);
  }
  uv_mutex_unlock(&a->mutex);
}

static interrupt_state* interrupt_of(eddy_runtime* rt) { return eddy__contextify_interrupt(rt); }

static EDDY_JS_FN(interrupt_set_state) {
  (void)function, (void)self, (void)exception;
  interrupt_state* s = interrupt_of(eddy_runtime_from(ctx));
  CHECK(s->array == NULL);
  s->array = eddy_protect_object(ctx, eddy_js_arg(ctx, argc, argv, 0));
  size_t len = 0;
  s->slots = (_Atomic int32_t*)eddy_js_bytes(ctx, s->array, &len);
  CHECK(len >= 2 * sizeof(int32_t));
  return JSValueMakeUndefined(ctx);
}

static EDDY_JS_FN(interrupt_set_alarm) {
  (void)function, (void)self, (void)exception;
  interrupt_state* s = interrupt_of(eddy_runtime_from(ctx));
  CHECK(s->slots != NULL);
  double ms = JSValueToNumber(ctx, eddy_js_arg(ctx, argc, argv, 0), NULL);
  interrupt_alarm* a = &s->alarm;
  if (!a->started) {
    if (ms < 0) return JSValueMakeUndefined(ctx);
    CHECK_EQ(uv_thread_create(&a->thread, alarm_main, s), 0);
    a->started = true;
  }
  uv_mutex_lock(&a->mutex);
  a->deadline = ms < 0 ? 0 : uv_hrtime() + (uint64_t)(ms * 1e6) + 1;
  uv_cond_signal(&a->cond);
  uv_mutex_unlock(&a->mutex);
  return JSValueMakeUndefined(ctx);
}

static void stop_watching_sigint(interrupt_state* s) {
  if (!s->watching_sigint) return;
  sigaction(SIGINT, &s->saved_sigint, NULL);
  atomic_store(&sigint_slots, NULL);
  s->watching_sigint = false;
}

/* watchSigint(on) -> whether SIGINT now reaches the state (false when another
 * runtime already watches it). */
static EDDY_JS_FN(interrupt_watch_sigint) {
  (void)function, (void)self, (void)exception;
  interrupt_state* s = interrupt_of(eddy_runtime_from(ctx));
  CHECK(s->slots != NULL);
  bool on = JSValueToBoolean(ctx, eddy_js_arg(ctx, argc, argv, 0));
  if (!on) {
    stop_watching_sigint(s);
    return JSValueMakeBoolean(ctx, false);
  }
  if (s->watching_sigint) return JSValueMakeBoolean(ctx, true);
  _Atomic int32_t* expected = NULL;
  if (!atomic_compare_exchange_strong(&sigint_slots, &expected, s->slots)) {
    return JSValueMakeBoolean(ctx, false);
  }
  struct sigaction sa;
  memset(&sa, 0, sizeof(sa));
  sa.sa_handler = sigint_on_signal;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = SA_RESTART;
  sigaction(SIGINT, &sa, &s->saved_sigint);
  s->watching_sigint = true;
  return JSValueMakeBoolean(ctx, true);
}

/* --- interrupt points ------------------------------------------------------------ */

typedef struct edit {
  uint32_t at;
  const char* text; /* "C" stands for the check call */
} edit;

typedef struct edits {
  edit* list;
  size_t count, cap;
} edits;

static void add_edit(edits* e, uint32_t at, const char* text) {
  if (e->count == e->cap) {
    e->cap = e->cap ? e->cap * 2 : 16;
    e->list = eddy_realloc(e->list, e->cap * sizeof(edit));
  }
  e->list[e->count++] = (edit){at, text};
}

static int edit_cmp(const void* a, const void* b) {
  const edit* x = a;
  const edit* y = b;
  return x->at < y->at ? -1 : x->at > y->at;
}

static bool is_member_access(const eddy_lexer* lx, size_t i) {
  if (i == 0) return false;
  const eddy_token* p = &lx->toks[i - 1];
  return p->kind == EDDY_TOK_PUNCT && (eddy_tok_is(lx, p, ".") || eddy_tok_is(lx, p, "?."));
}

/* Collects the edits for the loop keyword at token i (`while`/`for` followed by
 * a parenthesised head). */
static void loop_edits(const eddy_lexer* lx, size_t i, edits* e) {
  size_t open = i + 1;
  bool is_for = eddy_tok_is(lx, &lx->toks[i], "for");
  if (open >= lx->count) return;
  if (is_for && eddy_tok_is(lx, &lx->toks[open], "await")) return;
  const eddy_token* o = &lx->toks[open];
  if (o->kind != EDDY_TOK_PUNCT || !eddy_tok_is(lx, o, "(") || o->match < 0) return;
  size_t close = (size_t)o->match;
  if (close <= open + 1) return; /* `while ()`: a method named while, not a loop */
  if (!is_for) {
    add_edit(e, lx->toks[open].end, "C()&&(");
    add_edit(e, lx->toks[close].start, ")");
    return;
  }
  size_t semi[2];
  int n = 0;
  for (size_t j = open + 1; j < close && n < 3; j++) {
    const eddy_token* t = &lx->toks[j];
    if (t->depth == o->depth + 1 && t->kind == EDDY_TOK_PUNCT && eddy_tok_is(lx, t, ";")) {
      if (n < 2) semi[n] = j;
      n++;
    }
  }
  if (n != 2) return; /* for-in / for-of: finite unless its body loops */
  if (semi[1] == semi[0] + 1) {
    add_edit(e, lx->toks[semi[0]].end, "C()");
  } else {
    add_edit(e, lx->toks[semi[0]].end, "C()&&(");
    add_edit(e, lx->toks[semi[1]].start, ")");
  }
}

/* addInterruptPoints(source, checkName) -> instrumented source or undefined */
static EDDY_JS_FN(interrupt_add_points) {
  (void)function, (void)self;
  JSStringRef source = JSValueToStringCopy(ctx, eddy_js_arg(ctx, argc, argv, 0), exception);
  if (!source) return NULL;
  JSStringRef name = JSValueToStringCopy(ctx, eddy_js_arg(ctx, argc, argv, 1), exception);
  if (!name) {
    JSStringRelease(source);
    return NULL;
  }
  const uint16_t* src = JSStringGetCharactersPtr(source);
  size_t len = JSStringGetLength(source);
  const uint16_t* check = JSStringGetCharactersPtr(name);
  size_t check_len = JSStringGetLength(name);
  JSValueRef result = JSValueMakeUndefined(ctx);
  eddy_lexer lx;
  memset(&lx, 0, sizeof(lx));
  edits e = {0};
  if (eddy_lex(&lx, src, len) == 0) {
    for (size_t i = 0; i < lx.count; i++) {
      const eddy_token* t = &lx.toks[i];
      if (t->kind != EDDY_TOK_IDENT || is_member_access(&lx, i)) continue;
      if (eddy_tok_is(&lx, t, "while") || eddy_tok_is(&lx, t, "for")) loop_edits(&lx, i, &e);
    }
  }
  if (e.count > 0) {
    qsort(e.list, e.count, sizeof(edit), edit_cmp);
    size_t extra = 0;
    for (size_t k = 0; k < e.count; k++) extra += strlen(e.list[k].text) + check_len;
    uint16_t* out = eddy_malloc((len + extra) * sizeof(uint16_t));
    size_t w = 0;
    size_t from = 0;
    for (size_t k = 0; k < e.count; k++) {
      memcpy(out + w, src + from, (e.list[k].at - from) * sizeof(uint16_t));
      w += e.list[k].at - from;
      from = e.list[k].at;
      for (const char* p = e.list[k].text; *p; p++) {
        if (*p == 'C') {
          memcpy(out + w, check, check_len * sizeof(uint16_t));
          w += check_len;
        } else {
          out[w++] = (uint16_t)*p;
        }
      }
    }
    memcpy(out + w, src + from, (len - from) * sizeof(uint16_t));
    w += len - from;
    JSStringRef s = JSStringCreateWithCharacters(out, w);
    result = JSValueMakeString(ctx, s);
    JSStringRelease(s);
    free(out);
  }
  free(e.list);
  eddy_lexer_free(&lx);
  JSStringRelease(source);
  JSStringRelease(name);
  return result;
}

/* --- lifecycle ------------------------------------------------------------------- */

struct eddy_interrupt* eddy__interrupt_new(void) {
  interrupt_state* s = eddy_calloc(1, sizeof(*s));
  CHECK_EQ(uv_mutex_init(&s->alarm.mutex), 0);
  CHECK_EQ(uv_cond_init(&s->alarm.cond), 0);
  return s;
}

/* Stops the alarm thread and the SIGINT routing; the state array is unprotected
 * with the context group. */
void eddy__interrupt_free(struct eddy_interrupt* s) {
  stop_watching_sigint(s);
  interrupt_alarm* a = &s->alarm;
  if (a->started) {
    uv_mutex_lock(&a->mutex);
    a->quit = true;
    uv_cond_signal(&a->cond);
    uv_mutex_unlock(&a->mutex);
    uv_thread_join(&a->thread);
  }
  uv_cond_destroy(&a->cond);
  uv_mutex_destroy(&a->mutex);
  free(s);
}

void eddy__interrupt_add_functions(JSContextRef ctx, JSObjectRef binding) {
  eddy_js_set_fn(ctx, binding, "setInterruptState", interrupt_set_state);
  eddy_js_set_fn(ctx, binding, "setAlarm", interrupt_set_alarm);
  eddy_js_set_fn(ctx, binding, "watchSigint", interrupt_watch_sigint);
  eddy_js_set_fn(ctx, binding, "addInterruptPoints", interrupt_add_points);
}
