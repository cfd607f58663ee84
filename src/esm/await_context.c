/* The await rewrite; see await_context.h. One pass over the token array keeps a
 * stack of the function bodies the current token is in (async or not); an `await`
 * in an async body whose operand (a UnaryExpression) ends where the tokens say is
 * rewritten. Function bodies are recognized from the tokens before their '{' (or,
 * for an arrow with an expression body, after its '=>'), the way a parser would
 * see their heads. */
#include "await_context.h"

#include <stdlib.h>
#include <string.h>

#include "../util/check.h"
#include "lexer.h"

/* The names (see await_context.h), as UTF-16: U+140A U+140A restore, U+1405 save,
 * U+1403 value, U+1401 U+1401 a loop's frame. */
#define RESTORE u"\u140A\u140A"
#define SAVE u"\u1405"
#define VALUE u"\u1403"
#define FRAME u"\u1401\u1401"
/* Exactly as long as `await`, so the operand keeps its column. */
static const uint16_t kOpen[] = RESTORE u"(" SAVE u"(";
static const uint16_t kClose[] = u"),await " VALUE u"())";
static const uint16_t kLoopOpen[] = u"{const " FRAME u"=" SAVE u"();";
static const uint16_t kLoopRestore[] = RESTORE u"(" FRAME u",0);";
static const uint16_t kLoopStatementOpen[] = u"{" RESTORE u"(" FRAME u",0);";
static const uint16_t kLoopClose[] = RESTORE u"(" FRAME u",0);}";
static const uint16_t kBrace[] = u"}";
_Static_assert(sizeof(kOpen) == 6 * sizeof(uint16_t), "the opening must replace `await` exactly");

typedef struct {
  uint32_t pos; /* where the text goes */
  uint32_t del; /* source units it replaces */
  uint32_t seq; /* creation order, for a stable sort */
  const uint16_t* text;
} edit;

typedef struct {
  int32_t end;    /* index of the closing '}', or -1 for an arrow's expression body */
  uint16_t depth; /* an expression body: the depth of its first token */
  bool async;
} scope;

typedef struct {
  const eddy_lexer* lx;
  const eddy_token* t;
  int32_t n;
  edit* edits;
  size_t nedits, cap;
} rewriter;

bool eddy_await_present(const uint16_t* src, size_t len) {
  for (size_t i = 0; i + 5 <= len; i++) {
    if (src[i] == 'a' && src[i + 1] == 'w' && src[i + 2] == 'a' && src[i + 3] == 'i' &&
        src[i + 4] == 't') {
      return true;
    }
  }
  return false;
}

static bool is(const rewriter* r, int32_t i, const char* s) {
  return i >= 0 && i < r->n && eddy_tok_is(r->lx, &r->t[i], s);
}

static bool is_kind(const rewriter* r, int32_t i, eddy_tok_kind k) {
  return i >= 0 && i < r->n && r->t[i].kind == k;
}

static bool ident_in(const rewriter* r, int32_t i, const char* const* words) {
  if (!is_kind(r, i, EDDY_TOK_IDENT)) return false;
  for (; *words; words++) {
    if (eddy_tok_is(r->lx, &r->t[i], *words)) return true;
  }
  return false;
}

static void add_edit(rewriter* r, uint32_t pos, uint32_t del, const uint16_t* text) {
  if (r->nedits == r->cap) {
    r->cap = r->cap ? r->cap * 2 : 16;
    r->edits = eddy_realloc(r->edits, r->cap * sizeof(edit));
  }
  r->edits[r->nedits] = (edit){pos, del, (uint32_t)r->nedits, text};
  r->nedits++;
}

/* `async` at i, directly before token j on the same line (`async function`,
 * `async (x) =>`, `async name() {}`, `async *gen() {}`). */
static bool async_before(const rewriter* r, int32_t i, int32_t j) {
  return is(r, i, "async") && !r->t[j].nl_before && !is(r, i - 1, ".") && !is(r, i - 1, "?.");
}

