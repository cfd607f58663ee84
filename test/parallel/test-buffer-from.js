'use strict';
// Buffer.from for every kind of input node accepts, memory sharing with
// ArrayBuffers, and the errors for the rest.
require('../common');
const assert = require('assert');

const hex = (b) => b.toString('hex');
assert.strictEqual(hex(Buffer.from([1, 2, 3, 256, -1])), '01020300ff');
assert.strictEqual(hex(Buffer.from(new Uint16Array([256, 1, 513]))), '000101');
assert.strictEqual(hex(Buffer.from({ length: 2, 0: 5, 1: 6 })), '0506');
assert.strictEqual(hex(Buffer.from({ type: 'Buffer', data: [1, 2] })), '0102');
assert.strictEqual(Buffer.from(new String('abc')).toString(), 'abc');
assert.strictEqual(Buffer.from({ [Symbol.toPrimitive]() { return 'xyz'; } }).toString(), 'xyz');
assert.strictEqual(Buffer.from({ valueOf() { return 'vo'; } }).toString(), 'vo');
assert.strictEqual(Buffer.from({ length: 'x' }).length, 0);
assert.strictEqual(Buffer.from('').length, 0);

// A copy of a Buffer, a view of an ArrayBuffer.
const src = Buffer.from('abc');
const copy = Buffer.from(src);
copy[0] = 0x7a;
assert.strictEqual(src.toString(), 'abc');
const ab = new ArrayBuffer(8);
const view = Buffer.from(ab, 2, 4);
view[0] = 9;
assert.strictEqual(view.length, 4);
assert.strictEqual(new Uint8Array(ab)[2], 9);
assert.strictEqual(Buffer.from(ab, 4).length, 4);
assert.strictEqual(Buffer.from(ab, '2', '2').length, 2);
assert.strictEqual(Buffer.from(ab, undefined, 0).length, 0);
assert.throws(() => Buffer.from(new ArrayBuffer(4), 5), {
  code: 'ERR_BUFFER_OUT_OF_BOUNDS', name: 'RangeError', message: '"offset" is outside of buffer bounds',
});
assert.throws(() => Buffer.from(new ArrayBuffer(4), 1, 4), {
  code: 'ERR_BUFFER_OUT_OF_BOUNDS', message: '"length" is outside of buffer bounds',
});

const firstArg = (received) => ({
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The first argument must be of type string or an instance of Buffer, ArrayBuffer, ' +
    `or Array or an Array-like Object. Received ${received}`,
});
assert.throws(() => Buffer.from({}), firstArg('an instance of Object'));
assert.throws(() => Buffer.from(5), firstArg('type number (5)'));
assert.throws(() => Buffer.from(null), firstArg('null'));
assert.throws(() => Buffer.from(), firstArg('undefined'));
assert.throws(() => Buffer.from('x', 'nope'), { code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: nope' });

assert.strictEqual(hex(Buffer.of(1, 2, 300)), '01022c');
assert.strictEqual(hex(Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1)), '02000300');
assert.strictEqual(hex(Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1, 1)), '0200');
assert.strictEqual(Buffer.copyBytesFrom(new Uint8Array(3), 5).length, 0);
assert.throws(() => Buffer.copyBytesFrom([1]), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "view" argument must be an instance of TypedArray. Received an instance of Array',
});
assert.throws(() => Buffer.copyBytesFrom(new Uint8Array(3), -1), { code: 'ERR_OUT_OF_RANGE' });

// The class relations node has.
assert.ok(Buffer.isBuffer(Buffer.alloc(1)));
assert.ok(!Buffer.isBuffer(new Uint8Array(1)));
assert.ok(Buffer.alloc(1) instanceof Uint8Array);
assert.strictEqual(Buffer.prototype.constructor, Buffer);
assert.strictEqual(Object.getPrototypeOf(Buffer), Uint8Array);
assert.strictEqual(Buffer.from('abc').subarray(1).constructor, Buffer);
assert.ok(Buffer.from('abc').subarray(1) instanceof Buffer);
