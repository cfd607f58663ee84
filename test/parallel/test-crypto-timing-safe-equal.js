'use strict';
// timingSafeEqual: equal and unequal views, and node's errors.
require('../common');
const assert = require('assert');
const crypto = require('crypto');

assert.strictEqual(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')), true);
assert.strictEqual(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')), false);
assert.strictEqual(crypto.timingSafeEqual(new Uint8Array(0), new Uint8Array(0)), true);
assert.strictEqual(crypto.timingSafeEqual(new Uint16Array([1]), new Uint8Array([1, 0])), true);
assert.throws(() => crypto.timingSafeEqual(Buffer.from('a'), Buffer.from('ab')), {
  code: 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH',
  name: 'RangeError',
  message: 'Input buffers must have the same byte length',
});
assert.throws(() => crypto.timingSafeEqual('a', Buffer.from('a')), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buf1" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.',
});
