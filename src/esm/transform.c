/* The ES module transform; see transform.h for what it produces and why every
 * edit keeps lengths. It reads import/export declarations off the token array at
 * bracket depth 0 (where only statements live), and looks at every token for
 * `import.meta`, `import(` and a top-level `await`. */
#include "transform.h"

#include <stdlib.h>
#include <string.h>

#include "../util/check.h"
#include "lexer.h"

typedef struct {
  eddy_lexer lx;
  eddy_esm_result* r;
} state;

#define TOK(s, i) (&(s)->lx.toks[(i)])

static inline bool is(const state* s, size_t i, const char* text) {
  return i < s->lx.count && eddy_tok_is(&s->lx, TOK(s, i), text);
}

/* Whether token i is the punctuator a (one unit) or ab (two): the run loop's test,
 * a few compares where `is` walks a string. */
static inline bool punct_is(const state* s, size_t i, char a, char b) {
  if (i >= s->lx.count) return false;
  const eddy_token* t = TOK(s, i);
  if (t->kind != EDDY_TOK_PUNCT || t->end - t->start != (b ? 2u : 1u)) return false;
  const uint16_t* p = s->lx.src + t->start;
  return p[0] == (unsigned char)a && (!b || p[1] == (unsigned char)b);
}

static bool is_kind(const state* s, size_t i, eddy_tok_kind kind) {
  return i < s->lx.count && TOK(s, i)->kind == kind;
}

static int fail_at(state* s, size_t i, const char* message) {
  s->r->error = message;
  s->r->error_at = i < s->lx.count ? TOK(s, i)->start : s->lx.len;
  return -1;
}

static eddy_esm_name name_of(const state* s, size_t i) {
  return (eddy_esm_name){TOK(s, i)->start, TOK(s, i)->end};
}

static eddy_esm_name special(uint32_t which) { return (eddy_esm_name){UINT32_MAX, which}; }

static void add(eddy_esm_result* r, eddy_esm_entry_kind kind, int32_t request, eddy_esm_name a,
                eddy_esm_name b) {
  if (r->count == r->cap) {
    r->cap = r->cap ? r->cap * 2 : 32;
    r->entries = eddy_realloc(r->entries, r->cap * sizeof(eddy_esm_entry));
  }
  r->entries[r->count++] = (eddy_esm_entry){(uint8_t)kind, request, a, b};
}

/* Spaces over [start, end), keeping line terminators. */
static void blank(eddy_esm_result* r, size_t start, size_t end) {
  for (size_t i = start; i < end; i++) {
    if (!eddy_is_line_terminator(r->code[i])) r->code[i] = ' ';
  }
}

/* Writes text at start and spaces up to end; fails when a line terminator lies
 * where the text would go. */
static int write_over(state* s, size_t start, size_t end, const char* text) {
  size_t n = strlen(text);
  CHECK(n <= end - start);
  for (size_t i = 0; i < n; i++) {
    if (eddy_is_line_terminator(s->r->code[start + i])) {
      s->r->error = "a line break inside `export default` is not supported";
      s->r->error_at = start;
      return -1;
    }
  }
  blank(s->r, start, end);
  for (size_t i = 0; i < n; i++) s->r->code[start + i] = (unsigned char)text[i];
  return 0;
}

static bool is_ident(const state* s, size_t i) { return is_kind(s, i, EDDY_TOK_IDENT); }

static bool is_module_name(const state* s, size_t i) {
  return is_ident(s, i) || is_kind(s, i, EDDY_TOK_STRING);
}

