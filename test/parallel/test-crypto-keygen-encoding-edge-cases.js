'use strict';
// Key encodings: an encrypted PKCS#8 DER needs a passphrase, an empty passphrase is
// a passphrase, EC keys are named-curve unless asked otherwise; pss digests checked.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const { privateKey } = crypto.generateKeyPairSync('rsa', {
  modulusLength: 1024,
  privateKeyEncoding: { type: 'pkcs8', format: 'der', cipher: 'aes-128-cbc', passphrase: 'secret' },
});
assert.throws(() => crypto.createPrivateKey({ key: privateKey, format: 'der', type: 'pkcs8' }), {
  name: 'TypeError', code: 'ERR_MISSING_PASSPHRASE', message: 'Passphrase required for encrypted key',
});
assert.strictEqual(crypto.createPrivateKey({ key: privateKey, format: 'der', type: 'pkcs8', passphrase: 'secret' })
  .asymmetricKeyType, 'rsa');

for (const type of ['pkcs1', 'pkcs8']) {
  const pem = crypto.generateKeyPairSync('rsa', {
    modulusLength: 1024,
    privateKeyEncoding: { type, format: 'pem', cipher: 'aes-256-cbc', passphrase: '' },
  }).privateKey;
  assert.strictEqual(crypto.createPrivateKey({ key: pem, passphrase: '' }).asymmetricKeyType, 'rsa');
}

const named = crypto.generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const explicit = crypto.generateKeyPairSync('ec', { namedCurve: 'prime256v1', paramEncoding: 'explicit' });
const spki = (k) => k.publicKey.export({ format: 'der', type: 'spki' }).length;
assert.strictEqual(spki(named), 91);
assert.ok(spki(explicit) > 200);

assert.throws(() => crypto.generateKeyPairSync('rsa-pss', { modulusLength: 512, hashAlgorithm: 'sha2' }), {
  name: 'TypeError', code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest: sha2',
});
assert.throws(() => crypto.generateKeyPairSync('rsa-pss', { modulusLength: 512, mgf1HashAlgorithm: 'sha2' }), {
  name: 'TypeError', code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid MGF1 digest: sha2',
});
// An encoding export would refuse is refused before generating.
assert.throws(() => crypto.generateKeyPairSync('ec', {
  namedCurve: 'prime256v1', publicKeyEncoding: { type: 'pkcs1', format: 'pem' },
}), { code: 'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', message: 'The selected key encoding pkcs1 can only be used for RSA keys.' });
assert.throws(() => named.privateKey.export({ format: 'pem', type: 'pkcs8', passphrase: 'x' }), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.cipher' is invalid. Received undefined",
});
// OpenSSL's own refusal reaches the callback.
crypto.generateKeyPair('rsa', { modulusLength: 512, publicExponent: 1 }, common.mustCall((err) => {
  assert.match(err.message, /exponent/);
}));
