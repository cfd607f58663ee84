/* Unit tests of the `using` declaration rewrite (src/esm/using_decl.c): which
 * declarations are rewritten, into what, and that no line moves. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "esm/using_decl.h"
#include "expect.h"

/* The rewrite of src as a C string ("" when nothing was rewritten, "ERR" when the
 * source did not tokenize); *count gets the declarations rewritten. */
static char* rewrite(const char* src, int* count) {
  size_t len = strlen(src);
  uint16_t* u = malloc((len + 1) * sizeof(uint16_t));
  for (size_t i = 0; i < len; i++) u[i] = (unsigned char)src[i];
  uint16_t* out = NULL;
  size_t out_len = 0;
  *count = eddy_using_rewrite(u, len, &out, &out_len);
  free(u);
  if (*count < 0) return strdup("ERR");
  if (*count == 0) return strdup("");
  char* s = malloc(out_len + 1);
  for (size_t i = 0; i < out_len; i++) s[i] = (char)out[i];
  s[out_len] = 0;
  free(out);
  return s;
}

static size_t lines(const char* s) {
  size_t n = 0;
  for (; *s; s++) n += *s == '\n';
  return n;
}

#define OPEN                                                                                      \
  "const __eddyUsing = __eddyUsingStack(false); let __eddyUsingError, __eddyUsingThrew = false; " \
  "try { "
#define AOPEN                                                                                    \
  "const __eddyUsing = __eddyUsingStack(true); let __eddyUsingError, __eddyUsingThrew = false; " \
  "try { "
#define CLOSE                                                                                      \
  " } catch (__eddyUsingCaught) { __eddyUsingError = __eddyUsingCaught; __eddyUsingThrew = true; " \
  "} finally { __eddyDisposeResources(__eddyUsing, __eddyUsingThrew, __eddyUsingError); } "
#define ACLOSE                                                                                     \
  " } catch (__eddyUsingCaught) { __eddyUsingError = __eddyUsingCaught; __eddyUsingThrew = true; " \
  "} finally { await __eddyDisposeResourcesAsync(__eddyUsing, __eddyUsingThrew, "                  \
  "__eddyUsingError); } "

static void expect_rewrite(const char* src, int want_count, const char* want) {
  int count;
  char* got = rewrite(src, &count);
  EXPECT(count == want_count, "%s: %d declarations, want %d", src, count, want_count);
  EXPECT(strcmp(got, want) == 0, "%s\n  got:  %s\n  want: %s", src, got, want);
  if (count > 0) EXPECT(lines(got) == lines(src), "%s: line count changed", src);
  free(got);
}

int main(void) {
  expect_rewrite("{ a(); using r = open(); b(r); }", 1,
                 "{ a(); " OPEN "const r = __eddyUsing.use(open()); b(r); " CLOSE "}");
  /* Two in one block share the stack; several declarators each get use(). */
  expect_rewrite("{ using a = x, b = y(1, 2);\nusing c = z; }", 2,
                 "{ " OPEN
                 "const a = __eddyUsing.use(x), b = __eddyUsing.use(y(1, 2));\nconst c = "
                 "__eddyUsing.use(z); " CLOSE "}");
  /* An awaited one makes the block's stack async. */
  expect_rewrite("async function f() {\n  using a = x;\n  await using b = y;\n}", 2,
                 "async function f() {\n  " AOPEN
                 "const a = __eddyUsing.use(x);\n  const b = __eddyUsing.use(y);\n" ACLOSE "}");
  /* The top level closes at the end of the source; no semicolon, no brace. */
  expect_rewrite("using h = open()\nh.read()", 1,
                 OPEN "const h = __eddyUsing.use(open())\nh.read()" CLOSE);
  expect_rewrite("{using a = b}", 1, "{" OPEN "const a = __eddyUsing.use(b)" CLOSE "}");
  /* Nested blocks each get their own stack. */
  expect_rewrite("{ using a = x; { using b = y; } }", 2,
                 "{ " OPEN "const a = __eddyUsing.use(x); { " OPEN
                 "const b = __eddyUsing.use(y); " CLOSE "} " CLOSE "}");
  /* An initializer across lines and with its own braces and commas. */
  expect_rewrite("{ using a = f({ x: 1, y: [2, 3] },\n  4); }", 1,
                 "{ " OPEN "const a = __eddyUsing.use(f({ x: 1, y: [2, 3] },\n  4)); " CLOSE "}");
  /* `using` as an identifier is left alone. */
  expect_rewrite("using = 5; using(x); a.using = 1; let using; using\nx = 2;", 0, "");
  expect_rewrite("const o = { using: 1 }; class A { using = 2; static using() {} }", 0, "");
  expect_rewrite("x = using in y;", 0, "");
  /* Not handled: a for-of head and a switch's case list. */
  expect_rewrite("for (using x of y) {}", 0, "");
  expect_rewrite("switch (k) { case 1: using x = y; }", 0, "");
  /* Strings, comments and templates that mention it. */
  expect_rewrite("'using a = b'; // using c = d\n`using ${e} = f`", 0, "");
  /* Regex literal after the declaration keeps lexing right. */
  expect_rewrite("{ using a = /x/g.exec(s); }", 1,
                 "{ " OPEN "const a = __eddyUsing.use(/x/g.exec(s)); " CLOSE "}");
  EXPECT(eddy_using_present((const uint16_t*)u"{ using  b = 1", 14), "present");
  EXPECT(!eddy_using_present((const uint16_t*)u"// using the x", 14), "prose");
  EXPECT(!eddy_using_present((const uint16_t*)u"using b == 1", 12), "comparison");
  EXPECT(!eddy_using_present((const uint16_t*)u"confusing b = 1", 15), "inside a word");
  int count;
  char* bad = rewrite("{ using a = `x", &count);
  EXPECT(count == -1, "unterminated template: %d", count);
  free(bad);
  if (failures) return 1;
  printf("test-using-decl: ok\n");
  return 0;
}
