'use strict';
// test() and run() reject bad options with node's error codes and messages.
const common = require('../common');
const assert = require('assert');
const { test, run } = require('node:test');

assert.throws(() => test('t', { timeout: -1 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.timeout" is out of range. It must be >= 0 && <= 2147483647. Received -1',
});
assert.throws(() => test('t', { timeout: 'x' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.timeout" property must be of type number. Received type string (\'x\')',
});
assert.throws(() => test('t', { concurrency: 'x' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.concurrency" property must be one of type boolean or number. Received type string (\'x\')',
});
assert.throws(() => test('t', { concurrency: 0 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.concurrency" is out of range. It must be >= 1 && <= 4294967295. Received 0',
});
assert.throws(() => test('t', { signal: 5 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.signal" property must be an instance of AbortSignal. Received type number (5)',
});
assert.throws(() => run({ files: 5 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.files" property must be an instance of Array. Received type number (5)',
});
assert.throws(() => run(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (5)',
});

test('context', common.mustCall((t) => {
  assert.throws(() => t.plan('x'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "count" argument must be of type number. Received type string (\'x\')',
  });
  assert.strictEqual(t.name, 'context');
  assert.strictEqual(t.fullName, 'context');
  assert.strictEqual(t.signal.aborted, false);
}));
