/* `using` declarations rewritten into try/finally blocks; see using_decl.h. */
#include "using_decl.h"

#include <stdlib.h>
#include <string.h>

#include "../util/check.h"
#include "lexer.h"

/* One block that declares resources: the token that opens it (none at the top level)
 * and where its statements end. */
typedef struct {
  long opener;  /* token index of its `{`, or -1 for the whole source */
  size_t close; /* offset of its `}` (or the source's end) */
  bool async;   /* an `await using` is among its declarations */
} block;

/* A change to the source: src[start, end) becomes text, or the block's opening or
 * closing text when text is NULL (known only once every declaration is seen). */
typedef enum { EDIT_TEXT, EDIT_BLOCK_OPEN, EDIT_BLOCK_CLOSE } edit_kind;
typedef struct {
  size_t start, end;
  edit_kind kind;
  const char* text;
  size_t block;
  size_t order; /* insertion order, to keep edits at one offset in sequence */
} edit;

typedef struct {
  eddy_lexer lx;
  size_t len;
  block* blocks;
  size_t block_count, block_cap;
  edit* edits;
  size_t edit_count, edit_cap;
} rewrite;

static const eddy_token* tok(const rewrite* r, size_t i) { return &r->lx.toks[i]; }

static bool is(const rewrite* r, size_t i, const char* text) {
  return i < r->lx.count && eddy_tok_is(&r->lx, tok(r, i), text);
}

static void add_edit(rewrite* r, size_t start, size_t end, edit_kind kind, const char* text,
                     size_t block) {
  if (r->edit_count == r->edit_cap) {
    r->edit_cap = r->edit_cap ? r->edit_cap * 2 : 16;
    r->edits = eddy_realloc(r->edits, r->edit_cap * sizeof(edit));
  }
  r->edits[r->edit_count] = (edit){start, end, kind, text, block, r->edit_count};
  r->edit_count++;
}

/* Whether token i can be the last token of an expression (so that a line break after
 * it ends the statement when the next token cannot continue it). */
static bool ends_expression(const rewrite* r, size_t i) {
  const eddy_token* t = tok(r, i);
  switch (t->kind) {
    case EDDY_TOK_IDENT:
    case EDDY_TOK_NUMBER:
    case EDDY_TOK_STRING:
    case EDDY_TOK_REGEX:
    case EDDY_TOK_PRIVATE: return true;
    case EDDY_TOK_TEMPLATE: return r->lx.src[t->end - 1] == '`';
    default: return is(r, i, ")") || is(r, i, "]") || is(r, i, "}");
  }
}

/* Whether token i, on a new line, starts a statement rather than continuing one. */
static bool starts_statement_after_break(const rewrite* r, size_t i) {
  const eddy_token* t = tok(r, i);
  if (!t->nl_before || i == 0 || !ends_expression(r, i - 1)) return false;
  if (t->kind == EDDY_TOK_NUMBER || t->kind == EDDY_TOK_STRING) return true;
  if (t->kind != EDDY_TOK_IDENT) return is(r, i, "{");
  return !is(r, i, "in") && !is(r, i, "instanceof") && !is(r, i, "of");
}

/* Whether a statement can begin at token i. */
static bool statement_start(const rewrite* r, size_t i) {
  if (i == 0) return true;
  if (is(r, i - 1, "{") || is(r, i - 1, "}") || is(r, i - 1, ";")) return true;
  return starts_statement_after_break(r, i);
}

/* The block around token i: its index in r->blocks (added when new), or -1 when the
 * innermost bracket is not a statement block. */
static long enclosing_block(rewrite* r, size_t i) {
  uint16_t depth = tok(r, i)->depth;
  long opener = -1;
  size_t close = r->len;
  if (depth > 0) {
    size_t j = i;
    while (j > 0 && tok(r, j - 1)->depth >= depth) j--;
    if (j == 0) return -1;
    opener = (long)(j - 1);
    const eddy_token* open = tok(r, j - 1);
    if (!is(r, j - 1, "{") || open->match < 0) return -1;
    /* A switch's case list is no block of statements. */
    if (j >= 2 && is(r, j - 2, ")")) {
      long paren = tok(r, j - 2)->match;
      if (paren > 0 && is(r, (size_t)paren - 1, "switch")) return -1;
    }
    close = tok(r, (size_t)open->match)->start;
  }
  for (size_t b = 0; b < r->block_count; b++) {
    if (r->blocks[b].opener == opener) return (long)b;
  }
  if (r->block_count == r->block_cap) {
    r->block_cap = r->block_cap ? r->block_cap * 2 : 8;
    r->blocks = eddy_realloc(r->blocks, r->block_cap * sizeof(block));
  }
  r->blocks[r->block_count] = (block){opener, close, false};
  return (long)r->block_count++;
}

