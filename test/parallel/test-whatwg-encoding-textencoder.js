'use strict';
// TextEncoder: encode to a plain Uint8Array with WHATWG UTF-8 (lone surrogates
// become U+FFFD) and encodeInto without splitting characters.
require('../common');
const assert = require('assert');

const te = new TextEncoder();
assert.strictEqual(te.encoding, 'utf-8');
assert.deepStrictEqual([...te.encode('é€😀\ud800')],
  [0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0xef, 0xbf, 0xbd]);
assert.strictEqual(te.encode().length, 0);
assert.strictEqual(te.encode(undefined).length, 0);
assert.deepStrictEqual([...te.encode(123)], [0x31, 0x32, 0x33]);
assert.strictEqual(Object.getPrototypeOf(te.encode('a')), Uint8Array.prototype);
assert.strictEqual(te.encode('x'.repeat(100000)).length, 100000);

let u = new Uint8Array(5);
assert.deepStrictEqual(te.encodeInto('a€😀', u), { read: 2, written: 4 });
assert.deepStrictEqual([...u], [0x61, 0xe2, 0x82, 0xac, 0]);
u = new Uint8Array(4);
assert.deepStrictEqual(te.encodeInto('\ud800\udc00x', u.subarray(1)), { read: 0, written: 0 });
assert.deepStrictEqual(te.encodeInto('ab', u.subarray(2)), { read: 2, written: 2 });
assert.deepStrictEqual([...u], [0, 0, 0x61, 0x62]);
assert.throws(() => te.encodeInto('a', []), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "dest" argument must be an instance of Uint8Array. Received an instance of Array',
});
assert.throws(() => TextEncoder.prototype.encode.call({}, 'a'), {
  code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type TextEncoder',
});
assert.deepStrictEqual(Object.keys(Object.getOwnPropertyDescriptors(TextEncoder.prototype)),
  ['constructor', 'encoding', 'encode', 'encodeInto']);
assert.deepStrictEqual(Object.keys(Object.getOwnPropertyDescriptors(TextDecoder.prototype)),
  ['constructor', 'decode', 'encoding', 'fatal', 'ignoreBOM']);
assert.strictEqual(Object.prototype.toString.call(te), '[object TextEncoder]');
assert.strictEqual(Object.prototype.toString.call(new TextDecoder()), '[object TextDecoder]');
assert.strictEqual(Object.prototype.propertyIsEnumerable.call(globalThis, 'TextEncoder'), false);
assert.strictEqual(require('util').TextEncoder ?? TextEncoder, TextEncoder);
