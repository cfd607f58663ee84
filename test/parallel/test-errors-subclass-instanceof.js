'use strict';
// `instanceof` a subclass of a built-in error checks the subclass's own prototype
// chain; it is not true for every error.
require('../common');
const assert = require('assert');

class MyError extends Error {}
class MyTypeError extends TypeError {}

assert.strictEqual(new TypeError('x') instanceof MyError, false);
assert.strictEqual(new Error('x') instanceof MyError, false);
assert.strictEqual(new MyError('x') instanceof MyError, true);
assert.strictEqual(new MyError('x') instanceof Error, true);
assert.strictEqual(new TypeError('x') instanceof MyTypeError, false);
assert.strictEqual(new MyTypeError('x') instanceof TypeError, true);
assert.strictEqual(new RangeError('x') instanceof TypeError, false);
assert.strictEqual(Object.create(MyError.prototype) instanceof MyError, true);
assert.strictEqual({} instanceof Error, false);
assert.strictEqual(new TypeError('x') instanceof assert.AssertionError, false);

// doesNotThrow with an error class that does not match rethrows the original error.
assert.throws(() => {
  assert.doesNotThrow(() => { throw new TypeError('inner'); }, assert.AssertionError);
}, { name: 'TypeError', message: 'inner' });
