/* Unit tests of the await rewrite (src/esm/await_context.c): which awaits are
 * operators, where their operands end, what is left alone, and that no line
 * terminator moves. A = the text before an operand, Z = after it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "esm/await_context.h"

static int failures;

/* The rewrite's names, shown as R (restore), S (save), V (value), F (frame). */
#define A "RR(S("
#define Z "),await V())"
#define LOOP "{const FF=S();"
#define RESTORE "RR(FF,0);"

static char* rewrite(const char* src, bool top_async, int* rc) {
  size_t len = strlen(src);
  uint16_t* u = malloc((len + 1) * sizeof(uint16_t));
  for (size_t i = 0; i < len; i++) u[i] = (unsigned char)src[i];
  uint16_t* out = NULL;
  size_t out_len = 0;
  *rc = eddy_await_context(u, len, top_async, &out, &out_len);
  char* s;
  if (*rc > 0) {
    s = malloc(out_len + 1);
    for (size_t i = 0; i < out_len; i++) {
      uint16_t c = out[i];
      s[i] = c == 0x140A   ? 'R'
             : c == 0x1405 ? 'S'
             : c == 0x1403 ? 'V'
             : c == 0x1401 ? 'F'
             : c < 128     ? (char)c
                           : '?';
    }
    s[out_len] = 0;
    free(out);
  } else {
    s = strdup(src);
  }
  free(u);
  return s;
}

static int lines(const char* s) {
  int n = 0;
  for (; *s; s++) n += *s == '\n';
  return n;
}

static void check(int line, const char* src, bool top_async, const char* want) {
  int rc;
  char* got = rewrite(src, top_async, &rc);
  if (strcmp(got, want) != 0 || lines(got) != lines(src)) {
    failures++;
    fprintf(stderr, "FAIL line %d:\n  src:  %s\n  got:  %s\n  want: %s\n", line, src, got, want);
  }
  free(got);
}

#define SAME(src) check(__LINE__, src, false, src)
#define SAME_TOP(src) check(__LINE__, src, true, src)
#define EXPECT(src, want) check(__LINE__, src, false, want)
#define EXPECT_TOP(src, want) check(__LINE__, src, true, want)

