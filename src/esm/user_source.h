/* The rewrites user code goes through before JavaScriptCore compiles it, in order:
 * `using` declarations the engine does not parse (using_decl.h), then awaits that
 * must carry the AsyncLocalStorage frame (await_context.h). Both keep every line
 * where it was, and each runs only when its cheap prefilter finds something. The
 * rewritten code calls globals that exist only in eddy's main context. */
#ifndef EDDY_ESM_USER_SOURCE_H
#define EDDY_ESM_USER_SOURCE_H

#include <stddef.h>
#include <stdint.h>

/* A malloc'd rewrite of src[0..len) (*out_len units), or NULL when nothing changes. */
uint16_t* eddy_user_source_rewrite(const uint16_t* src, size_t len, size_t* out_len);

#endif