/* `with { key: 'value', ... }` after a specifier. Returns the index after it. */
static long parse_attributes(state* s, size_t i, int32_t request) {
  /* Only `with`: node 22+ no longer accepts the older `assert { ... }`, a SyntaxError. */
  if (is(s, i, "assert") && is(s, i + 1, "{") && !TOK(s, i)->nl_before) {
    return fail_at(s, i, "Unexpected identifier 'assert'");
  }
  if (!is(s, i, "with") || !is(s, i + 1, "{")) return (long)i;
  size_t close = (size_t)TOK(s, i + 1)->match;
  size_t k = i + 2;
  while (k < close) {
    if (!is_module_name(s, k) || !is(s, k + 1, ":") || !is_kind(s, k + 2, EDDY_TOK_STRING)) {
      return fail_at(s, k, "malformed import attributes");
    }
    add(s->r, EDDY_ESM_ATTRIBUTE, request, name_of(s, k), name_of(s, k + 2));
    k += 3;
    if (is(s, k, ",")) k++;
  }
  return (long)close + 1;
}

/* `from 'specifier' [with {...}]`: records the request. Returns the index after. */
static long parse_from(state* s, size_t i, int32_t request) {
  if (!is(s, i, "from") || !is_kind(s, i + 1, EDDY_TOK_STRING)) {
    return fail_at(s, i, "expected 'from' and a module specifier");
  }
  add(s->r, EDDY_ESM_REQUEST, request, name_of(s, i + 1), special(0));
  s->r->requests++;
  return parse_attributes(s, i + 2, request);
}

/* The end offset of a statement whose last token is i-1, with an optional ';'. */
static size_t statement_end(const state* s, size_t* i) {
  if (is(s, *i, ";")) (*i)++;
  return TOK(s, *i - 1)->end;
}

/* import declarations (i is the `import` token at depth 0). */
static long parse_import(state* s, size_t i) {
  size_t start = TOK(s, i)->start;
  int32_t request = s->r->requests;
  size_t k = i + 1;
  long next;
  if (is_kind(s, k, EDDY_TOK_STRING)) {
    add(s->r, EDDY_ESM_REQUEST, request, name_of(s, k), special(0));
    s->r->requests++;
    next = parse_attributes(s, k + 1, request);
  } else if (is(s, k, "source") && is_ident(s, k + 1) && !is(s, k + 1, "from")) {
    /* import source x from '...' (a source phase import) */
    add(s->r, EDDY_ESM_IMPORT, request, special(EDDY_NAME_SOURCE), name_of(s, k + 1));
    next = parse_from(s, k + 2, request);
  } else {
    if (is_ident(s, k) && !is(s, k, "from")) {
      add(s->r, EDDY_ESM_IMPORT, request, special(EDDY_NAME_DEFAULT), name_of(s, k));
      k++;
      if (is(s, k, ",")) k++;
    } else if (is(s, k, "from") && is(s, k + 1, "from")) {
      add(s->r, EDDY_ESM_IMPORT, request, special(EDDY_NAME_DEFAULT), name_of(s, k));
      k++;
    }
    if (is(s, k, "*")) {
      if (!is(s, k + 1, "as") || !is_ident(s, k + 2)) return fail_at(s, k, "expected 'as'");
      add(s->r, EDDY_ESM_IMPORT, request, special(EDDY_NAME_STAR), name_of(s, k + 2));
      k += 3;
    } else if (is(s, k, "{")) {
      size_t close = (size_t)TOK(s, k)->match;
      k++;
      while (k < close) {
        if (!is_module_name(s, k)) return fail_at(s, k, "malformed import list");
        eddy_esm_name imported = name_of(s, k);
        eddy_esm_name local = imported;
        if (is(s, k + 1, "as")) {
          if (!is_ident(s, k + 2)) return fail_at(s, k, "malformed import list");
          local = name_of(s, k + 2);
          k += 2;
        } else if (!is_ident(s, k)) {
          return fail_at(s, k, "a string import name needs 'as'");
        }
        add(s->r, EDDY_ESM_IMPORT, request, imported, local);
        k++;
        if (is(s, k, ",")) k++;
      }
      k = close + 1;
    }
    next = parse_from(s, k, request);
  }
  if (next < 0) return next;
  size_t end_index = (size_t)next;
  size_t end = statement_end(s, &end_index);
  blank(s->r, start, end);
  return (long)end_index;
}

