/* CommonJS named-export detection over the token array; see cjs_exports.h. */
#include "cjs_exports.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "../util/check.h"
#include "lexer.h"

typedef struct {
  eddy_lexer lx;
  eddy_cjs_exports* out;
} scan;

static bool is(const scan* s, size_t i, const char* text) {
  return i < s->lx.count && eddy_tok_is(&s->lx, &s->lx.toks[i], text);
}

static bool kind(const scan* s, size_t i, eddy_tok_kind k) {
  return i < s->lx.count && s->lx.toks[i].kind == k;
}

static void push(eddy_cjs_span** list, size_t* count, size_t* cap, const eddy_token* t) {
  if (*count == *cap) {
    *cap = *cap ? *cap * 2 : 16;
    *list = eddy_realloc(*list, *cap * sizeof(eddy_cjs_span));
  }
  (*list)[(*count)++] = (eddy_cjs_span){t->start, t->end};
}

static void add_name(scan* s, size_t i) {
  push(&s->out->names, &s->out->name_count, &s->out->name_cap, &s->lx.toks[i]);
}

static void add_reexport(scan* s, size_t i) {
  push(&s->out->reexports, &s->out->reexport_count, &s->out->reexport_cap, &s->lx.toks[i]);
}

/* `require ( 'x' )` at i: returns the string's index, or 0. */
static size_t require_call(const scan* s, size_t i) {
  if (is(s, i, "require") && is(s, i + 1, "(") && kind(s, i + 2, EDDY_TOK_STRING) &&
      is(s, i + 3, ")")) {
    return i + 2;
  }
  return 0;
}

/* The member after an exports object at i: `.name =` or `['name'] =`. */
static void member_assignment(scan* s, size_t i) {
  if (is(s, i, ".") && kind(s, i + 1, EDDY_TOK_IDENT) && is(s, i + 2, "=")) {
    add_name(s, i + 1);
  } else if (is(s, i, "[") && kind(s, i + 1, EDDY_TOK_STRING) && is(s, i + 2, "]") &&
             is(s, i + 3, "=")) {
    add_name(s, i + 1);
  }
}

/* Whether the descriptor object at open is one cjs-module-lexer accepts: it has a
 * `value`, or a getter that only returns an identifier or member chain
 * (`get() { return m.x; }`, `get: function () { return x; }`). */
static bool descriptor_is_static(const scan* s, size_t open) {
  size_t close = (size_t)s->lx.toks[open].match;
  for (size_t k = open + 1; k < close; k++) {
    const eddy_token* t = &s->lx.toks[k];
    if (t->depth != s->lx.toks[open].depth + 1) continue;
    if (is(s, k, "value") && is(s, k + 1, ":")) return true;
    if (!is(s, k, "get")) continue;
    size_t j = k + 1;
    if (is(s, j, ":") && is(s, j + 1, "function")) j += 2;
    if (!is(s, j, "(") || !is(s, j + 1, ")") || !is(s, j + 2, "{") || !is(s, j + 3, "return") ||
        !kind(s, j + 4, EDDY_TOK_IDENT)) {
      return false;
    }
    j += 5;
    for (;;) {
      if (is(s, j, ".") && kind(s, j + 1, EDDY_TOK_IDENT))
        j += 2;
      else if (is(s, j, "[") && kind(s, j + 1, EDDY_TOK_STRING) && is(s, j + 2, "]"))
        j += 3;
      else
        break;
    }
    if (is(s, j, ";")) j++;
    return is(s, j, "}");
  }
  return false;
}

/* `module.exports = { a, b: c, 'd': e, ...require('f') }` (open is the '{'), read
 * as cjs-module-lexer does: a property whose value is not a plain identifier ends
 * the scan (a shorthand or `key: ident` before it still counts). */
static void object_literal(scan* s, size_t open) {
  size_t close = (size_t)s->lx.toks[open].match;
  size_t k = open + 1;
  while (k < close) {
    if (kind(s, k, EDDY_TOK_IDENT)) {
      size_t key = k++;
      if (is(s, k, ":")) {
        if (!kind(s, k + 1, EDDY_TOK_IDENT)) return;
        k += 2;
      }
      add_name(s, key);
    } else if (is(s, k, "...")) {
      size_t str = require_call(s, k + 1);
      if (str) {
        add_reexport(s, str);
        k = str + 2;
      } else if (kind(s, k + 1, EDDY_TOK_IDENT)) {
        k += 2;
      } else {
        return;
      }
    } else if (kind(s, k, EDDY_TOK_STRING) && is(s, k + 1, ":") && kind(s, k + 2, EDDY_TOK_IDENT)) {
      add_name(s, k);
      k += 3;
    } else {
      return;
    }
    if (!is(s, k, ",")) return;
    k++;
  }
}

/* Whether tokens a and b have the same text. */
static bool same_text(const scan* s, size_t a, size_t b) {
  const eddy_token* x = &s->lx.toks[a];
  const eddy_token* y = &s->lx.toks[b];
  return x->end - x->start == y->end - y->start &&
         memcmp(s->lx.src + x->start, s->lx.src + y->start,
                (x->end - x->start) * sizeof(uint16_t)) == 0;
}