/* The end of the initializer that starts at token i, at the declaration's depth: the
 * index of the `,` or `;` after it, of the block's closer, of the first token of the
 * next statement (a line break ended it), or the token count. */
static size_t initializer_end(const rewrite* r, size_t i, uint16_t depth) {
  size_t k = i;
  for (; k < r->lx.count; k++) {
    const eddy_token* t = tok(r, k);
    if (t->depth < depth) break; /* the block's closer */
    if (t->depth > depth) continue;
    if (k > i && (is(r, k, ",") || is(r, k, ";"))) break;
    if (k > i && starts_statement_after_break(r, k)) break;
  }
  return k;
}

/* Rewrites the declaration whose `using` is token i (with `await` before it when
 * awaited). Returns false when it is not a declaration this rewrite handles. */
static bool rewrite_declaration(rewrite* r, size_t i) {
  bool awaited = i > 0 && is(r, i - 1, "await") && !tok(r, i)->nl_before;
  size_t first = awaited ? i - 1 : i;
  if (!statement_start(r, first)) return false;
  /* `using name =`, the name on the same line (else `using` is an identifier). */
  if (i + 2 >= r->lx.count || tok(r, i + 1)->kind != EDDY_TOK_IDENT || tok(r, i + 1)->nl_before ||
      !is(r, i + 2, "=") || is(r, i + 1, "in") || is(r, i + 1, "of") || is(r, i + 1, "instanceof"))
    return false;
  long b = enclosing_block(r, first);
  if (b < 0) return false;
  uint16_t depth = tok(r, i)->depth;
  /* Every declarator must end where this can see it. */
  size_t k = i + 1;
  for (;;) {
    if (k + 2 >= r->lx.count || tok(r, k)->kind != EDDY_TOK_IDENT || !is(r, k + 1, "="))
      return false;
    size_t end = initializer_end(r, k + 2, depth);
    if (end == k + 2) return false;
    if (end < r->lx.count && is(r, end, ",")) {
      k = end + 1;
      continue;
    }
    break;
  }
  block* blk = &r->blocks[b];
  bool opens = true;
  for (size_t e = 0; e < r->edit_count; e++) {
    if (r->edits[e].kind == EDIT_BLOCK_OPEN && r->edits[e].block == (size_t)b) opens = false;
  }
  if (opens) {
    add_edit(r, tok(r, first)->start, tok(r, first)->start, EDIT_BLOCK_OPEN, NULL, (size_t)b);
    add_edit(r, blk->close, blk->close, EDIT_BLOCK_CLOSE, NULL, (size_t)b);
  }
  if (awaited) {
    blk->async = true;
    add_edit(r, tok(r, i - 1)->start, tok(r, i)->start, EDIT_TEXT, "", 0);
  }
  add_edit(r, tok(r, i)->start, tok(r, i)->end, EDIT_TEXT, "const", 0);
  for (k = i + 1;;) {
    size_t end = initializer_end(r, k + 2, depth);
    add_edit(r, tok(r, k + 2)->start, tok(r, k + 2)->start, EDIT_TEXT, "__eddyUsing.use(", 0);
    add_edit(r, tok(r, end - 1)->end, tok(r, end - 1)->end, EDIT_TEXT, ")", 0);
    if (end < r->lx.count && is(r, end, ",")) {
      k = end + 1;
      continue;
    }
    break;
  }
  return true;
}

