/* The tokenizer behind the ES module transform; see lexer.h. Whether a '/' starts
 * a regex or is division is decided from the previous token, as a parser would:
 * after an operator, an opening bracket, a keyword such as `return`, or a ')' that
 * closes an `if (...)` head it is a regex; after a value it is division. A '}' is
 * followed by a regex when it closed a block, by division when it closed an
 * object literal. */
#include "lexer.h"

#include <stdlib.h>
#include <string.h>

#include "../util/check.h"
#include "../util/hex.h"

enum { MAX_DEPTH = 4096 };

typedef struct {
  int32_t index;    /* token index of the opener */
  uint8_t kind;     /* '(', '[', '{' or '`' (a template substitution) */
  bool regex_after; /* a '/' after the closer starts a regex */
} open_bracket;

/* ASCII character classes, looked up once per unit (the lexer's inner loops). */
enum { C_WS = 1, C_ID_START = 2, C_ID_PART = 4 };
static const uint8_t kAsciiClass[128] = {
    ['\t'] = C_WS,
    [0x0B] = C_WS,
    [0x0C] = C_WS,
    [' '] = C_WS,
    ['a' ... 'z'] = C_ID_START | C_ID_PART,
    ['A' ... 'Z'] = C_ID_START | C_ID_PART,
    ['$'] = C_ID_START | C_ID_PART,
    ['_'] = C_ID_START | C_ID_PART,
    ['\\'] = C_ID_START | C_ID_PART,
    ['0' ... '9'] = C_ID_PART,
};

static bool is_ws(uint16_t c) {
  if (c < 128) return kAsciiClass[c] & C_WS;
  return c == 0xA0 || c == 0xFEFF || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F ||
         c == 0x205F || c == 0x3000;
}

/* Beyond ASCII, anything that is not a space or a line terminator may be part of
 * a name (the engine checks the real ID_Start/ID_Continue sets). */
static inline bool is_id_start(uint16_t c) {
  if (c < 128) return kAsciiClass[c] & C_ID_START;
  return !is_ws(c) && !eddy_is_line_terminator(c);
}

static inline bool is_id_part(uint16_t c) {
  if (c < 128) return kAsciiClass[c] & C_ID_PART;
  return !is_ws(c) && !eddy_is_line_terminator(c);
}

static bool is_digit(uint16_t c) { return c >= '0' && c <= '9'; }

/* Whether c cannot end a line: one comparison for nearly every unit (the line
 * terminators are below 0x0E or at 0x2028/0x2029). */
static inline bool not_line_end(uint16_t c) {
  return (uint16_t)(c - 0x0E) < 0x2028 - 0x0E || c > 0x2029 || (c < 0x0E && c != '\n' && c != '\r');
}

static bool tok_in(const eddy_lexer* lx, const eddy_token* t, const char* const* words) {
  for (; *words; words++) {
    if (eddy_tok_is(lx, t, *words)) return true;
  }
  return false;
}

/* Keywords after which an expression (so possibly a regex) begins. */
static const char* const kExprKeywords[] = {"return", "typeof", "instanceof", "in",   "of", "new",
                                            "delete", "void",   "throw",      "case", "do", "else",
                                            "yield",  "await",  "extends",    NULL};

/* The length of the punctuator at s (0 when there is none), longest match. */
static size_t match_punct(const uint16_t* s, size_t avail) {
  uint16_t c = s[0];
  uint16_t c1 = avail > 1 ? s[1] : 0;
  uint16_t c2 = avail > 2 ? s[2] : 0;
  uint16_t c3 = avail > 3 ? s[3] : 0;
  switch (c) {
    case '{':
    case '}':
    case '(':
    case ')':
    case '[':
    case ']':
    case ';':
    case ',':
    case '~':
    case ':':
    case '@': return 1;
    case '.': return c1 == '.' && c2 == '.' ? 3 : 1;
    case '=':
      if (c1 == '=') return c2 == '=' ? 3 : 2;
      return c1 == '>' ? 2 : 1;
    case '!':
      if (c1 == '=') return c2 == '=' ? 3 : 2;
      return 1;
    case '+':
    case '-': return c1 == c || c1 == '=' ? 2 : 1;
    case '*':
      if (c1 == '*') return c2 == '=' ? 3 : 2;
      return c1 == '=' ? 2 : 1;
    case '/':
    case '%':
    case '^': return c1 == '=' ? 2 : 1;
    case '&':
    case '|':
      if (c1 == c) return c2 == '=' ? 3 : 2;
      return c1 == '=' ? 2 : 1;
    case '?':
      if (c1 == '?') return c2 == '=' ? 3 : 2;
      /* `?.` followed by a digit is `?` then a number (a ? .5 : b). */
      if (c1 == '.' && !(c2 >= '0' && c2 <= '9')) return 2;
      return 1;
    case '<':
      if (c1 == '<') return c2 == '=' ? 3 : 2;
      return c1 == '=' ? 2 : 1;
    case '>':
      if (c1 == '>') {
        if (c2 == '>') return c3 == '=' ? 4 : 3;
        return c2 == '=' ? 3 : 2;
      }
      return c1 == '=' ? 2 : 1;
    default: return 0;
  }
}

