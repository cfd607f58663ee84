/* Unit tests of the ES module lexer and transform (src/esm/): regex vs division,
 * templates, comments, import/export forms, and that edits keep every column. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "esm/cjs_exports.h"
#include "esm/lexer.h"
#include "esm/transform.h"
#include "expect.h"

static uint16_t* widen(const char* s, size_t* len) {
  *len = strlen(s);
  uint16_t* u = malloc((*len + 1) * sizeof(uint16_t));
  for (size_t i = 0; i < *len; i++) u[i] = (unsigned char)s[i];
  return u;
}

static char* narrow(const uint16_t* u, size_t len) {
  char* s = malloc(len + 1);
  for (size_t i = 0; i < len; i++) s[i] = u[i] < 128 ? (char)u[i] : '?';
  s[len] = 0;
  return s;
}

/* The kinds of the tokens of src, one letter each (i ident, p punct, s string,
 * t template, r regex, n number, # private). */
static void expect_kinds(const char* src, const char* kinds) {
  size_t len;
  uint16_t* u = widen(src, &len);
  eddy_lexer lx;
  int rc = eddy_lex(&lx, u, len);
  char got[512] = {0};
  for (size_t i = 0; rc == 0 && i < lx.count && i < sizeof(got) - 1; i++) {
    got[i] = "ipstrn#"[lx.toks[i].kind];
  }
  EXPECT(rc == 0 && strcmp(got, kinds) == 0, "lex %s: got %s (rc %d %s), want %s", src, got, rc,
         lx.error ? lx.error : "", kinds);
  eddy_lexer_free(&lx);
  free(u);
}

static void expect_lex_error(const char* src) {
  size_t len;
  uint16_t* u = widen(src, &len);
  eddy_lexer lx;
  EXPECT(eddy_lex(&lx, u, len) < 0, "expected a lex error for %s", src);
  eddy_lexer_free(&lx);
  free(u);
}

/* Transforms src and compares the output code; also checks the length is kept. */
static void expect_code(const char* src, const char* want) {
  size_t len;
  uint16_t* u = widen(src, &len);
  eddy_esm_result r;
  int rc = eddy_esm_transform(u, len, &r);
  char* got = rc == 0 ? narrow(r.code, r.len) : strdup(r.error);
  EXPECT(rc == 0 && strcmp(got, want) == 0, "transform\n  %s\ngot\n  %s\nwant\n  %s", src, got,
         want);
  EXPECT(rc != 0 || r.len == len, "length changed for %s", src);
  free(got);
  eddy_esm_result_free(&r);
  free(u);
}

static int count_kind(const eddy_esm_result* r, eddy_esm_entry_kind k) {
  int n = 0;
  for (size_t i = 0; i < r->count; i++) n += r->entries[i].kind == k;
  return n;
}

static void expect_entries(const char* src, int requests, int imports, int locals, int froms,
                           int stars) {
  size_t len;
  uint16_t* u = widen(src, &len);
  eddy_esm_result r;
  int rc = eddy_esm_transform(u, len, &r);
  EXPECT(rc == 0, "transform failed for %s: %s", src, r.error ? r.error : "");
  if (rc == 0) {
    int got[5] = {r.requests, count_kind(&r, EDDY_ESM_IMPORT),
                  count_kind(&r, EDDY_ESM_EXPORT_LOCAL), count_kind(&r, EDDY_ESM_EXPORT_FROM),
                  count_kind(&r, EDDY_ESM_EXPORT_STAR)};
    int want[5] = {requests, imports, locals, froms, stars};
    EXPECT(memcmp(got, want, sizeof(got)) == 0, "entries of %s: %d %d %d %d %d", src, got[0],
           got[1], got[2], got[3], got[4]);
  }
  eddy_esm_result_free(&r);
  free(u);
}

static void expect_tla(const char* src, int want) {
  size_t len;
  uint16_t* u = widen(src, &len);
  eddy_esm_result r;
  int rc = eddy_esm_transform(u, len, &r);
  EXPECT(rc == 0 && r.maybe_tla == want, "maybe_tla of %s: %d", src, r.maybe_tla);
  eddy_esm_result_free(&r);
  free(u);
}

/* The names the transform lists as assigned outside their declarations. */
static void expect_assigned(const char* src, const char* names) {
  size_t len;
  uint16_t* u = widen(src, &len);
  eddy_esm_result r;
  int rc = eddy_esm_transform(u, len, &r);
  char got[256] = {0};
  for (size_t i = 0; rc == 0 && i < r.count; i++) {
    if (r.entries[i].kind != EDDY_ESM_ASSIGNED) continue;
    strncat(got, src + r.entries[i].a.start, r.entries[i].a.end - r.entries[i].a.start);
    strcat(got, " ");
  }
  EXPECT(rc == 0 && strcmp(got, names) == 0, "assigned in %s: [%s], want [%s]", src, got, names);
  eddy_esm_result_free(&r);
  free(u);
}

