'use strict';
// Buffer.concat copies pieces of every kind of Uint8Array (small and large ones
// never asked for their buffer, pool slices, views over resizable buffers),
// truncates to the requested length, zero-fills past the pieces, and still
// rejects a bad piece after the result is full, as node does.
require('../common');
const assert = require('node:assert');

const a = Buffer.from('0102', 'hex');
const b = Buffer.from('030405', 'hex');
const small = new Uint8Array([6, 7]);
const large = new Uint8Array(5000).fill(9);
const ab = new ArrayBuffer(4, { maxByteLength: 8 });
const resizable = new Uint8Array(ab);
resizable.set([10, 11, 12, 13]);

assert.strictEqual(Buffer.concat([a, small, b]).toString('hex'), '010206070304' + '05');
const all = Buffer.concat([a, large, resizable, b]);
assert.strictEqual(all.length, 2 + 5000 + 4 + 3);
assert.strictEqual(all.subarray(0, 3).toString('hex'), '010209');
assert.strictEqual(all.subarray(5001).toString('hex'), '090a0b0c0d030405');
assert.strictEqual(Buffer.concat([a, resizable, b], 5).toString('hex'), '01020a0b0c');
assert.strictEqual(Buffer.concat([a, b], 3).toString('hex'), '010203');
assert.strictEqual(Buffer.concat([a, b], 7).toString('hex'), '01020304050000');
assert.strictEqual(Buffer.concat([a, b], 0).length, 0);

assert.throws(() => Buffer.concat([a, b, 'x'], 2), { code: 'ERR_INVALID_ARG_TYPE', message: /list\[2\]/ });
assert.throws(() => Buffer.concat([a, new Uint16Array(2)]), { code: 'ERR_INVALID_ARG_TYPE', message: /list\[1\]/ });

// Thousands of pieces, and a bad one deep in the list.
const many = [];
for (let i = 0; i < 10000; i++) many.push(Buffer.from([i & 255, i >> 8]));
const joined = Buffer.concat(many);
assert.strictEqual(joined.length, 20000);
for (let i = 0; i < 10000; i++) {
  assert.strictEqual(joined[2 * i], i & 255);
  assert.strictEqual(joined[2 * i + 1], i >> 8);
}
assert.strictEqual(Buffer.concat(many, 12345)[12344], 6172 & 255);
many[9000] = 5;
assert.throws(() => Buffer.concat(many), { code: 'ERR_INVALID_ARG_TYPE', message: /list\[9000\]/ });

// A piece viewing pool memory the result is then cut from.
const pooled = Buffer.allocUnsafe(8);
const whole = new Uint8Array(pooled.buffer).fill(7);
assert.strictEqual(Buffer.concat([whole.subarray(0, 4), Buffer.from([1])]).toString('hex'), '0707070701');

// Large results hold exactly the pieces.
const big = Buffer.concat([Buffer.alloc(70000, 1), Buffer.alloc(30000, 2)]);
assert.strictEqual(big.length, 100000);
assert.strictEqual(big.indexOf(0), -1);
assert.strictEqual(big[69999], 1);
assert.strictEqual(big[70000], 2);
// Buffer.alloc stays zeroed at every size.
for (const n of [10, 5000, 9000, 200000]) assert.strictEqual(Buffer.alloc(n).indexOf(1), -1);
