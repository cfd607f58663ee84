/* Static detection of a CommonJS module's named exports, for `import { x } from
 * './file.cjs'`, in the manner of node's cjs-module-lexer: it recognizes the shapes
 * that compilers and people write (`exports.x =`, `module.exports = { a, b }`,
 * `Object.defineProperty(exports, 'x', ...)`, `module.exports = require('./y')`,
 * `__exportStar(require('./y'), exports)`) without running the code. Pure C. */
#ifndef EDDY_ESM_CJS_EXPORTS_H
#define EDDY_ESM_CJS_EXPORTS_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
  uint32_t start, end; /* an identifier, or a string literal with quotes */
} eddy_cjs_span;

typedef struct {
  eddy_cjs_span* names; /* may repeat */
  size_t name_count, name_cap;
  eddy_cjs_span* reexports; /* string literals: specifiers whose exports are re-exported */
  size_t reexport_count, reexport_cap;
} eddy_cjs_exports;

/* Returns 0, or -1 when the source does not tokenize (then nothing is detected).
 * Free with eddy_cjs_exports_free. */
int eddy_cjs_detect_exports(const uint16_t* src, size_t len, eddy_cjs_exports* out);
void eddy_cjs_exports_free(eddy_cjs_exports* out);

#endif
