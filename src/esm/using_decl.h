/* `using` and `await using` declarations (explicit resource management, which node 24
 * parses) for JavaScriptCore 2.50, which has the DisposableStack builtins but not the
 * syntax. Each block that declares resources becomes a try/catch/finally over one
 * stack:
 *
 *   { a(); using r = open(); b(r); }
 *   { a(); const __eddyUsing = __eddyUsingStack(false); let __eddyUsingError,
 *     __eddyUsingThrew = false; try { const r = __eddyUsing.use(open()); b(r); }
 *     catch (e) { ... } finally { __eddyDisposeResources(...) } }
 *
 * (all on the declaration's and the closing brace's own lines, so every line keeps
 * its number). A block with an `await using` uses an AsyncDisposableStack and awaits
 * its disposal. `__eddyDisposeResources`/`__eddyDisposeResourcesAsync` are globals
 * lib/internal/bootstrap defines: they dispose and rethrow, wrapping a disposal error
 * that hides the block's own in a SuppressedError, as the spec does.
 *
 * Not rewritten (left for the engine to reject as before): `for (using x of ...)`
 * heads, declarations directly in a switch's case list, and any declaration whose
 * end cannot be found with certainty. */
#ifndef EDDY_ESM_USING_DECL_H
#define EDDY_ESM_USING_DECL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Cheap prefilter: whether the source has `using name =` anywhere (comments
 * included); only such sources are tokenized. */
bool eddy_using_present(const uint16_t* src, size_t len);

/* Rewrites src[0..len). Returns the number of declarations rewritten (with *out a
 * malloc'd result of *out_len units when > 0), 0 when there were none, -1 when the
 * source does not tokenize (the engine reports the syntax error then). */
int eddy_using_rewrite(const uint16_t* src, size_t len, uint16_t** out, size_t* out_len);

#endif
