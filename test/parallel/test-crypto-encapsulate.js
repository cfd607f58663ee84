'use strict';
// crypto.encapsulate/decapsulate with RSA keys (RSASVE, OpenSSL 3.0 and later):
// sync and callback forms, and node's errors. Argon2 needs OpenSSL 3.2.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
const { sharedKey, ciphertext } = crypto.encapsulate(publicKey);
assert.ok(Buffer.isBuffer(sharedKey));
assert.strictEqual(sharedKey.length, 128);
assert.strictEqual(ciphertext.length, 128);
assert.ok(crypto.decapsulate(privateKey, ciphertext).equals(sharedKey));
assert.ok(crypto.decapsulate(privateKey.export({ format: 'pem', type: 'pkcs8' }), ciphertext).equals(sharedKey));

crypto.encapsulate(publicKey, common.mustSucceed((r) => {
  crypto.decapsulate(privateKey, r.ciphertext, common.mustSucceed((key) => {
    assert.ok(key.equals(r.sharedKey));
  }));
}));

assert.throws(() => crypto.encapsulate(), { code: 'ERR_INVALID_ARG_TYPE', message: /The "key" argument must be of type/ });
assert.throws(() => crypto.decapsulate(privateKey, null), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "ciphertext" argument must be of type string or an instance of ArrayBuffer, Buffer, ' +
    'TypedArray, or DataView. Received null',
});
assert.throws(() => crypto.encapsulate(publicKey, 5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.decapsulate(privateKey, Buffer.alloc(5)), {
  code: 'ERR_CRYPTO_OPERATION_FAILED', message: 'Failed to perform decapsulation',
});
crypto.decapsulate(privateKey, Buffer.alloc(5), common.mustCall((err) => {
  assert.strictEqual(err.message, 'Deriving bits failed');
}));

const [major, minor] = process.versions.openssl.split('.').map(Number);
if (major === 3 && minor < 2) {
  assert.throws(() => crypto.argon2(), { code: 'ERR_CRYPTO_ARGON2_NOT_SUPPORTED', message: 'Argon2 algorithm not supported' });
}
