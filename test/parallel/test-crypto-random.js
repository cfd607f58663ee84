'use strict';
// randomBytes / randomFill / randomInt / randomUUID / getRandomValues and their errors.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

assert.strictEqual(crypto.randomBytes(16).length, 16);
assert.strictEqual(crypto.randomBytes(0).length, 0);
crypto.randomBytes(8, common.mustSucceed((buf) => assert.strictEqual(buf.length, 8)));
assert.notDeepStrictEqual(crypto.randomBytes(16), crypto.randomBytes(16));

const buf = Buffer.alloc(10);
assert.strictEqual(crypto.randomFillSync(buf, 5, 2), buf);
assert.deepStrictEqual(buf.subarray(0, 5), Buffer.alloc(5));
assert.deepStrictEqual(buf.subarray(7), Buffer.alloc(3));
crypto.randomFill(new Uint32Array(4), common.mustSucceed((a) => assert.strictEqual(a.length, 4)));

for (let i = 0; i < 100; i++) {
  const n = crypto.randomInt(3, 7);
  assert.ok(Number.isInteger(n) && n >= 3 && n < 7);
}
assert.ok(crypto.randomInt(5) < 5);
crypto.randomInt(10, common.mustSucceed((n) => assert.ok(n >= 0 && n < 10)));

const uuid = crypto.randomUUID();
assert.match(uuid, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
assert.notStrictEqual(crypto.randomUUID(), uuid);

const values = crypto.getRandomValues(new Uint8Array(8));
assert.strictEqual(values.length, 8);
assert.strictEqual(globalThis.crypto.getRandomValues(new Int16Array(4)).length, 4);

assert.throws(() => crypto.randomBytes(-1), { code: 'ERR_OUT_OF_RANGE', name: 'RangeError' });
assert.throws(() => crypto.randomBytes('1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "size" argument must be of type number. Received type string (\'1\')',
});
assert.throws(() => crypto.randomFillSync(Buffer.alloc(4), 5), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.randomInt(5, 5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "max" is out of range. It must be greater than the value of "min" (5). Received 5',
});
assert.throws(() => crypto.randomInt(1.5), { code: 'ERR_INVALID_ARG_TYPE' });
