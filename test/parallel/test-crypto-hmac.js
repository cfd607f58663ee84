'use strict';
// createHmac: RFC 4231 vectors, key types, digest twice and node's errors.
require('../common');
const assert = require('assert');
const crypto = require('crypto');

const expected = '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843';
assert.strictEqual(crypto.createHmac('sha256', 'Jefe').update('what do ya want for nothing?').digest('hex'), expected);
assert.strictEqual(crypto.createHmac('sha256', Buffer.from('Jefe')).update('what do ya want ')
  .update('for nothing?').digest('hex'), expected);
assert.strictEqual(crypto.createHmac('sha256', crypto.createSecretKey(Buffer.from('Jefe')))
  .update('what do ya want for nothing?').digest('hex'), expected);
// An empty key is legal.
assert.strictEqual(crypto.createHmac('sha1', '').update('').digest('hex'), 'fbdb1d1b18aa6c08324b7d64b71fb76370690e1d');

// A second digest() returns an empty result.
const h = crypto.createHmac('sha1', 'k');
h.digest();
assert.strictEqual(h.digest('hex'), '');

assert.throws(() => crypto.createHmac('nope', 'k'), {
  code: 'ERR_CRYPTO_INVALID_DIGEST', name: 'TypeError', message: 'Invalid digest: nope',
});
assert.throws(() => crypto.createHmac('sha1', 1), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => crypto.createHmac(1, 'k'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "hmac" argument must be of type string. Received type number (1)',
});
