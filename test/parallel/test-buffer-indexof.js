'use strict';
// indexOf / lastIndexOf / includes with strings, buffers and numbers, node's
// offset rules, encodings (ucs2 matches only at even offsets) and errors.
require('../common');
const assert = require('assert');

const b = Buffer.from('abcdefabcdef');
assert.deepStrictEqual([b.indexOf('c'), b.indexOf('c', 3), b.indexOf('c', -4), b.lastIndexOf('c'),
  b.lastIndexOf('c', 5), b.lastIndexOf('c', -10), b.indexOf('')], [2, 8, 8, 8, 2, 2, 0]);
assert.deepStrictEqual([b.indexOf('', 5), b.indexOf('', 100), b.lastIndexOf(''),
  b.lastIndexOf('', 3), b.indexOf('x'), b.indexOf(99), b.indexOf(99 + 256), b.lastIndexOf(99)],
[5, 12, 12, 3, -1, 2, 2, 8]);
assert.deepStrictEqual([b.indexOf(Buffer.from('def')), b.lastIndexOf(Buffer.from('abc')),
  b.indexOf('YWJj', 'base64'), b.indexOf('6263', 'hex'), b.indexOf('6263', 0, 'hex'),
  b.includes('fab'), b.includes('zz')], [3, 6, 0, 1, 1, true, false]);
assert.deepStrictEqual([b.indexOf('c', NaN), b.lastIndexOf('c', NaN), b.indexOf('c', null),
  b.lastIndexOf('c', null), b.indexOf('c', {}), b.indexOf('c', 2.7)], [2, 8, 2, -1, 2, 2]);
assert.strictEqual(b.indexOf(new Uint8Array([0x66, 0x61])), 5);
assert.strictEqual(Buffer.alloc(0).indexOf('a'), -1);
assert.strictEqual(Buffer.from('aaa').indexOf('aaaa'), -1);
assert.strictEqual(Buffer.from('a€b').indexOf('€'), 1);

const u = Buffer.from('abcabc', 'ucs2');
assert.deepStrictEqual([u.indexOf('b', 'ucs2'), u.indexOf('ca', 'ucs2'), u.lastIndexOf('b', 'ucs2'),
  u.indexOf('b', 3, 'ucs2'), u.indexOf(Buffer.from([0, 0x63])), u.indexOf(Buffer.from([0, 0x63]), 0, 'ucs2')],
[2, 4, 8, 2, 3, -1]);

// Long haystacks go through memmem/memrchr.
const big = Buffer.alloc(1 << 20, 'x');
big.write('needle', 700000);
assert.strictEqual(big.indexOf('needle'), 700000);
assert.strictEqual(big.lastIndexOf('needle'), 700000);
assert.strictEqual(big.indexOf('needle', 700001), -1);
assert.strictEqual(big.lastIndexOf(0x6e), 700000);
assert.strictEqual(big.indexOf(0x64), 700003);

assert.throws(() => b.indexOf('c', 0, 'nope'), { code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: nope' });
assert.throws(() => b.indexOf('c', '2'), { code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: 2' });
assert.throws(() => b.indexOf({}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "value" argument must be one of type number or string or an instance of Buffer ' +
    'or Uint8Array. Received an instance of Object',
});