/* The string token of the `require('x')` last assigned to the identifier at id
 * before it (`var id = require('x')`, or wrapped in Babel's
 * `_interopRequireWildcard(...)`), or 0. */
static size_t required_by(const scan* s, size_t id) {
  size_t found = 0;
  for (size_t k = 0; k + 2 < id; k++) {
    if (s->lx.toks[k].kind != EDDY_TOK_IDENT || !same_text(s, k, id) || !is(s, k + 1, "="))
      continue;
    size_t str = require_call(s, k + 2);
    if (!str && kind(s, k + 2, EDDY_TOK_IDENT) && is(s, k + 3, "(")) str = require_call(s, k + 4);
    if (str) found = str;
  }
  return found;
}

/* Babel's re-export of a whole module (at i, `Object`):
 *   Object.keys(_x).forEach(function (key) {
 *     if (key === "default" || key === "__esModule") return;
 *     Object.defineProperty(exports, key, { ... });   // or exports[key] = _x[key];
 *   });
 * where _x = require('x'). Returns the string token of 'x', or 0. */
static size_t babel_reexport(const scan* s, size_t i) {
  if (!is(s, i + 1, ".") || !is(s, i + 2, "keys") || !is(s, i + 3, "(") ||
      !kind(s, i + 4, EDDY_TOK_IDENT) || !is(s, i + 5, ")") || !is(s, i + 6, ".") ||
      !is(s, i + 7, "forEach") || !is(s, i + 8, "(") || !is(s, i + 9, "function") ||
      !is(s, i + 10, "(") || !kind(s, i + 11, EDDY_TOK_IDENT) || !is(s, i + 12, ")") ||
      !is(s, i + 13, "{")) {
    return 0;
  }
  size_t key = i + 11;
  size_t close = (size_t)s->lx.toks[i + 13].match;
  bool exported = false;
  for (size_t k = i + 14; k + 2 < close && !exported; k++) {
    if (!is(s, k, "exports") || (k > 0 && is(s, k - 1, "."))) continue;
    exported = (is(s, k + 1, ",") && kind(s, k + 2, EDDY_TOK_IDENT) && same_text(s, k + 2, key)) ||
               (is(s, k + 1, "[") && kind(s, k + 2, EDDY_TOK_IDENT) && same_text(s, k + 2, key) &&
                is(s, k + 3, "]") && is(s, k + 4, "="));
  }
  return exported ? required_by(s, i + 4) : 0;
}

int eddy_cjs_detect_exports(const uint16_t* src, size_t len, eddy_cjs_exports* out) {
  memset(out, 0, sizeof(*out));
  scan s = {.out = out};
  if (eddy_lex(&s.lx, src, len) < 0) {
    eddy_lexer_free(&s.lx);
    return -1;
  }
  for (size_t i = 0; i < s.lx.count; i++) {
    if (s.lx.toks[i].kind != EDDY_TOK_IDENT) continue;
    if (i > 0 && (is(&s, i - 1, ".") || is(&s, i - 1, "?."))) continue;
    if (is(&s, i, "exports")) {
      member_assignment(&s, i + 1);
    } else if (is(&s, i, "module") && is(&s, i + 1, ".") && is(&s, i + 2, "exports")) {
      if (is(&s, i + 3, "=")) {
        size_t str = require_call(&s, i + 4);
        if (str)
          add_reexport(&s, str);
        else if (is(&s, i + 4, "{"))
          object_literal(&s, i + 4);
      } else {
        member_assignment(&s, i + 3);
      }
    } else if (is(&s, i, "Object") && is(&s, i + 1, ".") && is(&s, i + 2, "keys")) {
      size_t str = babel_reexport(&s, i);
      if (str) add_reexport(&s, str);
    } else if (is(&s, i, "Object") && is(&s, i + 1, ".") && is(&s, i + 2, "defineProperty") &&
               is(&s, i + 3, "(")) {
      size_t k = i + 4;
      if (is(&s, k, "module") && is(&s, k + 1, ".") && is(&s, k + 2, "exports"))
        k += 3;
      else if (is(&s, k, "exports"))
        k += 1;
      else
        continue;
      if (is(&s, k, ",") && kind(&s, k + 1, EDDY_TOK_STRING) && is(&s, k + 2, ",") &&
          is(&s, k + 3, "{") && descriptor_is_static(&s, k + 3)) {
        add_name(&s, k + 1);
      }
    } else if ((is(&s, i, "__exportStar") || is(&s, i, "__export")) && is(&s, i + 1, "(")) {
      size_t str = require_call(&s, i + 2);
      if (str) add_reexport(&s, str);
    }
  }
  eddy_lexer_free(&s.lx);
  return 0;
}

void eddy_cjs_exports_free(eddy_cjs_exports* out) {
  free(out->names);
  free(out->reexports);
  memset(out, 0, sizeof(*out));
}
