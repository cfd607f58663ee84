/* embed-lib: writes the C table of built-in JS sources.
 *   embed-lib OUT.c [--boot LIST] lib/a.js lib/internal/b.js ...
 * Each file becomes an entry whose id is its path under lib/ without ".js", sorted by
 * id so the runtime can binary-search it. The sources of the ids LIST names (one a
 * line, # comments) are written next to each other, ahead of the rest: start-up
 * reads only those, and the kernel maps the binary's pages around each page read.
 * A file with awaits gets the rewrite that carries the AsyncLocalStorage frame across
 * them (src/esm/await_context.h), here rather than at start-up: lib/ awaits before
 * calling user code (stream operators, pipeline, the test runner). Comments are
 * left out (see strip_comments). Runs at build time; its output is never
 * committed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../src/esm/await_context.h"
#include "../src/esm/lexer.h"
#include "../src/util/utf8.h"

typedef struct entry {
  char* id;
  const char* path;
  int boot; /* named in the --boot list */
} entry;

static int by_id(const void* a, const void* b) {
  return strcmp(((const entry*)a)->id, ((const entry*)b)->id);
}

static char* id_of(const char* path) {
  const char* p = strncmp(path, "lib/", 4) == 0 ? path + 4 : path;
  size_t n = strlen(p);
  if (n > 3 && strcmp(p + n - 3, ".js") == 0) n -= 3;
  char* id = malloc(n + 1);
  if (!id) abort();
  memcpy(id, p, n);
  id[n] = '\0';
  return id;
}

/* Whether gap units [p, q) (between two tokens, so only white space and
 * comments) hold a comment. */
static int gap_has_comment(const uint16_t* u, size_t p, size_t q) {
  for (size_t i = p; i < q; i++)
    if (u[i] == '/') return 1;
  return 0;
}

/* Appends gap [p, q) to out without its comments, keeping every line terminator
 * (line numbers, and automatic semicolon insertion, stay as they were) and the
 * column of the token after the gap: on the gap's last line, comment text
 * becomes spaces; the lines before it keep only their terminators. */
static size_t strip_gap(const uint16_t* u, size_t p, size_t q, uint16_t* out, size_t n) {
  if (!gap_has_comment(u, p, q)) {
    memcpy(out + n, u + p, (q - p) * sizeof(uint16_t));
    return n + (q - p);
  }
  size_t last = p; /* start of the gap's last line */
  for (size_t i = p; i < q; i++) {
    if (!eddy_is_line_terminator(u[i])) continue;
    out[n++] = u[i];
    last = i + 1;
  }
  for (size_t i = last; i < q; i++) out[n++] = ' ';
  return n;
}

/* Leaves out the comments of a built-in's source. The engine parses a whole
 * built-in when it loads it, at ~100 instructions a byte, and a fifth of lib/ is
 * comments: a worker's start-up to 'online' parsed 21 kB of them (1M
 * instructions). Lines and the columns of code stay where they were, so stack
 * frames and source lines of built-ins are unchanged. The token sequence is
 * checked to be the same after; a file the tokenizer cannot read is kept whole. */
static uint16_t* strip_comments(const uint16_t* u, size_t len, size_t* out_len, const char* path) {
  eddy_lexer lx;
  if (eddy_lex(&lx, u, len) != 0) {
    eddy_lexer_free(&lx);
    return NULL;
  }
  uint16_t* out = malloc((len + 1) * sizeof(uint16_t));
  if (!out) abort();
  size_t n = 0, at = 0;
  for (size_t t = 0; t < lx.count; t++) {
    n = strip_gap(u, at, lx.toks[t].start, out, n);
    size_t tl = lx.toks[t].end - lx.toks[t].start;
    memcpy(out + n, u + lx.toks[t].start, tl * sizeof(uint16_t));
    n += tl;
    at = lx.toks[t].end;
  }
  n = strip_gap(u, at, len, out, n);
  eddy_lexer check;
  int same = eddy_lex(&check, out, n) == 0 && check.count == lx.count;
  for (size_t t = 0; same && t < lx.count; t++) {
    size_t a = lx.toks[t].end - lx.toks[t].start, b = check.toks[t].end - check.toks[t].start;
    same = a == b &&
           memcmp(u + lx.toks[t].start, out + check.toks[t].start, a * sizeof(uint16_t)) == 0;
  }
  eddy_lexer_free(&check);
  eddy_lexer_free(&lx);
  if (!same) {
    fprintf(stderr, "embed-lib: %s: tokens changed when comments were left out\n", path);
    exit(1);
  }
  *out_len = n;
  return out;
}

/* The file's bytes, with its awaits rewritten and its comments left out; *len
 * set. NULL when unreadable. */