/* The index of the next ',' at the level of i, or stop (jumping over brackets). */
static size_t skip_to_comma(const state* s, size_t i, size_t stop) {
  while (i < stop && !is(s, i, ",")) {
    const eddy_token* t = TOK(s, i);
    if (t->match > (int32_t)i && (t->kind == EDDY_TOK_PUNCT || t->kind == EDDY_TOK_TEMPLATE)) {
      i = (size_t)t->match;
    }
    i++;
  }
  return i;
}

/* Adds every name bound by the pattern opened at `open` ('{' or '[') as an
 * export, or with `declared` set, marks the names' tokens in it. */
static void pattern_names(state* s, size_t open, uint8_t* declared) {
  size_t close = (size_t)TOK(s, open)->match;
  bool object = is(s, open, "{");
  size_t k = open + 1;
  while (k < close) {
    size_t end = skip_to_comma(s, k, close);
    size_t target = k;
    if (is(s, k, "...")) {
      target = k + 1;
    } else if (object) {
      for (size_t j = k; j < end; j++) {
        const eddy_token* t = TOK(s, j);
        if (is(s, j, ":")) {
          target = j + 1;
          break;
        }
        if (t->match > (int32_t)j) j = (size_t)t->match;
      }
    }
    if (target < end) {
      if (is_ident(s, target)) {
        if (declared)
          declared[target] = 1;
        else
          add(s->r, EDDY_ESM_EXPORT_LOCAL, -1, name_of(s, target), name_of(s, target));
      } else if (is(s, target, "{") || is(s, target, "[")) {
        pattern_names(s, target, declared);
      }
    }
    k = end + 1;
  }
}

static const char* const kBinaryWords[] = {"in", "of", "instanceof", NULL};

/* Whether token i, after a line break, starts a new statement (so ASI ended the
 * declaration before it). */
static bool starts_statement(const state* s, size_t i) {
  if (!TOK(s, i)->nl_before) return false;
  const eddy_token* prev = TOK(s, i - 1);
  bool prev_ends_value =
      prev->kind != EDDY_TOK_PUNCT || is(s, i - 1, ")") || is(s, i - 1, "]") || is(s, i - 1, "}");
  if (!prev_ends_value) return false;
  if (!is_ident(s, i)) return false;
  for (const char* const* w = kBinaryWords; *w; w++) {
    if (is(s, i, *w)) return false;
  }
  return true;
}

/* The declarators after `var|let|const` at i: records each declared name as an
 * export, or with `declared` set, marks the names' tokens. Returns the index after
 * the declaration. */
static long parse_declarators(state* s, size_t i, uint8_t* declared) {
  size_t k = i + 1;
  for (;;) {
    if (is_ident(s, k)) {
      if (declared)
        declared[k] = 1;
      else
        add(s->r, EDDY_ESM_EXPORT_LOCAL, -1, name_of(s, k), name_of(s, k));
      k++;
    } else if ((is(s, k, "{") || is(s, k, "[")) && TOK(s, k)->match > (int32_t)k) {
      pattern_names(s, k, declared);
      k = (size_t)TOK(s, k)->match + 1;
    } else {
      return fail_at(s, k, "malformed export declaration");
    }
    if (is(s, k, "=")) {
      k++;
      while (k < s->lx.count && !is(s, k, ",") && !is(s, k, ";") && !is(s, k, "}") &&
             !is(s, k, ")") && !is(s, k, "]") && !starts_statement(s, k)) {
        const eddy_token* t = TOK(s, k);
        if (t->match > (int32_t)k) k = (size_t)t->match;
        k++;
      }
    }
    if (!is(s, k, ",")) return (long)k;
    k++;
  }
}

