/* The user-code rewrites in their order; see user_source.h. */
#include "user_source.h"

#include <stdlib.h>

#include "await_context.h"
#include "using_decl.h"

uint16_t* eddy_user_source_rewrite(const uint16_t* src, size_t len, size_t* out_len) {
  uint16_t* current = NULL; /* the latest rewrite, owned here */
  uint16_t* next = NULL;
  size_t next_len = 0;
  if (eddy_using_present(src, len) && eddy_using_rewrite(src, len, &next, &next_len) > 0) {
    current = next;
    src = current;
    len = next_len;
  }
  /* `await using` disposals are awaits too, so this one runs second. */
  if (eddy_await_present(src, len) && eddy_await_context(src, len, false, &next, &next_len) > 0) {
    free(current);
    current = next;
    len = next_len;
  }
  if (current) *out_len = len;
  return current;
}
