'use strict';
// A ++/-- whose operand, or an assignment whose target, is not a reference is
// reported in V8's words, with the caret under the operand node points at.
require('../common');
const tmpdir = require('../common/tmpdir');
const { run } = require('../common/child');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

tmpdir.refresh();
let n = 0;
function check(source, message, caret) {
  const file = path.join(tmpdir.path, `bad${n++}.js`);
  fs.writeFileSync(file, `${source}\n`);
  const r = run([file]);
  assert.strictEqual(r.code, 1);
  const lines = r.stderr.split('\n');
  assert.strictEqual(lines[0], `${file}:1`);
  assert.strictEqual(lines[1], source);
  assert.strictEqual(lines[2], caret);
  assert.strictEqual(lines[4], `SyntaxError: ${message}`);
}

check('--x-- = 2;', 'Invalid left-hand side expression in prefix operation', '  ^^^');
check('-----BEGIN CERTIFICATE-----', 'Invalid left-hand side expression in prefix operation',
      '    ^^^^^^');
check('++1;', 'Invalid left-hand side expression in prefix operation', '  ^');
check('----x;', 'Invalid left-hand side expression in prefix operation', '  ^^^');
check('1++;', 'Invalid left-hand side expression in postfix operation', '^');
check('1 = 2;', 'Invalid left-hand side in assignment', '^');
check('({}) += 1;', 'Invalid left-hand side in assignment', '^^^^');

// The message of the error require() throws is V8's too.
const file = path.join(tmpdir.path, 'required.js');
fs.writeFileSync(file, 'let a = 1;\n++a++;\n');
assert.throws(() => require(file), {
  name: 'SyntaxError',
  message: 'Invalid left-hand side expression in prefix operation',
});