static unsigned char* read_source(const char* path, size_t* len) {
  FILE* in = fopen(path, "rb");
  if (!in) {
    perror(path);
    return NULL;
  }
  size_t cap = 1 << 16, n = 0;
  unsigned char* bytes = malloc(cap);
  size_t got;
  while (bytes && (got = fread(bytes + n, 1, cap - n, in)) > 0) {
    n += got;
    if (n == cap) bytes = realloc(bytes, cap *= 2);
  }
  fclose(in);
  if (!bytes) abort();
  uint16_t* units = malloc((n + 1) * sizeof(uint16_t));
  if (!units) abort();
  size_t count = eddy_utf8_decode(bytes, n, units);
  uint16_t* rewritten = NULL;
  size_t rewritten_len = 0;
  if (eddy_await_present(units, count) &&
      eddy_await_context(units, count, false, &rewritten, &rewritten_len) > 0) {
    free(units);
    units = rewritten;
    count = rewritten_len;
  }
  size_t stripped_len = 0;
  uint16_t* stripped = strip_comments(units, count, &stripped_len, path);
  if (stripped) {
    free(units);
    units = stripped;
    count = stripped_len;
  }
  size_t size = eddy_utf8_length(units, count);
  unsigned char* out = malloc(size + 1);
  if (!out) abort();
  size_t read = 0;
  n = eddy_utf8_encode(units, count, out, size, &read);
  free(bytes);
  bytes = out;
  free(units);
  *len = n;
  return bytes;
}

/* Writes the file's bytes as a C string literal, 16 escaped bytes per line. */
static int write_literal(FILE* out, const char* path) {
  size_t len;
  unsigned char* bytes = read_source(path, &len);
  if (!bytes) return -1;
  int col = 0;
  fputs("  \"", out);
  for (size_t i = 0; i < len; i++) {
    int c = bytes[i];
    if (c == '\n') {
      fputs("\\n\"\n  \"", out);
      col = 0;
      continue;
    }
    if (c == '\\' || c == '"')
      fprintf(out, "\\%c", c);
    else if (c >= 0x20 && c < 0x7f && c != '?')
      fputc(c, out);
    else
      fprintf(out, "\\%03o", c);
    if (++col > 200) {
      fputs("\"\n  \"", out);
      col = 0;
    }
  }
  fputs("\"", out);
  free(bytes);
  return 0;
}

/* Marks the entries whose ids the list file names. */
static int mark_boot(const char* list, entry* entries, int n) {
  FILE* in = fopen(list, "r");
  if (!in) {
    perror(list);
    return -1;
  }
  char line[512];
  while (fgets(line, sizeof line, in)) {
    line[strcspn(line, "\r\n")] = '\0';
    if (line[0] == '\0' || line[0] == '#') continue;
    for (int i = 0; i < n; i++)
      if (strcmp(entries[i].id, line) == 0) entries[i].boot = 1;
  }
  fclose(in);
  return 0;
}

int main(int argc, char** argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: embed-lib OUT.c [--boot LIST] FILE.js...\n");
    return 2;
  }
  const char* boot_list = NULL;
  int first = 2;
  if (argc >= 4 && strcmp(argv[2], "--boot") == 0) {
    boot_list = argv[3];
    first = 4;
  }
  int n = argc - first;
  entry* entries = calloc(n ? n : 1, sizeof(entry));
  if (!entries) abort();
  for (int i = 0; i < n; i++) {
    entries[i].path = argv[i + first];
    entries[i].id = id_of(argv[i + first]);
  }
  qsort(entries, n, sizeof(entry), by_id);
  if (boot_list && mark_boot(boot_list, entries, n)) return 1;
  FILE* out = fopen(argv[1], "w");
  if (!out) {
    perror(argv[1]);
    return 1;
  }
  fputs("/* Generated by tools/embed-lib from lib/. Do not edit. */\n", out);
  fputs("#include \"runtime/builtins_table.h\"\n\n", out);
  /* The start-up sources first, then the rest: the compiler keeps each group's
   * arrays together (in one order or the other). */
  for (int pass = 1; pass >= 0; pass--) {
    for (int i = 0; i < n; i++) {
      if (entries[i].boot != pass) continue;
      fprintf(out, "static const char source_%d[] =\n", i);
      if (write_literal(out, entries[i].path)) return 1;
      fputs(";\n\n", out);
    }
  }
  fputs("const eddy_builtin eddy_builtins[] = {\n", out);
  for (int i = 0; i < n; i++)
    fprintf(out, "  {\"%s\", source_%d, sizeof(source_%d) - 1},\n", entries[i].id, i, i);
  fputs("};\n", out);
  fprintf(out, "const size_t eddy_builtins_count = %d;\n", n);
  return fclose(out) ? 1 : 0;
}