static void expect_cjs(const char* src, const char* names, const char* reexports) {
  size_t len;
  uint16_t* u = widen(src, &len);
  eddy_cjs_exports e;
  eddy_cjs_detect_exports(u, len, &e);
  char got[256] = {0}, got_re[256] = {0};
  for (size_t i = 0; i < e.name_count; i++) {
    strncat(got, src + e.names[i].start, e.names[i].end - e.names[i].start);
    strcat(got, " ");
  }
  for (size_t i = 0; i < e.reexport_count; i++) {
    strncat(got_re, src + e.reexports[i].start, e.reexports[i].end - e.reexports[i].start);
    strcat(got_re, " ");
  }
  EXPECT(strcmp(got, names) == 0 && strcmp(got_re, reexports) == 0,
         "cjs %s: names [%s] reexports [%s]", src, got, got_re);
  eddy_cjs_exports_free(&e);
  free(u);
}

int main(void) {
  /* Regex vs division. */
  expect_kinds("a / b / c", "ipipi");
  expect_kinds("x = /re/g.test(y)", "iprpipip");
  expect_kinds("return /x/", "ir");
  expect_kinds("if (a) /x/.exec(b)", "ipiprpipip");
  expect_kinds("f(a) / 2", "ipippn");
  expect_kinds("a[0] / 2", "ipnppn");
  expect_kinds("x = {} / 2", "ippppn");
  expect_kinds("{}\n/foo/", "ppr");
  expect_kinds("a++ / 2", "ippn");
  expect_kinds("typeof /x/", "ir");
  expect_kinds("/[/]/.source", "rpi");
  expect_kinds("x = a ? /b/ : /c/",
               "ipipr"
               "pr");
  /* Templates, nested substitutions, comments, strings. */
  expect_kinds("`a${b}c`", "tit");
  expect_kinds("`a${ {x: `n${1}`}.x }b`",
               "tpipt"
               "ntppit");
  expect_kinds("`${a}${b}`", "titit");
  expect_kinds("// c\n/* d */ a", "i");
  expect_kinds("'it\\'s' + \"q\\\"\"", "sps");
  expect_kinds("#!/usr/bin/env node\nx", "i");
  expect_kinds("class A { #p = 1; m() { return this.#p } }", "iip#pnpipppiip#pp");
  expect_kinds("a?.b ?? c", "ipipi");
  expect_kinds("x ? .5 : 1", "ipnpn");
  expect_kinds("0x1F + 1e+5 + 1_000n", "npnpn");
  expect_lex_error("'unterminated");
  expect_lex_error("`a${b");
  expect_lex_error("/* open");
  expect_lex_error("(a]");

  /* import declarations become spaces. */
  expect_code("import a from './a.js';\nf(a);", "                       \nf(a);");
  expect_code("import {x as y, z} from \"m\"\nz()", "                           \nz()");
  expect_code("import * as ns from 'm'; ns.f()", "                         ns.f()");
  expect_code("import 'side'", "             ");
  expect_code("import d, {a} from 'm' with { type: 'json' };",
              "                                             ");
  expect_code("import {\n a,\n b\n} from 'm'", "        \n   \n  \n          ");
  /* export forms. */
  expect_code("export const a = 1, b = 2;", "       const a = 1, b = 2;");
  expect_code("export function f() {}", "       function f() {}");
  expect_code("export { a as b, c };", "                     ");
  expect_code("export * from 'x'", "                 ");
  expect_code("export default 42;", "const  __edf_= 42;");
  expect_code("export default function () {}", "function __edf_         () {}");
  expect_code("export default async function* () {}", "async function*__edf_          () {}");
  expect_code("export default class {}", "class __edf_         {}");
  expect_code("export default class extends B {}", "class __edf_         extends B {}");
  expect_code("export default function named() {}", "               function named() {}");
  expect_code("export default\nfunction () {}", "const  __edf_=\nfunction () {}");
  expect_code("export default\nclass {}", "const  __edf_=\nclass {}");
  expect_code("arguments; () => arguments; function f() { arguments; () => arguments; }",
              "_$args$__; () => _$args$__; function f() { arguments; () => arguments; }");
  expect_code("class A { arguments() {} }", "class A { arguments() {} }");
  /* A class member's name, not a reference (vitest's CLI has `arguments = new Map`). */
  expect_code("class A { value; arguments = new Map; static arguments; x = arguments }",
              "class A { value; arguments = new Map; static arguments; x = arguments }");
  expect_code("class A extends mix(B).C { arguments\n y }",
              "class A extends mix(B).C { arguments\n y }");
  expect_code("if (a) { arguments; } ({ k: arguments })",
              "if (a) { _$args$__; } ({ k: _$args$__ })");
  expect_code("#!/usr/bin/env node\nimport 'x';", "///usr/bin/env node\n           ");
  /* import.meta, import(), and import/export as property names. */
  expect_code("const u = import.meta.url;", "const u = __eddy_meta.url;");
  expect_code("const m = await import('./x.js');", "const m = await _$imp$('./x.js');");
  expect_code("a.import(1); b.export = 2;", "a.import(1); b.export = 2;");
  expect_code("x = { import: 1, export: 2 };", "x = { import: 1, export: 2 };");
  expect_code("class A { import() {} static export() {} }",
              "class A { import() {} static export() {} }");
  expect_code("f(() => import('x'))", "f(() => _$imp$('x'))");
  /* Source phase imports: a declaration, and import.source() (same length). */
  expect_code("import source m from './m.wasm';\nm", "                                \nm");
  expect_code("const p = import.source('./m.wasm');", "const p = _$imp$.source('./m.wasm');");
  expect_code("import source from 'x';", "                       ");
  expect_entries("import source m from './m.wasm'; import source from 'y';", 2, 2, 0, 0, 0);
  expect_code("const s = `import x from 'y'`;", "const s = `import x from 'y'`;");
  expect_code("// import x from 'y'\n", "// import x from 'y'\n");
  expect_code("const r = /import/; label: for (;;) break label;",
              "const r = /import/; label: for (;;) break label;");

  expect_entries("import a, {b as c, 'd e' as f} from 'm'; import * as n from 'o';", 2, 4, 0, 0, 0);
  expect_entries("export const {a, b: [c, ...d], e = 1} = o, g = 2;", 0, 0, 5, 0, 0);
  expect_entries("export let x\nexport var y = 1, z", 0, 0, 3, 0, 0);
  expect_entries("export * from 'a'; export * as ns from 'b'; export {x, y as 'z'} from 'c';", 3, 0,
                 0, 3, 1);
  expect_entries("export { a as default, b }; export class C {}", 0, 0, 3, 0, 0);
  expect_entries("const x = () => { import('a') }", 0, 0, 0, 0, 0);

  /* Top-level await (the transform's guess; the binding confirms with a parser). */
  expect_tla("await 1", 1);
  expect_tla("for await (const x of y) {}", 1);
  expect_tla("async function f() { await 1 }", 0);
  expect_tla("const f = async () => { await g() }", 0);
  expect_tla("class A { async m() { await x } }", 0);
  expect_tla("if (x) { await y }", 1);
  expect_tla("x.await", 0);
  expect_tla("await (p)", 1);
  expect_tla("const f = async () => await g(), h = 1;", 0);
  expect_tla("const f = async (x) => x ? await a : await b; await c", 1);
  expect_tla("run(async x => await x, async y => (await y));", 0);
  expect_tla("const f = async x => await x\nawait f(1)", 1);
  expect_tla("`${async () => await x}`", 0);

  /* Assignment targets outside declarations. */
  expect_assigned(
      "export let a = 1, b; const { c = 2, d: [e] } = o; for (let i = 0; i < 1; i++) {}", "i ");
  expect_assigned(
      "export let n = 0; export function inc() { n++; } function f(p = 1) { --q; r += 2; }",
      "n p q r ");
  expect_assigned("x.y = 1; a == b; c => c; const z = () => {};", "");
  /* Destructuring assignments and for-in/of heads assign too. */
  expect_assigned("export let a, b, c; [a, b] = f(); ({ k: c } = o);", "a b c ");
  expect_assigned("let x; for (x of xs) {} for (y in o) {} for await (z of s) {}", "x y z ");
  expect_assigned("let p, q; for ([p, { q }] of m) {} const [r] = s; for (const t of u) {}",
                  "p q ");
  expect_assigned("a -= 1; b **= 2; c ?\?= 3; d !== e; f <= g; h >= i; j === k;", "a b c ");

  /* CommonJS export detection. */
  expect_cjs("exports.a = 1; exports['b'] = 2; module.exports.c = 3;", "a 'b' c ", "");
  expect_cjs("module.exports = { a, b: c, 'd': e, ...f, ...require('g'), h: 1, i };", "a b 'd' ",
             "'g' ");
  expect_cjs("module.exports = { m() {}, n };", "m ", "");
  expect_cjs("module.exports = require('./x');", "", "'./x' ");
  /* Babel's re-export of a whole module. */
  expect_cjs(
      "var _x = require('./x'); Object.keys(_x).forEach(function (key) {\n"
      "  if (key === 'default') return;\n"
      "  Object.defineProperty(exports, key, { enumerable: true, get: function () { return "
      "_x[key]; } });\n"
      "});",
      "", "'./x' ");
  expect_cjs(
      "var _y = _interopRequireWildcard(require('y'));\n"
      "Object.keys(_y).forEach(function (k) { exports[k] = _y[k]; });",
      "", "'y' ");
  expect_cjs("var _z = require('z'); Object.keys(_z).forEach(function (k) { console.log(k); });",
             "", "");
  expect_cjs("Object.defineProperty(exports, '__esModule', { value: true });", "'__esModule' ", "");
  expect_cjs(
      "Object.defineProperty(exports, 'a', { enumerable: true, get: function () { return m.a; } });"
      "Object.defineProperty(exports, 'b', { get() { return b } });"
      "Object.defineProperty(exports, 'c', { get() { return 'computed'; } });",
      "'a' 'b' ", "");
  expect_cjs("__exportStar(require(\"./y\"), exports);", "", "\"./y\" ");
  expect_cjs("a.exports.b = 1; exports.c == 2;", "", "");

  if (failures) {
    fprintf(stderr, "%d failure(s)\n", failures);
    return 1;
  }
  printf("ok\n");
  return 0;
}
