/* libFuzzer target for the ES module lexer, transform and CommonJS export scanner
 * (src/esm/). Besides memory errors it checks the transform's contract: the output
 * has the input's length and a line terminator exactly where the input has one.
 * Build and run with `make fuzz`. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "esm/cjs_exports.h"
#include "esm/lexer.h"
#include "esm/transform.h"
#include "util/check.h"

int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  uint16_t* src = eddy_malloc((size + 1) * sizeof(uint16_t));
  for (size_t i = 0; i < size; i++) {
    /* A few high bytes stand for non-ASCII units the lexer treats specially. */
    switch (data[i]) {
      case 0xFD: src[i] = 0xFEFF; break;
      case 0xFE: src[i] = 0x2028; break;
      case 0xFF: src[i] = 0x00E9; break;
      default: src[i] = data[i];
    }
  }
  eddy_esm_result r;
  if (eddy_esm_transform(src, size, &r) == 0) {
    CHECK(r.len == size);
    for (size_t i = 0; i < size; i++) {
      CHECK(eddy_is_line_terminator(src[i]) == eddy_is_line_terminator(r.code[i]));
    }
    for (size_t i = 0; i < r.count; i++) {
      const eddy_esm_entry* e = &r.entries[i];
      CHECK(e->a.start == UINT32_MAX || (e->a.start <= e->a.end && e->a.end <= size));
      CHECK(e->b.start == UINT32_MAX || (e->b.start <= e->b.end && e->b.end <= size));
      if (e->a.start != UINT32_MAX && e->a.end > e->a.start && (src[e->a.start] == '"' || src[e->a.start] == '\'')) {
        uint16_t* out = eddy_malloc((e->a.end - e->a.start) * sizeof(uint16_t));
        CHECK(eddy_decode_string(src + e->a.start, e->a.end - e->a.start, out) <= e->a.end - e->a.start);
        free(out);
      }
    }
  }
  eddy_esm_result_free(&r);
  if (eddy_esm_transform_dynamic_import(src, size, &r) == 0) CHECK(r.len == size);
  eddy_esm_result_free(&r);
  eddy_cjs_exports e;
  eddy_cjs_detect_exports(src, size, &e);
  eddy_cjs_exports_free(&e);
  free(src);
  return 0;
}
