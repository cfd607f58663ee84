'use strict';
// Buffer.alloc / allocUnsafe / allocUnsafeSlow: sizes, fills, the 8 KiB pool and
// node's errors for bad sizes.
require('../common');
const assert = require('assert');

assert.deepStrictEqual([...Buffer.alloc(3)], [0, 0, 0]);
assert.strictEqual(Buffer.alloc(5, 'ab').toString(), 'ababa');
assert.strictEqual(Buffer.alloc(5, 'YWI=', 'base64').toString(), 'ababa');
assert.deepStrictEqual([...Buffer.alloc(4, 257)], [1, 1, 1, 1]);
assert.strictEqual(Buffer.alloc(3, Buffer.from('xy')).toString(), 'xyx');
assert.deepStrictEqual([...Buffer.alloc(3, '')], [0, 0, 0]);
assert.strictEqual(Buffer.alloc(5, '€').toString('hex'), 'e282ace282');
assert.strictEqual(Buffer.alloc(4, 'é', 'latin1').toString('hex'), 'e9e9e9e9');
assert.strictEqual(Buffer.alloc(0).length, 0);

// Small unsafe allocations share the pool; slow ones and big ones do not.
assert.strictEqual(Buffer.poolSize, 8192);
assert.strictEqual(Buffer.allocUnsafe(10).buffer.byteLength, 8192);
assert.strictEqual(Buffer.allocUnsafeSlow(10).buffer.byteLength, 10);
assert.strictEqual(Buffer.allocUnsafe(5000).buffer.byteLength, 5000);
assert.strictEqual(Buffer.from('x').buffer.byteLength, 8192);
assert.strictEqual(Buffer.allocUnsafe(3).byteOffset % 8, 0);
assert.strictEqual(Buffer.alloc(10).buffer.byteLength, 10);

const sizeRange = (received) => ({
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "size" is out of range. It must be >= 0 && <= 9007199254740991. ' +
    `Received ${received}`,
});
for (const fn of [Buffer.alloc, Buffer.allocUnsafe, Buffer.allocUnsafeSlow]) {
  assert.throws(() => fn(-1), sizeRange('-1'));
  assert.throws(() => fn(NaN), sizeRange('NaN'));
  assert.throws(() => fn(2 ** 53), sizeRange('9_007_199_254_740_992'));
  assert.throws(() => fn('5'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "size" argument must be of type number. Received type string (\'5\')',
  });
}
assert.throws(() => Buffer.alloc(3, 'zz', 'hex'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'value' is invalid. Received 'zz'",
});
assert.throws(() => Buffer.alloc(3, 'a', 'nope'), {
  code: 'ERR_UNKNOWN_ENCODING', name: 'TypeError', message: 'Unknown encoding: nope',
});
// Too big to exist: a RangeError, never a crash.
assert.throws(() => Buffer.alloc(2 ** 50), RangeError);
