'use strict';
// checkPrime/generatePrime, sync and callback forms.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

assert.strictEqual(crypto.checkPrimeSync(7n), true);
assert.strictEqual(crypto.checkPrimeSync(8n), false);
assert.strictEqual(crypto.checkPrimeSync(Buffer.from([0xfb])), true);
crypto.checkPrime(2n ** 127n - 1n, common.mustSucceed((ok) => assert.strictEqual(ok, true)));
const p = crypto.generatePrimeSync(64, { bigint: true });
assert.strictEqual(typeof p, 'bigint');
assert.ok(p >= 2n ** 63n && p < 2n ** 64n);
assert.strictEqual(crypto.checkPrimeSync(p), true);
const ab = crypto.generatePrimeSync(32);
assert.ok(ab instanceof ArrayBuffer);
assert.strictEqual(ab.byteLength, 4);
crypto.generatePrime(48, { safe: true, bigint: true }, common.mustSucceed((q) => {
  assert.strictEqual(crypto.checkPrimeSync((q - 1n) / 2n), true);
}));
assert.throws(() => crypto.checkPrimeSync('7'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.generatePrimeSync(0), { code: 'ERR_OUT_OF_RANGE' });