/* Whether the arrow at index a (the '=>') is async. */
static bool arrow_async(const rewriter* r, int32_t a) {
  int32_t p = a - 1;
  if (is(r, p, ")")) {
    int32_t o = r->t[p].match;
    return o > 0 && async_before(r, o - 1, o);
  }
  return is_kind(r, p, EDDY_TOK_IDENT) && async_before(r, p - 1, p);
}

/* The function head that ends with the name (or `function`, or `*`) at k before
 * its parameter list: whether it is async. */
static bool head_async(const rewriter* r, int32_t k) {
  if (is(r, k, "]")) k = r->t[k].match; /* a computed name: look before its '[' */
  if (k < 0) return false;
  if (is(r, k, "function")) return async_before(r, k - 1, k);
  int32_t b = k - 1;
  if (!is(r, k, "*") && is(r, b, "function")) return async_before(r, b - 1, b);
  if (is(r, k, "*")) {
    if (is(r, b, "function")) return async_before(r, b - 1, b);
    return async_before(r, b, k);
  }
  if (is(r, b, "*")) {
    if (is(r, b - 1, "function")) return async_before(r, b - 2, b - 1);
    return async_before(r, b - 1, b);
  }
  return async_before(r, b, k);
}

static const char* const kBlockHeads[] = {"if", "while", "for", "switch", "catch", "with", NULL};

/* For a '{' at i: 1 when it opens an async function body, 0 a body that is not
 * async, -1 no function body (a block, an object literal, a class body). */
static int body_kind(const rewriter* r, int32_t i) {
  int32_t p = i - 1;
  if (p < 0) return -1;
  if (is(r, p, "=>")) return arrow_async(r, p);
  if (is(r, p, "static")) return 0; /* a class static block: no await there */
  if (!is(r, p, ")")) return -1;
  int32_t o = r->t[p].match;
  if (o <= 0) return -1;
  int32_t q = o - 1;
  if (ident_in(r, q, kBlockHeads)) return -1;
  if (is(r, q, "await") && is(r, q - 1, "for")) return -1;
  /* `name(...) {` without a head keyword: a function or method. (A call followed
   * on the next line by a block reads as a function too, so its awaits are left
   * alone: safe.) */
  return head_async(r, q);
}

/* The last piece of the template starting at i. */
static int32_t template_end(const rewriter* r, int32_t i) {
  const uint16_t* src = r->lx->src;
  while (i >= 0 && i < r->n && src[r->t[i].end - 1] == '{') i = r->t[i].match;
  return i >= 0 && i < r->n ? i : -1;
}

static bool is_template_head(const rewriter* r, int32_t i) {
  return is_kind(r, i, EDDY_TOK_TEMPLATE) && r->lx->src[r->t[i].start] == '`';
}

/* A bracket's match, when it has one. */
static int32_t matched(const rewriter* r, int32_t i) {
  int32_t m = r->t[i].match;
  return m > i ? m : -1;
}

/* Names that cannot be a whole primary expression here (or that we do not follow). */
static const char* const kNotPrimary[] = {
    "function", "class",    "async", "yield",  "in",     "instanceof", "of",      "let",
    "var",      "const",    "if",    "else",   "return", "throw",      "case",    "default",
    "do",       "while",    "for",   "switch", "try",    "catch",      "finally", "break",
    "continue", "debugger", "with",  "export", NULL};

static int32_t primary_end(const rewriter* r, int32_t i) {
  if (i >= r->n) return -1;
  const eddy_token* t = &r->t[i];
  switch (t->kind) {
    case EDDY_TOK_IDENT:
      if (ident_in(r, i, kNotPrimary) || is(r, i + 1, "=>")) return -1;
      return i;
    case EDDY_TOK_NUMBER:
    case EDDY_TOK_STRING:
    case EDDY_TOK_REGEX: return i;
    case EDDY_TOK_TEMPLATE: return is_template_head(r, i) ? template_end(r, i) : -1;
    case EDDY_TOK_PUNCT: {
      if (!is(r, i, "(") && !is(r, i, "[") && !is(r, i, "{")) return -1;
      int32_t m = matched(r, i);
      if (m < 0 || (is(r, i, "(") && is(r, m + 1, "=>"))) return -1;
      return m;
    }
    default: return -1;
  }
}