static bool has_line_break(const state* s, size_t start, size_t end) {
  for (size_t i = start; i < end; i++) {
    if (eddy_is_line_terminator(s->lx.src[i])) return true;
  }
  return false;
}

/* `export default ...` (i is `export`, i + 1 is `default`). */
static long parse_export_default(state* s, size_t i) {
  size_t k = i + 2;
  size_t start = TOK(s, i)->start;
  /* An anonymous function or class becomes a declaration named __edf_ when the
   * words before it share a line; across a line break it is kept as an
   * expression (`const __edf_= function () {}`), which is only not hoisted. */
  if (k >= s->lx.count) return fail_at(s, k, "expected an expression after 'export default'");
  size_t head_end = TOK(s, k)->end;
  if (is(s, k, "function") || (is(s, k, "async") && is(s, k + 1, "function"))) {
    size_t fn = is(s, k, "async") ? k + 1 : k;
    head_end = TOK(s, is(s, fn + 1, "*") ? fn + 1 : fn)->end;
  }
  bool one_line = !has_line_break(s, start, head_end);
  bool is_async = is(s, k, "async") && is(s, k + 1, "function") && !TOK(s, k + 1)->nl_before;
  bool named = false;
  if (is(s, k, "function") || is_async) {
    size_t fn = is_async ? k + 1 : k;
    named = is_ident(s, fn + 1 + is(s, fn + 1, "*"));
  } else if (is(s, k, "class")) {
    named = is_ident(s, k + 1) && !is(s, k + 1, "extends");
  }
  if ((is(s, k, "function") || is_async || is(s, k, "class")) && (named || one_line)) {
    /* handled below */
  } else {
    goto expression;
  }
  if (is(s, k, "function") || is_async) {
    size_t fn = is_async ? k + 1 : k;
    bool star = is(s, fn + 1, "*");
    size_t name = fn + 1 + star;
    if (is_ident(s, name)) {
      blank(s->r, start, TOK(s, i + 1)->end);
      add(s->r, EDDY_ESM_EXPORT_LOCAL, -1, special(EDDY_NAME_DEFAULT), name_of(s, name));
      return (long)name;
    }
    const char* text =
        is_async ? (star ? "async function*" EDDY_ESM_DEFAULT_LOCAL
                         : "async function " EDDY_ESM_DEFAULT_LOCAL)
                 : (star ? "function*" EDDY_ESM_DEFAULT_LOCAL : "function " EDDY_ESM_DEFAULT_LOCAL);
    if (write_over(s, start, TOK(s, fn + star)->end, text) < 0) return -1;
    add(s->r, EDDY_ESM_EXPORT_LOCAL, -1, special(EDDY_NAME_DEFAULT),
        special(EDDY_NAME_DEFAULT_LOCAL));
    return (long)name;
  }
  if (is(s, k, "class")) {
    if (is_ident(s, k + 1) && !is(s, k + 1, "extends")) {
      blank(s->r, start, TOK(s, i + 1)->end);
      add(s->r, EDDY_ESM_EXPORT_LOCAL, -1, special(EDDY_NAME_DEFAULT), name_of(s, k + 1));
      return (long)k + 1;
    }
    if (write_over(s, start, TOK(s, k)->end, "class " EDDY_ESM_DEFAULT_LOCAL) < 0) return -1;
    add(s->r, EDDY_ESM_EXPORT_LOCAL, -1, special(EDDY_NAME_DEFAULT),
        special(EDDY_NAME_DEFAULT_LOCAL));
    return (long)k + 1;
  }
expression:
  /* An expression: `export` -> `const `, `default` -> `__edf_=`, lengths kept. */
  memcpy(s->r->code + TOK(s, i)->start, u"const ", 6 * sizeof(uint16_t));
  memcpy(s->r->code + TOK(s, i + 1)->start, u"" EDDY_ESM_DEFAULT_LOCAL "=", 7 * sizeof(uint16_t));
  add(s->r, EDDY_ESM_EXPORT_LOCAL, -1, special(EDDY_NAME_DEFAULT),
      special(EDDY_NAME_DEFAULT_LOCAL));
  return (long)k;
}

