'use strict';
// require('node:test').assert.register(name, fn) adds t.assert[name] to every
// test: `this` is the TestContext, it counts toward t.plan(), and it may replace
// a built-in assertion. The arguments are validated.
require('../common');
const assert = require('assert');
const { test, assert: testAssert } = require('node:test');

testAssert.register('isEven', function(n) {
  assert.strictEqual(n % 2, 0);
  return this;
});
testAssert.register('ok', () => 'replaced');

assert.throws(() => testAssert.register(1, () => {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "name" argument must be of type string. Received type number (1)',
});
assert.throws(() => testAssert.register('x', 'y'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "fn" argument must be of type function. Received type string (\'y\')',
});

test('custom assertions', (t) => {
  t.plan(3);
  assert.strictEqual(t.assert.isEven(4), t);
  assert.throws(() => t.assert.isEven(3), { code: 'ERR_ASSERTION' });
  assert.strictEqual(t.assert.ok(false), 'replaced');
});
