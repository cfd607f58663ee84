'use strict';
// new Console({ inspectOptions }) also takes a Map from each stream to its options.
require('../common');
const assert = require('assert');
const { Console } = require('console');
const { PassThrough } = require('stream');

const stdout = new PassThrough().setEncoding('utf8');
const stderr = new PassThrough().setEncoding('utf8');
const console = new Console({
  stdout,
  stderr,
  inspectOptions: new Map([[stdout, { colors: true }], [stderr, { depth: 0 }]]),
});
console.log('n', 42, { a: { b: 1 } });
console.error('n', 42, { a: { b: 1 } });
assert.strictEqual(stdout.read(), 'n \x1B[33m42\x1B[39m { a: { b: \x1B[33m1\x1B[39m } }\n');
assert.strictEqual(stderr.read(), 'n 42 { a: [Object] }\n');
