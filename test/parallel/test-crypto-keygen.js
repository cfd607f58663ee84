'use strict';
// generateKeyPair/Sync for each key type, encodings, the async form on the thread
// pool, generateKey for secrets, and option errors.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const pss = crypto.generateKeyPairSync('rsa-pss', {
  modulusLength: 1024, hashAlgorithm: 'sha256', mgf1HashAlgorithm: 'sha256', saltLength: 16,
});
assert.strictEqual(pss.publicKey.asymmetricKeyType, 'rsa-pss');
assert.deepStrictEqual(pss.publicKey.asymmetricKeyDetails, {
  modulusLength: 1024, publicExponent: 65537n, hashAlgorithm: 'sha256', mgf1HashAlgorithm: 'sha256', saltLength: 16,
});
for (const type of ['ed25519', 'ed448', 'x25519', 'x448']) {
  const { publicKey, privateKey } = crypto.generateKeyPairSync(type);
  assert.strictEqual(publicKey.asymmetricKeyType, type);
  assert.strictEqual(privateKey.type, 'private');
}
assert.strictEqual(crypto.generateKeyPairSync('dh', { group: 'modp14' }).privateKey.asymmetricKeyType, 'dh');
assert.deepStrictEqual(crypto.generateKeyPairSync('rsa', { modulusLength: 1024, publicExponent: 3 })
  .publicKey.asymmetricKeyDetails, { modulusLength: 1024, publicExponent: 3n });

const pem = crypto.generateKeyPairSync('ec', {
  namedCurve: 'secp256k1',
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'sec1', format: 'der' },
});
assert.match(pem.publicKey, /^-----BEGIN PUBLIC KEY-----/);
assert.ok(Buffer.isBuffer(pem.privateKey));

crypto.generateKeyPair('ec', { namedCurve: 'P-384' }, common.mustSucceed((publicKey, privateKey) => {
  assert.deepStrictEqual(publicKey.asymmetricKeyDetails, { namedCurve: 'secp384r1' });
  assert.strictEqual(privateKey.type, 'private');
}));
crypto.generateKeyPair('rsa', {
  modulusLength: 1024,
  publicKeyEncoding: { type: 'pkcs1', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs8', format: 'pem', cipher: 'aes-128-cbc', passphrase: 'pw' },
}, common.mustSucceed((publicKey, privateKey) => {
  assert.match(publicKey, /^-----BEGIN RSA PUBLIC KEY-----/);
  assert.match(privateKey, /^-----BEGIN ENCRYPTED PRIVATE KEY-----/);
}));

const hmac = crypto.generateKeySync('hmac', { length: 64 });
assert.strictEqual(hmac.symmetricKeySize, 8);
crypto.generateKey('aes', { length: 256 }, common.mustSucceed((key) => assert.strictEqual(key.symmetricKeySize, 32)));

assert.throws(() => crypto.generateKeyPairSync('foo'), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'type' must be a supported key type. Received 'foo'",
});
assert.throws(() => crypto.generateKeyPairSync('rsa', {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.modulusLength" property must be of type number. Received undefined',
});
assert.throws(() => crypto.generateKeyPairSync('ec', { namedCurve: 'nope' }), {
  code: 'ERR_CRYPTO_INVALID_CURVE', name: 'TypeError', message: 'Invalid EC curve name',
});
assert.throws(() => crypto.generateKeyPair('ec', { namedCurve: 'P-256' }), { code: 'ERR_INVALID_ARG_TYPE' });