static inline __attribute__((always_inline)) int push_token(eddy_lexer* lx, eddy_tok_kind kind,
                                                            size_t start, size_t end, bool nl,
                                                            size_t depth) {
  if (lx->count == lx->cap) {
    /* About one token per five units of source, to start with. */
    lx->cap = lx->cap ? lx->cap * 2 : lx->len / 5 + 64;
    lx->toks = eddy_realloc(lx->toks, lx->cap * sizeof(eddy_token));
  }
  eddy_token* t = &lx->toks[lx->count++];
  t->start = (uint32_t)start;
  t->end = (uint32_t)end;
  t->match = -1;
  t->depth = (uint16_t)depth;
  t->kind = (uint8_t)kind;
  t->nl_before = nl;
  return (int)(lx->count - 1);
}

static int fail(eddy_lexer* lx, size_t at, const char* message) {
  lx->error_at = at;
  lx->error = message;
  return -1;
}

/* Whether a '/' after the previous token starts a regex. */
static bool regex_allowed(const eddy_lexer* lx, bool last_close_regex) {
  if (lx->count == 0) return true;
  const eddy_token* t = &lx->toks[lx->count - 1];
  switch (t->kind) {
    case EDDY_TOK_IDENT: return tok_in(lx, t, kExprKeywords);
    case EDDY_TOK_PUNCT:
      if (eddy_tok_is(lx, t, ")") || eddy_tok_is(lx, t, "]") || eddy_tok_is(lx, t, "}")) {
        return last_close_regex;
      }
      return !(eddy_tok_is(lx, t, "++") || eddy_tok_is(lx, t, "--"));
    case EDDY_TOK_TEMPLATE: /* a head or middle ends in `${`: an expression follows */
      return lx->src[t->end - 1] == '{';
    default: return false;
  }
}

/* Whether a '{' after the previous token opens a block (vs an object literal). */
static bool brace_is_block(const eddy_lexer* lx) {
  if (lx->count == 0) return true;
  const eddy_token* t = &lx->toks[lx->count - 1];
  if (t->kind == EDDY_TOK_IDENT)
    return !tok_in(lx, t, kExprKeywords) || eddy_tok_is(lx, t, "do") || eddy_tok_is(lx, t, "else");
  if (t->kind != EDDY_TOK_PUNCT) return false;
  return eddy_tok_is(lx, t, ")") || eddy_tok_is(lx, t, "{") || eddy_tok_is(lx, t, "}") ||
         eddy_tok_is(lx, t, ";") || eddy_tok_is(lx, t, "=>");
}

/* Scans a template piece starting after '`' or after the '}' closing a
 * substitution. Returns the end offset, or 0 when unterminated; *opens tells
 * whether it stopped at '${'. */
static size_t scan_template(const uint16_t* s, size_t len, size_t i, bool* opens) {
  while (i < len) {
    uint16_t c = s[i];
    if (c == '\\') {
      i += 2;
    } else if (c == '`') {
      *opens = false;
      return i + 1;
    } else if (c == '$' && i + 1 < len && s[i + 1] == '{') {
      *opens = true;
      return i + 2;
    } else {
      i++;
    }
  }
  return 0;
}

