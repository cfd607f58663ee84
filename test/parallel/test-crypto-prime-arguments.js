'use strict';
// generatePrime/checkPrime check their arguments before the callback forms start,
// and refuse add/rem values no prime can meet.
const common = require('../common');
const assert = require('assert');
const { generatePrime, generatePrimeSync, checkPrime, checkPrimeSync } = require('crypto');

assert.throws(() => generatePrime(80, 'hello', common.mustNotCall()), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => generatePrime(8, { safe: 1 }, common.mustNotCall()), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => generatePrime(20, { add: -1n }, common.mustNotCall()), {
  code: 'ERR_OUT_OF_RANGE', message: 'The value of "options.add" is out of range. It must be >= 0. Received -1n',
});
assert.throws(() => checkPrime(-1n, common.mustNotCall()), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => checkPrime(2n, { checks: 'a' }, common.mustNotCall()), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => generatePrimeSync(64, { add: 2n ** 65n }), { code: 'ERR_OUT_OF_RANGE', message: 'invalid options.add' });
assert.throws(() => generatePrimeSync(64, { add: 7n, rem: 7n }), { code: 'ERR_OUT_OF_RANGE', message: 'invalid options.rem' });
assert.strictEqual(generatePrimeSync(4, { add: 15n, rem: 13n, bigint: true }), 13n);

generatePrime(32, { bigint: true }, common.mustSucceed((p) => {
  assert.strictEqual(checkPrimeSync(p), true);
}));
checkPrime(Buffer.from([7]), common.mustSucceed((r) => assert.strictEqual(r, true)));