/* Member accesses, calls and tagged templates after e; calls only when calls. */
static int32_t chain_end(const rewriter* r, int32_t e, bool calls) {
  while (e >= 0) {
    int32_t n = e + 1;
    if (is(r, n, ".")) {
      if (!is_kind(r, n + 1, EDDY_TOK_IDENT) && !is_kind(r, n + 1, EDDY_TOK_PRIVATE)) return -1;
      e = n + 1;
    } else if (is(r, n, "?.")) {
      if (!calls) return -1;
      if (is_kind(r, n + 1, EDDY_TOK_IDENT) || is_kind(r, n + 1, EDDY_TOK_PRIVATE)) {
        e = n + 1;
      } else if (is(r, n + 1, "(") || is(r, n + 1, "[")) {
        e = matched(r, n + 1);
      } else {
        return -1;
      }
    } else if (is(r, n, "[") || (calls && is(r, n, "("))) {
      e = matched(r, n);
    } else if (is_template_head(r, n)) {
      e = template_end(r, n);
    } else {
      break;
    }
  }
  return e;
}

static int32_t lhs_end(const rewriter* r, int32_t i) {
  if (is(r, i, "new")) {
    if (is(r, i + 1, ".")) {
      return is(r, i + 2, "target") ? chain_end(r, i + 2, true) : -1;
    }
    if (is(r, i + 1, "new")) return -1; /* `new new X()()`: not followed */
    int32_t e = chain_end(r, primary_end(r, i + 1), false);
    if (e >= 0 && is(r, e + 1, "(")) e = matched(r, e + 1);
    return e >= 0 ? chain_end(r, e, true) : -1;
  }
  return chain_end(r, primary_end(r, i), true);
}

/* The index of the last token of the UnaryExpression starting at i, or -1. */
static int32_t unary_end(const rewriter* r, int32_t i, int nesting) {
  if (i >= r->n || nesting > 64) return -1;
  static const char* const prefix_words[] = {"typeof", "void", "delete", "await", NULL};
  if (ident_in(r, i, prefix_words)) return unary_end(r, i + 1, nesting + 1);
  if (r->t[i].kind == EDDY_TOK_PUNCT) {
    static const char* const prefix_ops[] = {"!", "~", "+", "-", "++", "--", NULL};
    for (const char* const* op = prefix_ops; *op; op++) {
      if (is(r, i, *op)) return unary_end(r, i + 1, nesting + 1);
    }
  }
  int32_t e = lhs_end(r, i);
  if (e < 0) return -1;
  if ((is(r, e + 1, "++") || is(r, e + 1, "--")) && !r->t[e + 1].nl_before) e++;
  /* `await x ** y` is a SyntaxError: leave it for the engine to report. */
  if (is(r, e + 1, "**")) return -1;
  return e;
}

/* An `await` at i in an async body: rewrite it when it is surely the operator. */
static void rewrite_await(rewriter* r, int32_t i) {
  if (is(r, i - 1, ".") || is(r, i - 1, "?.") || is(r, i - 1, "for")) return;
  /* A method named await: `await(...) {`. */
  if (is(r, i + 1, "(")) {
    int32_t m = matched(r, i + 1);
    if (m < 0 || is(r, m + 1, "{")) return;
  }
  /* `await using x = ...`: a declaration, not an expression. */
  if (is(r, i + 1, "using") && is_kind(r, i + 2, EDDY_TOK_IDENT) && !r->t[i + 2].nl_before) return;
  int32_t e = unary_end(r, i + 1, 0);
  if (e < 0) return;
  add_edit(r, r->t[i].start, r->t[i].end - r->t[i].start, kOpen);
  add_edit(r, r->t[e].end, 0, kClose);
}

