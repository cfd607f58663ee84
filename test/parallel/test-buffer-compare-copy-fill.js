'use strict';
// compare / equals / copy / fill with node's ranges and errors.
require('../common');
const assert = require('assert');

const B = (s) => Buffer.from(s);
assert.deepStrictEqual([Buffer.compare(B('a'), B('b')), Buffer.compare(B('b'), B('a')),
  Buffer.compare(B('a'), B('ab')), Buffer.compare(Buffer.alloc(0), Buffer.alloc(0))], [-1, 1, -1, 0]);
assert.throws(() => Buffer.compare('a', Buffer.alloc(1)), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buf1" argument must be an instance of Buffer or Uint8Array. Received type string (\'a\')',
});
const b = B('abcdefabcdef');
assert.deepStrictEqual([b.compare(b, 0, 3, 0, 3), b.compare(B('abc'), 0, 3, 6, 9), b.compare(B('b'), 0),
  b.compare(B('xyz'), 1, 1), b.compare(B('xyz'), 5, 3)], [0, 0, -1, 1, 1]);
assert.throws(() => b.compare(b, -1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "targetStart" is out of range. It must be >= 0 && <= 9007199254740991. Received -1',
});
assert.throws(() => b.compare(b, 0, 13), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => b.compare(5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.deepStrictEqual([b.equals(B('abcdefabcdef')), b.equals(new Uint8Array(12)), b.equals(b)], [true, false, true]);
assert.throws(() => b.equals('x'), {
  message: 'The "otherBuffer" argument must be an instance of Buffer or Uint8Array. Received type string (\'x\')',
});

const c = Buffer.alloc(6);
assert.strictEqual(b.copy(c), 6);
assert.strictEqual(c.toString(), 'abcdef');
assert.strictEqual(b.copy(c, 4), 2);
assert.strictEqual(c.toString(), 'abcdab');
assert.strictEqual(b.copy(c, 0, 10), 2);
assert.strictEqual(c.toString(), 'efcdab');
assert.strictEqual(b.copy(c, 0, 2, 4), 2);
assert.strictEqual(c.toString(), 'cdcdab');
assert.deepStrictEqual([b.copy(c, 100), b.copy(c, 0, 5, 2), b.copy(c, 1.5, '1')], [0, 0, 5]);
assert.throws(() => b.copy(c, 0, 13), {
  message: 'The value of "sourceStart" is out of range. It must be >= 0 && <= 12. Received 13',
});
assert.throws(() => b.copy(c, -1), { message: 'The value of "targetStart" is out of range. It must be >= 0. Received -1' });
assert.throws(() => b.copy(c, 0, 0, -1), { message: 'The value of "sourceEnd" is out of range. It must be >= 0. Received -1' });
// Overlapping copies within one buffer.
const o = B('123456');
o.copy(o, 2, 0, 4);
assert.strictEqual(o.toString(), '121234');

const hex = (x) => x.toString('hex');
assert.strictEqual(hex(Buffer.alloc(6).fill('abc', 1)), '006162636162');
assert.strictEqual(hex(Buffer.alloc(6).fill('abc', 1, 3)), '006162000000');
assert.strictEqual(hex(Buffer.alloc(6).fill('6162', 'hex')), '616261626162');
assert.strictEqual(hex(Buffer.alloc(6).fill('6162', 2, 'hex')), '000061626162');
assert.strictEqual(hex(Buffer.alloc(6).fill(true)), '010101010101');
assert.strictEqual(hex(Buffer.alloc(4).fill(-1)), 'ffffffff');
assert.strictEqual(hex(Buffer.alloc(4).fill(1.7)), '01010101');
assert.strictEqual(hex(Buffer.alloc(4).fill('a', 3, 1)), '00000000');
assert.strictEqual(hex(Buffer.alloc(5).fill(new Uint16Array([0x0201]))), '0102010201');
assert.throws(() => Buffer.alloc(4).fill('a', 0, 5), {
  message: 'The value of "end" is out of range. It must be >= 0 && <= 4. Received 5',
});
assert.throws(() => Buffer.alloc(4).fill('a', 1, 'nope'), { code: 'ERR_UNKNOWN_ENCODING' });
assert.throws(() => Buffer.alloc(4).fill('zz', 'hex'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => Buffer.alloc(4).fill(Buffer.alloc(0)), { code: 'ERR_INVALID_ARG_VALUE' });
