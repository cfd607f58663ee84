'use strict';
// SyntaxErrors from compiling a script carry V8's words for a redeclared binding
// and for `await` in an ordinary function (programs and node's own syntax detection
// match them), pointing at the offending token.
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

// In a CommonJS file too, and e.message itself is V8's.
tmpdir.refresh();
const file = path.join(tmpdir.path, 'dup.js');
fs.writeFileSync(file, 'module.exports = 1;\nfunction f() { let a; let a; }\n');
assert.throws(() => require(file), { name: 'SyntaxError', message: "Identifier 'a' has already been declared" });
// A top-level redeclaration of a CommonJS wrapper variable still makes it an ES module.
const esm = path.join(tmpdir.path, 'esm.js');
fs.writeFileSync(esm, 'const require = 1; export default require;\n');
assert.strictEqual(require(esm).default, 1);