/* The last token of the body of a `for await` that is an expression statement
 * starting at i and ending with ';' on its line (so no automatic semicolon can end
 * it sooner), or -1. */
static int32_t statement_end(const rewriter* r, int32_t i) {
  static const char* const statement_words[] = {
      "if",    "for", "while", "do",     "try",   "switch", "with",     "function", "class", "let",
      "const", "var", "async", "return", "throw", "break",  "continue", "debugger", NULL};
  if (i >= r->n || ident_in(r, i, statement_words) || is(r, i, ";")) return -1;
  if (is_kind(r, i + 1, EDDY_TOK_PUNCT) && is(r, i + 1, ":")) return -1; /* a label */
  uint16_t depth = r->t[i].depth;
  for (int32_t j = i; j < r->n; j++) {
    const eddy_token* t = &r->t[j];
    if (t->depth < depth || (j > i && t->depth == depth && t->nl_before)) return -1;
    if (t->depth == depth && is(r, j, ";")) return j;
  }
  return -1;
}

/* Where the block around a `for await` at i opens: right after the token before
 * it when that is a ';' or '{' (only spaces and comments lie between), which keeps
 * the `for` line's columns when that token is on an earlier line. After any other
 * token the line break may be an automatic semicolon (`f()` + newline + `for`),
 * which a '{' on the same line would undo. */
static uint32_t loop_open_at(const rewriter* r, int32_t i) {
  return is(r, i - 1, ";") || is(r, i - 1, "{") ? r->t[i - 1].end : r->t[i].start;
}

/* `for await (...) body` at i (the `for`) in an async body: the body is a block,
 * or an expression statement that `statement_end` can delimit (made a block). */
static void rewrite_for_await(rewriter* r, int32_t i) {
  /* After a label the block would separate it from its loop (`continue L`). */
  if (is(r, i - 1, ":") || !is(r, i + 2, "(")) return;
  int32_t h = matched(r, i + 2);
  if (h < 0) return;
  if (is(r, h + 1, "{")) {
    int32_t b = matched(r, h + 1);
    if (b < 0) return;
    add_edit(r, loop_open_at(r, i), 0, kLoopOpen);
    add_edit(r, r->t[h + 1].end, 0, kLoopRestore);
    add_edit(r, r->t[b].end, 0, kLoopClose);
    return;
  }
  int32_t e = statement_end(r, h + 1);
  if (e < 0) return;
  add_edit(r, loop_open_at(r, i), 0, kLoopOpen);
  add_edit(r, r->t[h + 1].start, 0, kLoopStatementOpen);
  add_edit(r, r->t[e].end, 0, kBrace);
  add_edit(r, r->t[e].end, 0, kLoopClose);
}

/* Whether the token at i ends the expression body `s` of an arrow. */
static bool ends_expression_body(const rewriter* r, int32_t i, const scope* s) {
  const eddy_token* t = &r->t[i];
  if (t->depth < s->depth) return true;
  if (t->depth == s->depth && (is(r, i, ",") || is(r, i, ";"))) return true;
  /* A new line where nothing continues the expression (automatic semicolon):
   * a name, number or string after a token that ends an operand. */
  if (t->nl_before && t->depth == s->depth && i > 0 &&
      (t->kind == EDDY_TOK_IDENT || t->kind == EDDY_TOK_NUMBER || t->kind == EDDY_TOK_STRING)) {
    static const char* const binary_words[] = {"in", "instanceof", NULL};
    const eddy_token* p = &r->t[i - 1];
    bool operand_end = p->kind == EDDY_TOK_NUMBER || p->kind == EDDY_TOK_STRING ||
                       p->kind == EDDY_TOK_REGEX || p->kind == EDDY_TOK_PRIVATE ||
                       (p->kind == EDDY_TOK_TEMPLATE && r->lx->src[p->end - 1] == '`') ||
                       is(r, i - 1, ")") || is(r, i - 1, "]") || is(r, i - 1, "}") ||
                       (p->kind == EDDY_TOK_IDENT && !ident_in(r, i - 1, kNotPrimary) &&
                        !is(r, i - 1, "await") && !is(r, i - 1, "typeof") &&
                        !is(r, i - 1, "void") && !is(r, i - 1, "delete") && !is(r, i - 1, "new"));
    if (operand_end && !ident_in(r, i, binary_words)) return true;
  }
  return false;
}