static const char* block_text(const block* b, edit_kind kind) {
  if (kind == EDIT_BLOCK_OPEN) {
    return b->async ? "const __eddyUsing = __eddyUsingStack(true); let __eddyUsingError, "
                      "__eddyUsingThrew = false; try { "
                    : "const __eddyUsing = __eddyUsingStack(false); let __eddyUsingError, "
                      "__eddyUsingThrew = false; try { ";
  }
  return b->async ? " } catch (__eddyUsingCaught) { __eddyUsingError = __eddyUsingCaught; "
                    "__eddyUsingThrew = true; } finally { await __eddyDisposeResourcesAsync("
                    "__eddyUsing, __eddyUsingThrew, __eddyUsingError); } "
                  : " } catch (__eddyUsingCaught) { __eddyUsingError = __eddyUsingCaught; "
                    "__eddyUsingThrew = true; } finally { __eddyDisposeResources(__eddyUsing, "
                    "__eddyUsingThrew, __eddyUsingError); } ";
}

/* At one offset: insertions before a replacement that starts there; among
 * insertions, a declarator's `)` before a block's closing text (`{ using a = b}`),
 * and that before a block's opening text. */
static int rank(const edit* e) {
  if (e->end > e->start) return 3;
  return e->kind == EDIT_TEXT ? 0 : e->kind == EDIT_BLOCK_CLOSE ? 1 : 2;
}

static int by_position(const void* a, const void* b) {
  const edit* x = a;
  const edit* y = b;
  if (x->start != y->start) return x->start < y->start ? -1 : 1;
  if (rank(x) != rank(y)) return rank(x) < rank(y) ? -1 : 1;
  return x->order < y->order ? -1 : x->order > y->order;
}

/* Applies the edits (sorted) to the source. */
static uint16_t* apply(const rewrite* r, size_t* out_len) {
  size_t cap = r->len + 1;
  for (size_t e = 0; e < r->edit_count; e++) {
    const edit* ed = &r->edits[e];
    const char* text =
        ed->kind == EDIT_TEXT ? ed->text : block_text(&r->blocks[ed->block], ed->kind);
    cap += strlen(text);
  }
  uint16_t* out = eddy_malloc(cap * sizeof(uint16_t));
  size_t o = 0, at = 0;
  for (size_t e = 0; e < r->edit_count; e++) {
    const edit* ed = &r->edits[e];
    CHECK(ed->start >= at);
    memcpy(out + o, r->lx.src + at, (ed->start - at) * sizeof(uint16_t));
    o += ed->start - at;
    const char* text =
        ed->kind == EDIT_TEXT ? ed->text : block_text(&r->blocks[ed->block], ed->kind);
    for (const char* p = text; *p; p++) out[o++] = (unsigned char)*p;
    at = ed->end;
  }
  memcpy(out + o, r->lx.src + at, (r->len - at) * sizeof(uint16_t));
  o += r->len - at;
  *out_len = o;
  return out;
}

static bool ident_unit(uint16_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '$' || c >= 0x80;
}

/* `using`, blanks, a name, blanks, `=` (not `==` or `=>`): the shape of a
 * declaration, which the word in prose and comments rarely has. */
bool eddy_using_present(const uint16_t* src, size_t len) {
  for (size_t i = 0; i + 5 < len; i++) {
    if (src[i] != 'u' || src[i + 1] != 's' || src[i + 2] != 'i' || src[i + 3] != 'n' ||
        src[i + 4] != 'g' || (i > 0 && ident_unit(src[i - 1])))
      continue;
    size_t k = i + 5;
    if (src[k] != ' ' && src[k] != '\t') continue;
    while (k < len && (src[k] == ' ' || src[k] == '\t')) k++;
    size_t name = k;
    while (k < len && ident_unit(src[k])) k++;
    if (k == name) continue;
    while (k < len && (src[k] == ' ' || src[k] == '\t')) k++;
    if (k + 1 < len && src[k] == '=' && src[k + 1] != '=' && src[k + 1] != '>') return true;
  }
  return false;
}

int eddy_using_rewrite(const uint16_t* src, size_t len, uint16_t** out, size_t* out_len) {
  rewrite r = {.len = len};
  if (eddy_lex(&r.lx, src, len) != 0) {
    eddy_lexer_free(&r.lx);
    return -1;
  }
  int count = 0;
  for (size_t i = 0; i < r.lx.count; i++) {
    if (tok(&r, i)->kind == EDDY_TOK_IDENT && is(&r, i, "using") && rewrite_declaration(&r, i))
      count++;
  }
  if (count > 0) {
    qsort(r.edits, r.edit_count, sizeof(edit), by_position);
    *out = apply(&r, out_len);
  }
  free(r.edits);
  free(r.blocks);
  eddy_lexer_free(&r.lx);
  return count;
}
