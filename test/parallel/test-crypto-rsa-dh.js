'use strict';
// publicEncrypt/privateDecrypt (OAEP, with hash), privateEncrypt/publicDecrypt,
// diffieHellman over X25519 and EC keys, and ECDH.
require('../common');
const assert = require('assert');
const crypto = require('crypto');

const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
const msg = Buffer.from('hello');
assert.deepStrictEqual(crypto.privateDecrypt(privateKey, crypto.publicEncrypt(publicKey, msg)), msg);
assert.deepStrictEqual(crypto.publicDecrypt(publicKey, crypto.privateEncrypt(privateKey, msg)), msg);
const oaep = { oaepHash: 'sha256', oaepLabel: Buffer.from('label') };
assert.deepStrictEqual(
  crypto.privateDecrypt({ key: privateKey, ...oaep }, crypto.publicEncrypt({ key: publicKey, ...oaep }, msg)), msg);
assert.throws(() => crypto.privateDecrypt(privateKey, Buffer.alloc(128, 1)), { code: /^ERR_OSSL_RSA_/ });

for (const type of ['x25519', 'x448']) {
  const a = crypto.generateKeyPairSync(type);
  const b = crypto.generateKeyPairSync(type);
  const s1 = crypto.diffieHellman({ privateKey: a.privateKey, publicKey: b.publicKey });
  const s2 = crypto.diffieHellman({ privateKey: b.privateKey, publicKey: a.publicKey });
  assert.deepStrictEqual(s1, s2);
}
const e1 = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
const e2 = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
assert.strictEqual(crypto.diffieHellman({ privateKey: e1.privateKey, publicKey: e2.publicKey }).length, 32);

const alice = crypto.createECDH('prime256v1');
const bob = crypto.createECDH('prime256v1');
assert.strictEqual(alice.generateKeys().length, 65);
bob.generateKeys();
assert.deepStrictEqual(alice.computeSecret(bob.getPublicKey()), bob.computeSecret(alice.getPublicKey()));
assert.strictEqual(alice.getPublicKey('hex', 'compressed').length, 66);
assert.strictEqual(alice.getPrivateKey().length, 32);
assert.throws(() => crypto.createECDH('nope'), { code: 'ERR_CRYPTO_INVALID_CURVE', message: 'Invalid EC curve name' });
assert.throws(() => alice.computeSecret(Buffer.from([4, 1, 2])), {
  code: 'ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY', message: 'Public key is not valid for specified curve',
});
assert.ok(crypto.getCurves().includes('prime256v1'));
assert.ok(crypto.getCurves().includes('secp384r1'));