static int by_pos(const void* a, const void* b) {
  const edit* x = a;
  const edit* y = b;
  if (x->pos != y->pos) return x->pos < y->pos ? -1 : 1;
  /* An insertion before a replacement at the same place. */
  if ((x->del == 0) != (y->del == 0)) return x->del == 0 ? -1 : 1;
  return x->seq < y->seq ? -1 : x->seq > y->seq;
}

int eddy_await_context(const uint16_t* src, size_t len, bool top_async, uint16_t** out,
                       size_t* out_len) {
  eddy_lexer lx;
  if (eddy_lex(&lx, src, len) < 0 || lx.count > INT32_MAX) {
    eddy_lexer_free(&lx);
    return -1;
  }
  rewriter r = {.lx = &lx, .t = lx.toks, .n = (int32_t)lx.count};
  scope* stack = NULL;
  size_t depth = 0, cap = 0;
  for (int32_t i = 0; i < r.n; i++) {
    /* Leave the bodies that ended before this token. */
    while (depth > 0) {
      scope* s = &stack[depth - 1];
      if (s->end >= 0 ? i > s->end : ends_expression_body(&r, i, s))
        depth--;
      else
        break;
    }
    const eddy_token* t = &r.t[i];
    int kind = -1;
    if (is(&r, i, "{")) {
      kind = body_kind(&r, i);
    } else if (is(&r, i - 1, "=>")) {
      kind = arrow_async(&r, i - 1); /* an expression body starts here */
    }
    if (kind >= 0) {
      if (depth == cap) {
        cap = cap ? cap * 2 : 16;
        stack = eddy_realloc(stack, cap * sizeof(scope));
      }
      bool braced = is(&r, i, "{");
      stack[depth++] = (scope){braced ? matched(&r, i) : -1, t->depth, kind == 1};
      if (braced && stack[depth - 1].end < 0) depth--; /* unmatched: never happens */
    }
    bool async = depth > 0 ? stack[depth - 1].async : top_async;
    if (!async || t->kind != EDDY_TOK_IDENT) continue;
    if (eddy_tok_is(&lx, t, "await")) {
      rewrite_await(&r, i);
    } else if (is(&r, i + 1, "await") && eddy_tok_is(&lx, t, "for")) {
      rewrite_for_await(&r, i);
    }
  }
  free(stack);
  int count = (int)r.nedits;
  if (count > 0) {
    qsort(r.edits, r.nedits, sizeof(edit), by_pos);
    size_t extra = 0;
    for (size_t k = 0; k < r.nedits; k++) {
      for (const uint16_t* c = r.edits[k].text; *c; c++) extra++;
    }
    uint16_t* o = eddy_malloc((len + extra) * sizeof(uint16_t));
    size_t at = 0, from = 0;
    for (size_t k = 0; k < r.nedits; k++) {
      const edit* e = &r.edits[k];
      memcpy(o + at, src + from, (e->pos - from) * sizeof(uint16_t));
      at += e->pos - from;
      for (const uint16_t* c = e->text; *c; c++) o[at++] = *c;
      from = e->pos + e->del;
    }
    memcpy(o + at, src + from, (len - from) * sizeof(uint16_t));
    at += len - from;
    *out = o;
    *out_len = at;
  }
  free(r.edits);
  eddy_lexer_free(&lx);
  return count;
}
