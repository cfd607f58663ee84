'use strict';
// An uncaught error is reported as node reports it: the file and line, the source
// line with a caret under the throw, a blank line, then the error with V8-style
// frames (`    at fn (file:line:col)`) and its own properties; exit code 1.
require('../common');
const assert = require('assert');
const fixtures = require('../common/fixtures');
const { run } = require('../common/child');

let file = fixtures.path('errors', 'throw.js');
let r = run([file]);
assert.strictEqual(r.code, 1);
let lines = r.stderr.split('\n');
assert.deepStrictEqual(lines.slice(0, 5), [
  `${file}:3`,
  "  throw new TypeError('boom');",
  '  ^',
  '',
  'TypeError: boom',
]);
assert.strictEqual(lines[5], `    at inner (${file}:3:9)`);
assert.strictEqual(lines[6], `    at outer (${file}:5:20)`);
assert.strictEqual(lines[7], `    at Object.<anonymous> (${file}:6:1)`);

file = fixtures.path('errors', 'syntax.js');
r = run([file]);
assert.strictEqual(r.code, 1);
lines = r.stderr.split('\n');
assert.deepStrictEqual(lines.slice(0, 5), [
  `${file}:3`,
  'let x = ;',
  '        ^',
  '',
  "SyntaxError: Unexpected token ';'",
]);

file = fixtures.path('errors', 'props.js');
r = run([file]);
assert.strictEqual(r.code, 1);
assert.match(r.stderr, /^RangeError: with props\n {4}at Object\.<anonymous> \(.*props\.js:2:11\)/m);
assert.match(r.stderr, /\{\n {2}code: 'E_CODE'\n\}/);

r = run(['-e', 'throw "just a string"']);
assert.strictEqual(r.code, 1);
assert.match(r.stderr, /just a string/);
