/* Carrying the AsyncLocalStorage frame across `await`. JSC resumes an async
 * function through its internal promise machinery, which no JS hook sees, so after
 * an `await` the current frame would be whatever ran last. The source transform
 * here makes every await restore the frame it started in:
 *
 *   await X  ->  RR(S(X),await V())
 *
 * __eddyAwaitSave(X) runs once X is evaluated (so a frame entered while evaluating
 * X, as `als.enterWith` in a called async function does, is the one kept, as in
 * node); it parks X and returns the current frame, __eddyAwaitValue() takes X back
 * and the await suspends; on resumption __eddyAwaitRestore makes the saved frame
 * current again and returns the awaited value. Nothing runs between the park and
 * the take, so one slot serves every await. RR, S and V stand for the names of
 * globals made by lib/internal/async_hooks.js: U+140A U+140A (restore), U+1405
 * (save), U+1403 (value), letters no program names its globals with, and short:
 * `RR(S(` is as long as `await`, so the operand keeps its column and stack frames
 * in it point where they did (text after the operand on its line moves right).
 *
 * `for await (...) { body }` runs in a block that saves the frame once and
 * restores it at the start of each iteration and after the loop (F: U+1401 U+1401):
 *   {const F=S(); for await (...) {RR(F,0); body }RR(F,0);}
 * The block opens right after the token before the `for` (often at the end of the
 * line above); a body that is one expression statement ending in ';' on its line
 * becomes a block.
 *
 * Every edit stays on its line (line numbers are kept; columns after an edited
 * await shift). Only awaits the tokenizer proves to be keywords are rewritten:
 * inside a function known to be async (or at the top level when the caller says
 * it is async) and with an operand whose end is certain; any doubt leaves the
 * token as it is, which costs the frame, never validity. */
#ifndef EDDY_ESM_AWAIT_CONTEXT_H
#define EDDY_ESM_AWAIT_CONTEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Whether src has the letters `await` anywhere: the cheap test before a rewrite. */
bool eddy_await_present(const uint16_t* src, size_t len);

/* Rewrites the awaits of src. Returns the number of edits made (then *out is a
 * malloc'd buffer of *out_len units, to free), 0 when nothing was rewritten, or -1
 * when src does not tokenize (left for the engine to report). top_async: the top
 * level may await (a module body). */
int eddy_await_context(const uint16_t* src, size_t len, bool top_async, uint16_t** out,
                       size_t* out_len);

#endif
