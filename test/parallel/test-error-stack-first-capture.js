'use strict';
// Error.captureStackTrace as the first thing a program does (nothing has made an
// error yet): V8's format, frames above the given function.
const holder = {};
function inner() {
  Error.captureStackTrace(holder, inner);
}
function outer() {
  inner();
}
outer();
require('../common');
const assert = require('assert');

const lines = holder.stack.split('\n');
assert.strictEqual(lines[0], 'Error');
assert.match(lines[1], /^    at outer \(.*test-error-stack-first-capture\.js:9:3\)$/);

const err = new RangeError('boom');
assert.strictEqual(err.stack.split('\n')[0], 'RangeError: boom');
assert.match(err.stack.split('\n')[1], /^    at .*test-error-stack-first-capture\.js:19:13/);