int main(void) {
  /* Async function forms. */
  EXPECT("async function f() { await x; }", "async function f() { " A " x" Z "; }");
  EXPECT("async function* g() { await x; }", "async function* g() { " A " x" Z "; }");
  EXPECT("(async function () { await x })", "(async function () { " A " x" Z " })");
  EXPECT("f(async () => { await x })", "f(async () => { " A " x" Z " })");
  EXPECT("f(async x => { await x })", "f(async x => { " A " x" Z " })");
  EXPECT("f(async x => await x)", "f(async x => " A " x" Z ")");
  EXPECT("f(async () => await x, 1)", "f(async () => " A " x" Z ", 1)");
  EXPECT("o = { async m() { await x } }", "o = { async m() { " A " x" Z " } }");
  EXPECT("o = { async *m() { await x } }", "o = { async *m() { " A " x" Z " } }");
  EXPECT("class C { static async m() { await x } }",
         "class C { static async m() { " A " x" Z " } }");
  EXPECT("class C { async [Symbol.iterator]() { await x } }",
         "class C { async [Symbol.iterator]() { " A " x" Z " } }");
  EXPECT("class C { async *[Symbol.asyncIterator]() { await x } }",
         "class C { async *[Symbol.asyncIterator]() { " A " x" Z " } }");
  EXPECT("class C { async #p() { await x } }", "class C { async #p() { " A " x" Z " } }");
  EXPECT("async function f() { if (a) { await x } }",
         "async function f() { if (a) { " A " x" Z " } }");
  EXPECT_TOP("await x;", A " x" Z ";");

  /* Operand ends. */
  EXPECT_TOP("a + await b + c", "a + " A " b" Z " + c");
  EXPECT_TOP("await x.y()", A " x.y()" Z);
  EXPECT_TOP("await x.y(1)(2)[3].z`t${await q}u`", A " x.y(1)(2)[3].z`t${" A " q" Z "}u`" Z);
  EXPECT_TOP("await new Promise(r => r())", A " new Promise(r => r())" Z);
  EXPECT_TOP("await new a.B", A " new a.B" Z);
  EXPECT_TOP("await new a.B().c()", A " new a.B().c()" Z);
  EXPECT_TOP("(await f())[0]", "(" A " f()" Z ")[0]");
  EXPECT_TOP("`${await f()}`", "`${" A " f()" Z "}`");
  EXPECT_TOP("await a?.b?.(1)?.[2]", A " a?.b?.(1)?.[2]" Z);
  EXPECT_TOP("await -x", A " -x" Z);
  EXPECT_TOP("await !x", A " !x" Z);
  EXPECT_TOP("await typeof x", A " typeof x" Z);
  EXPECT_TOP("await await x", A " " A " x" Z Z);
  EXPECT_TOP("await f(await g())", A " f(" A " g()" Z ")" Z);
  EXPECT_TOP("await x++", A " x++" Z);
  EXPECT_TOP("await x\n++y", A " x" Z "\n++y");
  EXPECT_TOP("await\nfoo()", A "\nfoo()" Z);
  EXPECT_TOP("await (a, b)", A " (a, b)" Z);
  EXPECT_TOP("await [a, b]", A " [a, b]" Z);
  EXPECT_TOP("await {a: 1}", A " {a: 1}" Z);
  EXPECT_TOP("await 'x'.length", A " 'x'.length" Z);
  EXPECT_TOP("await 1", A " 1" Z);
  EXPECT_TOP("await /re/.test(s)", A " /re/.test(s)" Z);
  EXPECT_TOP("await import('x')", A " import('x')" Z);
  EXPECT_TOP("await super.m()", A " super.m()" Z);
  EXPECT_TOP("await this.#p", A " this.#p" Z);
  EXPECT_TOP("await tag`a${b}c`", A " tag`a${b}c`" Z);
  EXPECT_TOP("x = c ? await a : await b", "x = c ? " A " a" Z " : " A " b" Z);
  EXPECT_TOP("return await x\n.then(f)", "return " A " x\n.then(f)" Z);
  EXPECT_TOP("const [a, b] = await Promise.all([p, q]);",
             "const [a, b] = " A " Promise.all([p, q])" Z ";");
  EXPECT_TOP("for (const x of await y) {}", "for (const x of " A " y" Z ") {}");
  EXPECT_TOP("await(x)", A "(x)" Z);

  /* Operands not followed: left alone. */
  SAME_TOP("await x ** 2");
  SAME_TOP("await function () {}");
  SAME_TOP("await class {}");
  SAME_TOP("await async () => 1");
  SAME_TOP("await (x) => 1");
  SAME_TOP("await new new X()()");
  SAME_TOP("await #x in o");
  SAME_TOP("await using x = f();");
  SAME_TOP("for (await using x of y) {}");
  EXPECT_TOP("await using\nx", A " using" Z "\nx");

  /* Not the operator. */
  SAME_TOP("x.await");
  SAME_TOP("x?.await");
  SAME_TOP("o = { await: 1 }");
  SAME_TOP("o = { await }");
  SAME_TOP("o = { await() {} }");
  SAME_TOP("class C { await() {} }");
  SAME_TOP("class C { await = 1 }");
  SAME_TOP("'await x'");
  SAME_TOP("// await x");
  SAME_TOP("/* await x */");
  SAME_TOP("`await x`");
  SAME_TOP("awaiting(x)");

  /* Not in an async function: `await` may be a name. */
  SAME("await(x)");
  SAME("var await = 1; await + 1; f(await);");
  SAME("function f() { await(x) }");
  SAME("async function f() { function g() { await(x) } }");
  SAME("async function f() { const g = () => await(x) }");
  SAME("async function f() { const g = () => { await(x) } }");
  SAME("async function f() { o = { m() { await(x) } } }");
  SAME("async function f() { class C { static { await; } } }");
  SAME("async\nfunction f() { await(x) }");
  SAME("o = { async\nm() { await(x) } }");
  SAME("f(async => { await(x) })");
  SAME("o = { async(x) { await(x) } }");
  SAME("if (a) g()\n{ await(x) }");
  SAME("const f = async () => 1\nawait(x)");
  SAME("const f = async () => a\nawait(x)");
  EXPECT("const f = async () =>\n await x", "const f = async () =>\n " A " x" Z);
  EXPECT("async function f() { x } await(y)", "async function f() { x } await(y)");
  /* The body ends at its closing brace or bracket. */
  EXPECT("f(async () => await a, await(b))", "f(async () => " A " a" Z ", await(b))");
  EXPECT("async function f() { g(() => 1); await x }",
         "async function f() { g(() => 1); " A " x" Z " }");

  /* for await. */
  EXPECT("async function f() { for await (const x of it) { g(x) } h() }",
         "async function f() {" LOOP " for await (const x of it) {" RESTORE " g(x) }" RESTORE
         "} h() }");
  EXPECT_TOP("for await (const x of await it) {}",
             LOOP "for await (const x of " A " it" Z ") {" RESTORE "}" RESTORE "}");
  EXPECT_TOP("for await (const x of it) g(x);",
             LOOP "for await (const x of it) {" RESTORE "g(x);}" RESTORE "}");
  EXPECT_TOP("for await (const x of it) a = (b,\n c);",
             LOOP "for await (const x of it) {" RESTORE "a = (b,\n c);}" RESTORE "}");
  SAME_TOP("for await (const x of it) g(x)");
  SAME_TOP("for await (const x of it) g(x)\nh();");
  SAME_TOP("for await (const x of it) if (x) g(x); else h();");
  SAME_TOP("for await (const x of it) L: g(x);");
  SAME_TOP("L: for await (const x of it) { continue L }");
  SAME("function f() { for await (const x of it) {} }");
  EXPECT("async function f() {\n  for await (const x of it) {\n    await x;\n  }\n}",
         "async function f() {" LOOP "\n  for await (const x of it) {" RESTORE "\n    " A " x" Z
         ";\n  }" RESTORE "}\n}");

  /* The block opens after a ';' or '{' before the loop, else at the `for`. */
  EXPECT_TOP("f()\nfor await (const x of it) {}",
             "f()\n" LOOP "for await (const x of it) {" RESTORE "}" RESTORE "}");
  EXPECT_TOP("f();\nfor await (const x of it) {}",
             "f();" LOOP "\nfor await (const x of it) {" RESTORE "}" RESTORE "}");
  EXPECT_TOP("if (a) for await (const x of it) {}",
             "if (a) " LOOP "for await (const x of it) {" RESTORE "}" RESTORE "}");

  /* Lines stay. */
  EXPECT_TOP("a\nawait b\nc", "a\n" A " b" Z "\nc");

  /* A source that does not tokenize is left to the engine. */
  int rc;
  char* s = rewrite("async function f() { await `x", false, &rc);
  if (rc != -1) {
    failures++;
    fprintf(stderr, "FAIL: an unterminated template gave %d\n", rc);
  }
  free(s);

  if (failures) {
    fprintf(stderr, "%d failures\n", failures);
    return 1;
  }
  printf("ok\n");
  return 0;
}
