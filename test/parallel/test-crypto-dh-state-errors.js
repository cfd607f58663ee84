'use strict';
// DiffieHellman and ECDH argument and state errors as node reports them.
require('../common');
const assert = require('assert');
const crypto = require('crypto');

const modp5 = crypto.getDiffieHellman('modp5').getPrime();

// 'buffer' names the prime's encoding; the generator stays 2.
const a = crypto.createDiffieHellman(modp5, 'buffer');
assert.strictEqual(a.getGenerator('hex'), '02');
// A generator of 0 means the default, 2 (a fluke of history node keeps).
assert.strictEqual(crypto.createDiffieHellman(modp5, 0).getGenerator('hex'), '02');
for (const g of [1, -1, Buffer.from([]), Buffer.from([1])]) {
  assert.throws(() => crypto.createDiffieHellman('abcdef', 'hex', g), {
    code: 'ERR_OSSL_DH_BAD_GENERATOR', name: 'Error', message: /bad generator/,
  });
}
assert.throws(() => crypto.createDiffieHellman(1), { code: 'ERR_OSSL_DH_MODULUS_TOO_SMALL', message: /modulus too small/ });

// Keys read before they exist.
const b = crypto.createDiffieHellman(modp5);
assert.throws(() => b.getPublicKey(), {
  code: 'ERR_CRYPTO_INVALID_STATE', message: 'No public key - did you forget to generate one?',
});
assert.throws(() => b.getPrivateKey(), {
  code: 'ERR_CRYPTO_INVALID_STATE', message: 'No private key - did you forget to generate one?',
});
b.generateKeys();
const c = crypto.createDiffieHellman(modp5);
c.generateKeys();
assert.ok(b.computeSecret(c.getPublicKey()).equals(c.computeSecret(b.getPublicKey())));

// ECDH.setPublicKey works (deprecated in the docs only).
const e1 = crypto.createECDH('prime256v1');
e1.generateKeys();
const e2 = crypto.createECDH('prime256v1');
assert.throws(() => e2.getPrivateKey(), { code: 'ERR_CRYPTO_OPERATION_FAILED', message: 'Failed to get ECDH private key' });
e2.setPublicKey(e1.getPublicKey());
assert.strictEqual(e2.getPublicKey('hex'), e1.getPublicKey('hex'));
const other = crypto.createECDH('secp256k1');
other.generateKeys();
assert.throws(() => e2.setPublicKey(other.getPublicKey()), {
  code: 'ERR_CRYPTO_OPERATION_FAILED', message: 'Failed to convert Buffer to EC_POINT',
});
// A public key that is not the private key's own: the pair is refused.
const e3 = crypto.createECDH('prime256v1');
e3.generateKeys();
e3.setPublicKey(e1.getPublicKey());
assert.throws(() => e3.computeSecret(e1.getPublicKey()), { code: 'ERR_CRYPTO_INVALID_KEYPAIR', message: 'Invalid key pair' });
