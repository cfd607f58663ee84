'use strict';
// concat, slice/subarray views, swap16/32/64, toJSON and iteration.
require('../common');
const assert = require('assert');

const hex = (x) => x.toString('hex');
assert.strictEqual(hex(Buffer.concat([Buffer.from('ab'), new Uint8Array([99])])), '616263');
assert.strictEqual(hex(Buffer.concat([Buffer.from('ab'), Buffer.from('cd')], 3)), '616263');
assert.strictEqual(hex(Buffer.concat([Buffer.from('ab')], 5)), '6162000000');
assert.strictEqual(Buffer.concat([]).length, 0);
const pieces = Array.from({ length: 1000 }, (_, i) => Buffer.from([i & 255]));
const all = Buffer.concat(pieces);
assert.strictEqual(all.length, 1000);
assert.strictEqual(all[999], 999 & 255);
assert.throws(() => Buffer.concat([1]), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "list[0]" argument must be an instance of Buffer or Uint8Array. Received type number (1)',
});
assert.throws(() => Buffer.concat('x'), {
  message: 'The "list" argument must be an instance of Array. Received type string (\'x\')',
});
assert.throws(() => Buffer.concat([Buffer.from('ab')], -1), { code: 'ERR_OUT_OF_RANGE' });

const h = Buffer.from('hello');
assert.strictEqual(h.slice(1, 3).toString(), 'el');
assert.strictEqual(h.slice(-2).toString(), 'lo');
assert.strictEqual(h.subarray(1).toString(), 'ello');
assert.strictEqual(h.slice(3, 1).length, 0);
assert.strictEqual(h.slice('1', '3').toString(), 'el');
assert.strictEqual(h.slice(1.5).toString(), 'ello');
const s = h.slice(1);
s[0] = 65;
assert.strictEqual(h.toString(), 'hAllo');
assert.ok(s instanceof Buffer);
assert.strictEqual(s.parent, h.buffer);
assert.strictEqual(s.offset - h.offset, 1);

assert.strictEqual(hex(Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap16()), '0201040306050807');
assert.strictEqual(hex(Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap32()), '0403020108070605');
assert.strictEqual(hex(Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap64()), '0807060504030201');
const long = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
assert.strictEqual(hex(long.swap64().subarray(0, 16)), '07060504030201000f0e0d0c0b0a0908');
assert.strictEqual(hex(long.swap64().swap16().subarray(250)), 'fbfafdfcfffe');
for (const [fn, bits] of [['swap16', 16], ['swap32', 32], ['swap64', 64]]) {
  assert.throws(() => Buffer.alloc(3)[fn](), {
    code: 'ERR_INVALID_BUFFER_SIZE', name: 'RangeError', message: `Buffer size must be a multiple of ${bits}-bits`,
  });
}

assert.strictEqual(JSON.stringify(Buffer.from('ab')), '{"type":"Buffer","data":[97,98]}');
assert.strictEqual(JSON.stringify(Buffer.alloc(0)), '{"type":"Buffer","data":[]}');
assert.deepStrictEqual(Buffer.from(JSON.parse(JSON.stringify(Buffer.from('xy')))), Buffer.from('xy'));
assert.deepStrictEqual([...Buffer.from('ab').entries()], [[0, 97], [1, 98]]);
assert.deepStrictEqual([...Buffer.from('ab').keys()], [0, 1]);
assert.deepStrictEqual([...Buffer.from('ab').values()], [97, 98]);
assert.deepStrictEqual([...Buffer.from('ab')], [97, 98]);
assert.strictEqual(Buffer.from('ab').toLocaleString(), 'ab');
assert.strictEqual(Buffer.prototype.toLocaleString, Buffer.prototype.toString);