/* export declarations (i is the `export` token at depth 0). */
static long parse_export(state* s, size_t i) {
  size_t start = TOK(s, i)->start;
  size_t k = i + 1;
  int32_t request = s->r->requests;
  if (is(s, k, "*")) {
    long next;
    if (is(s, k + 1, "as")) {
      if (!is_module_name(s, k + 2)) return fail_at(s, k, "expected a name after 'as'");
      add(s->r, EDDY_ESM_EXPORT_FROM, request, name_of(s, k + 2), special(EDDY_NAME_STAR));
      next = parse_from(s, k + 3, request);
    } else {
      add(s->r, EDDY_ESM_EXPORT_STAR, request, special(0), special(0));
      next = parse_from(s, k + 1, request);
    }
    if (next < 0) return next;
    size_t end_index = (size_t)next;
    blank(s->r, start, statement_end(s, &end_index));
    return (long)end_index;
  }
  if (is(s, k, "{")) {
    size_t close = (size_t)TOK(s, k)->match;
    bool from = is(s, close + 1, "from");
    size_t first = s->r->count;
    for (size_t j = k + 1; j < close;) {
      if (!is_module_name(s, j)) return fail_at(s, j, "malformed export list");
      eddy_esm_name local = name_of(s, j);
      eddy_esm_name exported = local;
      if (is(s, j + 1, "as")) {
        if (!is_module_name(s, j + 2)) return fail_at(s, j, "malformed export list");
        exported = name_of(s, j + 2);
        j += 2;
      }
      add(s->r, from ? EDDY_ESM_EXPORT_FROM : EDDY_ESM_EXPORT_LOCAL, from ? request : -1, exported,
          local);
      j++;
      if (is(s, j, ",")) j++;
    }
    (void)first;
    size_t end_index = close + 1;
    if (from) {
      long next = parse_from(s, close + 1, request);
      if (next < 0) return next;
      end_index = (size_t)next;
    }
    blank(s->r, start, statement_end(s, &end_index));
    return (long)end_index;
  }
  if (is(s, k, "default")) {
    blank(s->r, start, start); /* the forms below do their own edits */
    return parse_export_default(s, i);
  }
  if (is(s, k, "var") || is(s, k, "let") || is(s, k, "const")) {
    blank(s->r, start, TOK(s, i)->end);
    /* The names only: the main loop still scans the declaration. */
    if (parse_declarators(s, k, NULL) < 0) return -1;
    return (long)k;
  }
  bool is_async = is(s, k, "async") && is(s, k + 1, "function");
  if (is(s, k, "function") || is_async || is(s, k, "class")) {
    size_t name = k + 1 + is_async;
    if (is(s, name, "*")) name++;
    if (!is_ident(s, name)) return fail_at(s, name, "expected a name");
    blank(s->r, start, TOK(s, i)->end);
    add(s->r, EDDY_ESM_EXPORT_LOCAL, -1, name_of(s, name), name_of(s, name));
    return (long)name;
  }
  return fail_at(s, k, "unexpected token after 'export'");
}

/* Whether the '{' at k opens a function body (await inside it is not top-level). */
static bool opens_function_body(const state* s, size_t k) {
  if (k == 0) return false;
  if (punct_is(s, k - 1, '=', '>')) return true;
  if (!punct_is(s, k - 1, ')', 0)) return false;
  size_t open = (size_t)TOK(s, k - 1)->match;
  if (open == 0) return false;
  static const char* const heads[] = {"if", "while", "for", "with", "switch", "catch", NULL};
  for (const char* const* h = heads; *h; h++) {
    if (is(s, open - 1, *h)) return false;
  }
  if (is(s, open - 1, "await") && open >= 2 && is(s, open - 2, "for")) return false;
  return true;
}

