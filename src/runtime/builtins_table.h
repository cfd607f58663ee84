/* The lib/ sources embedded into the binary. The table itself is generated at build
 * time by tools/embed-lib (into build/gen/builtins_table.c) and never committed. */
#ifndef EDDY_RUNTIME_BUILTINS_TABLE_H
#define EDDY_RUNTIME_BUILTINS_TABLE_H

#include <stddef.h>

typedef struct eddy_builtin {
  const char* id; /* "fs", "internal/errors", ... (path under lib/ without .js) */
  const char* source;
  size_t length;
} eddy_builtin;

extern const eddy_builtin eddy_builtins[];
extern const size_t eddy_builtins_count;

/* Binary search over the table, which the generator emits sorted by id. */
const eddy_builtin* eddy_builtin_find(const char* id);

#endif
