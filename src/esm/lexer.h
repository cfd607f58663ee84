/* A JavaScript tokenizer for the ES module transform and the CommonJS export
 * scanner. It works on UTF-16 code units (the units JSC counts columns in), knows
 * regex literals from division, template literals with nested substitutions, and
 * comments, and records for every token its bracket depth and matching bracket.
 * It does not parse: callers read statements off the token array.
 *
 * Pure C with no JSC dependency, so it can be unit-tested and fuzzed alone. */
#ifndef EDDY_ESM_LEXER_H
#define EDDY_ESM_LEXER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum {
  EDDY_TOK_IDENT,    /* identifiers and keywords */
  EDDY_TOK_PUNCT,    /* operators and brackets */
  EDDY_TOK_STRING,   /* '...' or "..." */
  EDDY_TOK_TEMPLATE, /* one piece of a template: `..${, }..${, }..` or `..` */
  EDDY_TOK_REGEX,
  EDDY_TOK_NUMBER,
  EDDY_TOK_PRIVATE, /* #name */
} eddy_tok_kind;

typedef struct {
  uint32_t start, end; /* [start, end) in code units */
  int32_t match;       /* index of the matching bracket (or template piece), or -1 */
  uint16_t depth;      /* brackets open before this token (an opener counts outside) */
  uint8_t kind;
  uint8_t nl_before; /* a line terminator lies between this token and the previous */
} eddy_token;

typedef struct {
  const uint16_t* src;
  size_t len;
  eddy_token* toks;
  size_t count, cap;
  /* On failure: the offset and a static message. */
  size_t error_at;
  const char* error;
} eddy_lexer;

/* Tokenizes src[0..len). Returns 0, or -1 with lx->error set (unterminated
 * literal, unbalanced bracket, nesting too deep). Free with eddy_lexer_free. */
int eddy_lex(eddy_lexer* lx, const uint16_t* src, size_t len);
void eddy_lexer_free(eddy_lexer* lx);

/* Whether token t's text equals the ASCII string s (inline, so that strlen of a
 * literal folds away: this runs for nearly every token). */
static inline bool eddy_tok_is(const eddy_lexer* lx, const eddy_token* t, const char* s) {
  /* The first unit first: most comparisons fail there, before any strlen of a
   * string that is not a literal (callers loop over keyword tables). */
  if (t->end == t->start || lx->src[t->start] != (unsigned char)s[0]) return false;
  size_t n = __builtin_strlen(s);
  if (t->end - t->start != n) return false;
  const uint16_t* p = lx->src + t->start;
  for (size_t i = 0; i < n; i++) {
    if (p[i] != (unsigned char)s[i]) return false;
  }
  return true;
}

static inline bool eddy_is_line_terminator(uint16_t c) {
  return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029;
}

/* Decodes a string literal token (quotes included) into UTF-16 units in out, which
 * must hold at least the token's length. Returns the decoded length. */
size_t eddy_decode_string(const uint16_t* s, size_t len, uint16_t* out);

#endif