/* Whether token i stands directly in a class body, where a name is a member's name
 * (`arguments = new Map`, `static arguments;`), not a reference: its enclosing
 * brace is preceded, back over the heritage (`extends mixin(B).C`), by `class`. */
static bool in_class_body(const state* s, size_t i) {
  uint16_t d = TOK(s, i)->depth;
  if (d == 0) return false;
  size_t open = i;
  do {
    if (open == 0) return false;
    open--;
  } while (!(TOK(s, open)->depth == d - 1 && TOK(s, open)->match > (int32_t)i));
  if (!punct_is(s, open, '{', 0)) return false;
  for (size_t k = open; k-- > 0;) {
    const eddy_token* h = TOK(s, k);
    if (h->depth >= d) continue; /* inside the heritage's brackets */
    if (h->depth < d - 1) return false;
    if (is(s, k, "class")) return true;
    if (h->kind == EDDY_TOK_PUNCT && !punct_is(s, k, '(', 0) && !punct_is(s, k, ')', 0) &&
        !punct_is(s, k, '[', 0) && !punct_is(s, k, ']', 0) && !punct_is(s, k, '.', 0) &&
        !punct_is(s, k, '?', '.'))
      return false;
  }
  return false;
}

/* The index just past the concise body of the arrow whose `=>` is at j: the body
 * is one assignment expression, ended by a ',' ';' or unmatched ':' at its own
 * depth, by a bracket that closes around it, or by a line break that ends the
 * statement. */
static size_t concise_body_end(const state* s, size_t j) {
  uint16_t d = TOK(s, j)->depth;
  size_t questions = 0;
  size_t k = j + 1;
  while (k < s->lx.count) {
    const eddy_token* t = TOK(s, k);
    if (t->depth < d) break;
    if (k > j + 1 && starts_statement(s, k)) break;
    if (t->depth == d && t->kind == EDDY_TOK_PUNCT) {
      if (is(s, k, ",") || is(s, k, ";")) break;
      if (is(s, k, "?")) questions++;
      if (is(s, k, ":")) {
        if (questions == 0) break;
        questions--;
      }
    }
    if (t->match > (int32_t)k) k = (size_t)t->match;
    k++;
  }
  return k;
}

static bool after_dot(const state* s, size_t i) {
  return i > 0 && (punct_is(s, i - 1, '.', 0) || punct_is(s, i - 1, '?', '.'));
}

/* An assignment operator: `=`, `++`, `--`, or a compound `op=` (any punctuator
 * ending in '=' other than the comparisons `==`, `===`, `!=`, `!==`, `<=`, `>=`). */
static bool is_assign_op(const state* s, size_t i) {
  if (i >= s->lx.count || TOK(s, i)->kind != EDDY_TOK_PUNCT) return false;
  const eddy_token* t = TOK(s, i);
  const uint16_t* p = s->lx.src + t->start;
  size_t n = t->end - t->start;
  if (n == 2 && (p[0] == '+' || p[0] == '-') && p[1] == p[0]) return true;
  if (p[n - 1] != '=') return false;
  if (n == 1) return true;
  if (p[0] == '=' || p[0] == '!') return false;
  return !(n == 2 && (p[0] == '<' || p[0] == '>'));
}

/* Lists the names a destructuring assignment target (the pattern opened at
 * `open`) assigns: every identifier in it that is not a property key or after a
 * dot. Names in default values or computed keys are listed too, which only makes
 * their importers read them live. */
static void pattern_assigned(state* s, size_t open, const uint8_t* declared) {
  size_t close = (size_t)TOK(s, open)->match;
  for (size_t j = open + 1; j < close; j++) {
    if (is_ident(s, j) && !declared[j] && !after_dot(s, j) && !is(s, j + 1, ":")) {
      add(s->r, EDDY_ESM_ASSIGNED, -1, name_of(s, j), special(0));
    }
  }
}

