'use strict';
// SyntaxErrors from compiling a script or a module carry V8's words (programs and
// node's own syntax detection match them), pointing at the offending token.
require('../common');
const tmpdir = require('../common/tmpdir');
const { run } = require('../common/child');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

function check(source, message, caret) {
  const r = run(['-e', source]);
  assert.strictEqual(r.code, 1);
  assert.match(r.stderr, new RegExp(`SyntaxError: ${message}\n`));
  const lines = r.stderr.split('\n');
  assert.strictEqual(lines[1], source);
  assert.strictEqual(lines[2].trimEnd(), caret);
}

check('function fn() { await Promise.resolve(); } fn();',
      'await is only valid in async functions and the top level bodies of modules',
      '                ^^^^^');
check('function fn() { const require = 1; const require = 2; } fn();',
      "Identifier 'require' has already been declared",
      '                                         ^');

for (const [type, source, message] of [
  ['function f() {}; f(foo bar);', 'missing \\) after argument list'],
  ["console.log('PI: ' Math.PI);", 'missing \\) after argument list'],
  ['if (foo bar) {}', "Unexpected identifier 'bar'"],
  ['const foo bar = 1;', 'Missing initializer in const declaration'],
  ['let x = 1 2', 'Unexpected number'],
  ['let x = 1 "a"', 'Unexpected string'],
  ['if (1) { return return }', 'Illegal return statement'],
  ['f(', 'Unexpected end of input'],
  ['eval("import \'nowhere\';");', 'Cannot use import statement outside a module'],
  // As modules, with the same words.
  ['--input-type=module', 'f(foo bar);', 'missing \\) after argument list'],
  ['--input-type=module', 'function g() { let a; let a; }', "Identifier 'a' has already been declared"],
].map((c) => (c.length === 2 ? ['--input-type=commonjs', ...c] : c))) {
  const r = run([type, '-e', source]);
  assert.strictEqual(r.code, 1);
  assert.match(r.stderr, new RegExp(`\nSyntaxError: ${message}\n`));
}

// In a CommonJS file too, and e.message itself is V8's.
tmpdir.refresh();
const file = path.join(tmpdir.path, 'dup.js');
fs.writeFileSync(file, 'module.exports = 1;\nfunction f() { let a; let a; }\n');
assert.throws(() => require(file), { name: 'SyntaxError', message: "Identifier 'a' has already been declared" });
// A top-level redeclaration of a CommonJS wrapper variable still makes it an ES module.
const esm = path.join(tmpdir.path, 'esm.js');
fs.writeFileSync(esm, 'const require = 1; export default require;\n');
assert.strictEqual(require(esm).default, 1);
