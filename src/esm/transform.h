/* The ES module transform: turns a module's source into the body of a function
 * that eddy's loader links and runs, and lists its imports and exports.
 *
 * Every edit keeps the length of what it replaces and every line terminator, so
 * the output has the same lines and columns as the input and stacks point at the
 * user's source:
 *   - import declarations and `export` keywords and lists become spaces;
 *   - `import.meta` becomes `__eddy_meta`, `import(` becomes `_$imp$(` and
 *     `import.source(` becomes `_$imp$.source(`, names the loader binds; `arguments` outside any
 * non-arrow function becomes
 *     `_$args$__`, which nothing binds (a module has no `arguments`), unless it
 *     names a class member (`arguments = new Map` in a class body);
 *   - `export default <expr>` becomes `const  __edf_= <expr>`, and an anonymous
 *     default function or class is named `__edf_` (the loader renames it
 *     'default').
 * It also lists every name that is the target of an assignment (`x = `, `x += `,
 * `x++`...) outside a declaration: an exported binding never assigned is fixed once
 * its module has run, so importers may copy it instead of reading it live.
 * The lexer (lexer.h) does the tokenizing; nothing here depends on JSC. */
#ifndef EDDY_ESM_TRANSFORM_H
#define EDDY_ESM_TRANSFORM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A name in the metadata: a span of the source (an identifier, or a string
 * literal with its quotes), or one of the special names below (start == UINT32_MAX,
 * end = the EDDY_NAME_* value). */
typedef struct {
  uint32_t start, end;
} eddy_esm_name;

/* EDDY_NAME_SOURCE: the imported name of a source phase import
 * (`import source x from '...'`): the module's source object, not a binding. */
enum {
  EDDY_NAME_STAR = 1,
  EDDY_NAME_DEFAULT = 2,
  EDDY_NAME_DEFAULT_LOCAL = 3,
  EDDY_NAME_SOURCE = 4
};
#define EDDY_ESM_DEFAULT_LOCAL "__edf_"

typedef enum {
  EDDY_ESM_REQUEST,      /* a: the specifier (a string literal) */
  EDDY_ESM_ATTRIBUTE,    /* request's `with` attribute: a = key, b = value */
  EDDY_ESM_IMPORT,       /* request: a = imported name ('*' for a namespace), b = local */
  EDDY_ESM_EXPORT_LOCAL, /* a = exported name, b = local binding */
  EDDY_ESM_EXPORT_FROM,  /* request: a = exported name, b = imported name ('*': namespace) */
  EDDY_ESM_EXPORT_STAR,  /* request */
  EDDY_ESM_ASSIGNED,     /* a = a name assigned somewhere other than its declaration */
} eddy_esm_entry_kind;

typedef struct {
  uint8_t kind;
  int32_t request; /* index of the EDDY_ESM_REQUEST entry's request number, or -1 */
  eddy_esm_name a, b;
} eddy_esm_entry;

typedef struct {
  uint16_t* code; /* the transformed source, same length as the input */
  size_t len;
  eddy_esm_entry* entries;
  size_t count, cap;
  int32_t requests;       /* number of EDDY_ESM_REQUEST entries */
  bool maybe_tla;         /* an `await` outside any function: top-level await */
  size_t tla_at;          /* the offset of the first such `await` */
  bool has_module_syntax; /* import/export declarations or import.meta */
  bool uses_import_meta;
  bool uses_dynamic_import;
  bool uses_import_source; /* import.source(...) */
  size_t error_at;         /* on failure */
  const char* error;
} eddy_esm_result;

/* Transforms an ES module. Returns 0, or -1 with r->error and r->error_at set
 * when the source cannot be tokenized or a declaration is malformed (the caller
 * then asks a real parser for the SyntaxError). Free with eddy_esm_result_free. */
int eddy_esm_transform(const uint16_t* src, size_t len, eddy_esm_result* r);

/* For CommonJS and scripts: only rewrites `import(` to `_$imp$(`. Returns 0 (with
 * r->uses_dynamic_import) or -1 when the source does not tokenize. */
int eddy_esm_transform_dynamic_import(const uint16_t* src, size_t len, eddy_esm_result* r);

void eddy_esm_result_free(eddy_esm_result* r);

#endif