/* Whether the token at i is the `(` of a `for (` or `for await (` head. */
static bool opens_for_head(const state* s, size_t i) {
  if (i == 0 || !punct_is(s, i, '(', 0)) return false;
  return is(s, i - 1, "for") || (i >= 2 && is(s, i - 1, "await") && is(s, i - 2, "for"));
}

static int run(state* s, bool module) {
  eddy_esm_result* r = s->r;
  uint8_t* declared = eddy_calloc(s->lx.count + 1, 1);
  size_t* fn_closers = eddy_malloc((s->lx.count + 1) * sizeof(size_t));
  bool* fn_arrow = eddy_malloc((s->lx.count + 1) * sizeof(bool));
  size_t plain_fn_depth = 0; /* enclosing function bodies that are not arrows */
  size_t fn_depth = 0;
  int rc = 0;
  for (size_t i = 0; i < s->lx.count;) {
    const eddy_token* t = TOK(s, i);
    while (fn_depth > 0 && fn_closers[fn_depth - 1] <= i) {
      fn_depth--;
      if (!fn_arrow[fn_depth]) plain_fn_depth--;
    }
    if (t->kind == EDDY_TOK_PUNCT) {
      /* Punctuators: only `{`, `[` and `=>` matter here (about half of all tokens
       * are punctuators, so they are told apart by their units, once). */
      const uint16_t* p = s->lx.src + t->start;
      size_t n = t->end - t->start;
      bool brace = n == 1 && p[0] == '{';
      if (brace && opens_function_body(s, i)) {
        fn_arrow[fn_depth] = punct_is(s, i - 1, '=', '>');
        if (!fn_arrow[fn_depth]) plain_fn_depth++;
        fn_closers[fn_depth++] = (size_t)t->match;
      } else if (n == 2 && p[0] == '=' && p[1] == '>' && !punct_is(s, i + 1, '{', 0)) {
        fn_arrow[fn_depth] = true;
        fn_closers[fn_depth++] = concise_body_end(s, i);
      }
      if (module && (brace || (n == 1 && p[0] == '[')) && t->match > (int32_t)i) {
        /* `[a, b] = ...`, `({ a } = ...)`, `for ([k, v] of ...)`: a destructuring
         * assignment target. */
        size_t close = (size_t)t->match;
        bool in_for =
            i > 0 && opens_for_head(s, i - 1) && (is(s, close + 1, "of") || is(s, close + 1, "in"));
        if (in_for || punct_is(s, close + 1, '=', 0)) pattern_assigned(s, i, declared);
      }
      i++;
      continue;
    }
    if (t->kind != EDDY_TOK_IDENT || after_dot(s, i)) {
      i++;
      continue;
    }
    /* The first unit picks the keywords worth comparing (this runs per name). */
    const uint16_t c0 = s->lx.src[t->start];
    if (c0 == 'i' && is(s, i, "import")) {
      if (is(s, i + 1, "(")) {
        size_t close = (size_t)TOK(s, i + 1)->match;
        if (!is(s, close + 1, "{")) { /* not a method named import */
          memcpy(r->code + t->start, u"_$imp$", 6 * sizeof(uint16_t));
          r->uses_dynamic_import = true;
        }
      } else if (is(s, i + 1, ".") && is(s, i + 2, "source") && is(s, i + 3, "(")) {
        /* import.source( -> _$imp$.source( (same length when written without spaces) */
        if (TOK(s, i + 2)->end - t->start != 13) {
          rc = fail_at(s, i, "unsupported spacing in import.source");
          break;
        }
        memcpy(r->code + t->start, u"_$imp$", 6 * sizeof(uint16_t));
        r->uses_dynamic_import = r->uses_import_source = true;
        i += 3;
        continue;
      } else if (module && is(s, i + 1, ".") && is(s, i + 2, "meta")) {
        size_t start = t->start, end = TOK(s, i + 2)->end;
        if (end - start < 11 || write_over(s, start, end, "__eddy_meta") < 0) {
          rc = fail_at(s, i, "unsupported spacing in import.meta");
          break;
        }
        r->uses_import_meta = r->has_module_syntax = true;
        i += 3;
        continue;
      } else if (module && t->depth == 0 && !is(s, i + 1, ":")) {
        long next = parse_import(s, i);
        if (next < 0) {
          rc = -1;
          break;
        }
        r->has_module_syntax = true;
        i = (size_t)next;
        continue;
      }
    } else if (c0 == 'e' && module && t->depth == 0 && is(s, i, "export")) {
      long next = parse_export(s, i);
      if (next < 0) {
        rc = -1;
        break;
      }
      r->has_module_syntax = true;
      i = (size_t)next;
      continue;
    } else if (c0 == 'a' && module && fn_depth == 0 && is(s, i, "await") && !is(s, i + 1, ":")) {
      if (!r->maybe_tla) r->tla_at = t->start;
      r->maybe_tla = true;
    } else if (c0 == 'a' && module && plain_fn_depth == 0 && is(s, i, "arguments") &&
               !is(s, i + 1, ":") &&
               !(is(s, i + 1, "(") && is(s, (size_t)TOK(s, i + 1)->match + 1, "{")) &&
               !in_class_body(s, i)) {
      /* A module has no `arguments`; the function it runs in does. */
      memcpy(r->code + t->start, u"_$args$__", 9 * sizeof(uint16_t));
    } else if ((c0 == 'v' || c0 == 'l' || c0 == 'c') && module &&
               (is(s, i, "var") || is(s, i, "let") || is(s, i, "const"))) {
      if (is_ident(s, i + 1) || is(s, i + 1, "{") || is(s, i + 1, "[")) {
        (void)parse_declarators(s, i, declared); /* a malformed one fails to compile later */
      }
    } else if (module && !declared[i] &&
               (is_assign_op(s, i + 1) ||
                (opens_for_head(s, i - 1) && (is(s, i + 1, "of") || is(s, i + 1, "in"))) ||
                (i > 0 && (punct_is(s, i - 1, '+', '+') || punct_is(s, i - 1, '-', '-'))))) {
      add(r, EDDY_ESM_ASSIGNED, -1, name_of(s, i), special(0));
    }
    i++;
  }
  free(fn_closers);
  free(fn_arrow);
  free(declared);
  return rc;
}