int eddy_lex(eddy_lexer* lx, const uint16_t* src, size_t len) {
  memset(lx, 0, sizeof(*lx));
  lx->src = src;
  lx->len = len;
  open_bracket* stack = eddy_malloc(MAX_DEPTH * sizeof(open_bracket));
  size_t depth = 0;
  bool last_close_regex = false; /* for the latest ')', ']' or '}' */
  bool nl = false;
  size_t i = 0;
  int rc = 0;
  if (len >= 2 && src[0] == '#' && src[1] == '!') {
    while (i < len && !eddy_is_line_terminator(src[i])) i++;
  }
  while (i < len) {
    uint16_t c = src[i];
    if (c == ' ' || c == '\t') { /* runs of indentation */
      i++;
      while (i < len && (src[i] == ' ' || src[i] == '\t')) i++;
      continue;
    }
    if (is_ws(c)) {
      i++;
      continue;
    }
    if (eddy_is_line_terminator(c)) {
      nl = true;
      i++;
      /* The next line's indentation, at once. */
      while (i < len && (src[i] == ' ' || src[i] == '\t')) i++;
      continue;
    }
    size_t start = i;
    if (c == '/' && i + 1 < len && src[i + 1] == '/') {
      while (i < len && not_line_end(src[i])) i++;
      continue;
    }
    if (c == '/' && i + 1 < len && src[i + 1] == '*') {
      i += 2;
      while (i + 1 < len && !(src[i] == '*' && src[i + 1] == '/')) {
        if (!not_line_end(src[i])) nl = true;
        i++;
      }
      if (i + 1 >= len) {
        rc = fail(lx, start, "unterminated comment");
        break;
      }
      i += 2;
      continue;
    }
    if (is_id_start(c)) {
      /* Plain ASCII name characters first (nearly every name is only those); an
       * escape or a non-ASCII unit goes on in the general loop. */
      while (i < len && src[i] < 128 && src[i] != '\\' && (kAsciiClass[src[i]] & C_ID_PART)) i++;
      while (i < len && is_id_part(src[i])) {
        if (src[i] == '\\') i++;
        i++;
      }
      if (i > len) i = len;
      push_token(lx, EDDY_TOK_IDENT, start, i, nl, depth);
    } else if (c == '#' && i + 1 < len && is_id_start(src[i + 1])) {
      i++;
      while (i < len && is_id_part(src[i])) i++;
      push_token(lx, EDDY_TOK_PRIVATE, start, i, nl, depth);
    } else if (is_digit(c) || (c == '.' && i + 1 < len && is_digit(src[i + 1]))) {
      bool radix = c == '0' && i + 1 < len && (src[i + 1] | 0x20) != 'e' &&
                   (src[i + 1] | 0x20) >= 'b' && (src[i + 1] | 0x20) <= 'x';
      i++;
      while (i < len) {
        uint16_t d = src[i];
        if (is_id_part(d) || d == '.') {
          i++;
        } else if (!radix && (d == '+' || d == '-') && (src[i - 1] | 0x20) == 'e') {
          i++;
        } else {
          break;
        }
      }
      push_token(lx, EDDY_TOK_NUMBER, start, i, nl, depth);
    } else if (c == '"' || c == '\'') {
      i++;
      while (i < len && src[i] != c) {
        if (src[i] == '\\')
          i++;
        else if (src[i] == '\n' || src[i] == '\r')
          break;
        i++;
      }
      if (i >= len || src[i] != c) {
        rc = fail(lx, start, "unterminated string");
        break;
      }
      i++;
      push_token(lx, EDDY_TOK_STRING, start, i, nl, depth);
    } else if (c == '`') {
      bool opens = false;
      size_t end = scan_template(src, len, i + 1, &opens);
      if (!end) {
        rc = fail(lx, start, "unterminated template");
        break;
      }
      int idx = push_token(lx, EDDY_TOK_TEMPLATE, start, end, nl, depth);
      i = end;
      if (opens) {
        if (depth == MAX_DEPTH) {
          rc = fail(lx, start, "nesting too deep");
          break;
        }
        stack[depth++] = (open_bracket){idx, '`', false};
      }
    } else if (c == '/' && regex_allowed(lx, last_close_regex)) {
      bool in_class = false;
      i++;
      while (i < len) {
        uint16_t d = src[i];
        if (eddy_is_line_terminator(d)) break;
        if (d == '\\') {
          i += 2;
          continue;
        }
        if (d == '[')
          in_class = true;
        else if (d == ']')
          in_class = false;
        else if (d == '/' && !in_class)
          break;
        i++;
      }
      if (i >= len || src[i] != '/') {
        rc = fail(lx, start, "unterminated regular expression");
        break;
      }
      i++;
      while (i < len && is_id_part(src[i])) i++;
      push_token(lx, EDDY_TOK_REGEX, start, i, nl, depth);
    } else {
      size_t n = match_punct(src + i, len - i);
      if (n == 0) {
        rc = fail(lx, start, "unexpected character");
        break;
      }
      i += n;
      if (n == 1 && (c == '(' || c == '[' || c == '{')) {
        if (depth == MAX_DEPTH) {
          rc = fail(lx, start, "nesting too deep");
          break;
        }
        bool regex_after = false;
        if (c == '(' && lx->count > 0) {
          static const char* const heads[] = {"if", "while", "for", "with", NULL};
          const eddy_token* prev = &lx->toks[lx->count - 1];
          regex_after = prev->kind == EDDY_TOK_IDENT && tok_in(lx, prev, heads);
        } else if (c == '{') {
          regex_after = brace_is_block(lx);
        }
        int idx = push_token(lx, EDDY_TOK_PUNCT, start, i, nl, depth);
        stack[depth++] = (open_bracket){idx, (uint8_t)c, regex_after};
      } else if (n == 1 && (c == ')' || c == ']' || c == '}')) {
        uint8_t want = c == ')' ? '(' : c == ']' ? '[' : '{';
        if (depth == 0 ||
            (stack[depth - 1].kind != want && !(c == '}' && stack[depth - 1].kind == '`'))) {
          rc = fail(lx, start, "unbalanced bracket");
          break;
        }
        open_bracket open = stack[--depth];
        if (open.kind == '`') {
          /* The '}' closing a substitution continues the template. */
          bool opens = false;
          size_t end = scan_template(src, len, i, &opens);
          if (!end) {
            rc = fail(lx, start, "unterminated template");
            break;
          }
          int idx = push_token(lx, EDDY_TOK_TEMPLATE, start, end, nl, depth);
          lx->toks[open.index].match = idx;
          lx->toks[idx].match = open.index;
          i = end;
          if (opens) stack[depth++] = (open_bracket){idx, '`', false};
        } else {
          int idx = push_token(lx, EDDY_TOK_PUNCT, start, i, nl, depth);
          lx->toks[open.index].match = idx;
          lx->toks[idx].match = open.index;
          last_close_regex = open.regex_after;
        }
      } else {
        push_token(lx, EDDY_TOK_PUNCT, start, i, nl, depth);
      }
    }
    nl = false;
  }
  if (rc == 0 && depth != 0)
    rc = fail(lx, lx->toks[stack[depth - 1].index].start, "unclosed bracket");
  free(stack);
  return rc;
}

