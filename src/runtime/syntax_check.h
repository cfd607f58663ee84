/* Locating syntax errors. JSC's C API reports a SyntaxError's line but not its
 * column; its GLib API (jsc_context_check_syntax) reports both, in a side context
 * that is created on first use — only programs with syntax errors pay for it. */
#ifndef EDDY_RUNTIME_SYNTAX_CHECK_H
#define EDDY_RUNTIME_SYNTAX_CHECK_H

#include <stdbool.h>
#include <stddef.h>

struct eddy_runtime;

typedef struct eddy_syntax_error {
  unsigned line;   /* 1-based */
  unsigned column; /* 1-based */
  char* message;   /* malloc'd */
} eddy_syntax_error;

/* Checks UTF-8 source as a script or a module. Returns true and fills *out (free
 * out->message) when it has a syntax error; false when it parses. */
bool eddy_syntax_check(struct eddy_runtime* rt, const char* source, size_t len, const char* url,
                       bool is_module, eddy_syntax_error* out);

/* Releases the side context, if one was made. */
void eddy_syntax_check_dispose(struct eddy_runtime* rt);

#endif