static int transform(const uint16_t* src, size_t len, eddy_esm_result* r, bool module) {
  memset(r, 0, sizeof(*r));
  r->code = eddy_malloc((len ? len : 1) * sizeof(uint16_t));
  memcpy(r->code, src, len * sizeof(uint16_t));
  r->len = len;
  state s = {.r = r};
  if (eddy_lex(&s.lx, src, len) < 0) {
    r->error = s.lx.error;
    r->error_at = s.lx.error_at;
    eddy_lexer_free(&s.lx);
    return -1;
  }
  /* A hashbang line becomes a comment of the same length (the module body is
   * compiled inside a function, where `#!` is not allowed). */
  if (len >= 2 && src[0] == '#' && src[1] == '!') r->code[0] = r->code[1] = '/';
  int rc = run(&s, module);
  eddy_lexer_free(&s.lx);
  return rc;
}

int eddy_esm_transform(const uint16_t* src, size_t len, eddy_esm_result* r) {
  return transform(src, len, r, true);
}

int eddy_esm_transform_dynamic_import(const uint16_t* src, size_t len, eddy_esm_result* r) {
  return transform(src, len, r, false);
}

void eddy_esm_result_free(eddy_esm_result* r) {
  free(r->code);
  free(r->entries);
  memset(r, 0, sizeof(*r));
}