void eddy_lexer_free(eddy_lexer* lx) {
  free(lx->toks);
  lx->toks = NULL;
  lx->count = lx->cap = 0;
}

/* Reads up to n hex digits (or a {...} code point when braced) at s[*i]. */
static uint32_t read_hex(const uint16_t* s, size_t end, size_t* i, int n, bool braced) {
  uint32_t v = 0;
  if (braced) {
    (*i)++;
    while (*i < end && s[*i] != '}') {
      int h = eddy_hex_digit(s[*i]);
      if (h < 0) break;
      v = v * 16 + (uint32_t)h;
      if (v > 0x10FFFF) v = 0xFFFD;
      (*i)++;
    }
    if (*i < end) (*i)++;
    return v;
  }
  for (int k = 0; k < n && *i < end; k++) {
    int h = eddy_hex_digit(s[*i]);
    if (h < 0) break;
    v = v * 16 + (uint32_t)h;
    (*i)++;
  }
  return v;
}

size_t eddy_decode_string(const uint16_t* s, size_t len, uint16_t* out) {
  size_t o = 0;
  size_t end = len > 0 ? len - 1 : 0;
  for (size_t i = 1; i < end;) {
    uint16_t c = s[i++];
    if (c != '\\' || i >= end) {
      out[o++] = c;
      continue;
    }
    c = s[i++];
    uint32_t cp;
    switch (c) {
      case 'n': out[o++] = '\n'; continue;
      case 't': out[o++] = '\t'; continue;
      case 'r': out[o++] = '\r'; continue;
      case 'b': out[o++] = '\b'; continue;
      case 'f': out[o++] = '\f'; continue;
      case 'v': out[o++] = '\v'; continue;
      case '0': out[o++] = 0; continue;
      case '\r':
        if (i < end && s[i] == '\n') i++;
        continue;
      case '\n':
      case 0x2028:
      case 0x2029: continue;
      case 'x': cp = read_hex(s, end, &i, 2, false); break;
      case 'u': cp = read_hex(s, end, &i, 4, i < end && s[i] == '{'); break;
      default: out[o++] = c; continue;
    }
    if (cp >= 0x10000) {
      cp -= 0x10000;
      out[o++] = (uint16_t)(0xD800 + (cp >> 10));
      out[o++] = (uint16_t)(0xDC00 + (cp & 0x3FF));
    } else {
      out[o++] = (uint16_t)cp;
    }
  }
  return o;
}
