'use strict';
// KeyObject: secret keys, PEM/DER/JWK import and export round trips, details,
// equals, encrypted private keys and node's errors for malformed input.
require('../common');
const assert = require('assert');
const crypto = require('crypto');

const secret = crypto.createSecretKey(Buffer.from('abc'));
assert.strictEqual(secret.type, 'secret');
assert.strictEqual(secret.symmetricKeySize, 3);
assert.deepStrictEqual(secret.export(), Buffer.from('abc'));
assert.deepStrictEqual(secret.export({ format: 'jwk' }), { kty: 'oct', k: 'YWJj' });
assert.strictEqual(secret.equals(crypto.createSecretKey('abc', 'utf8')), true);
assert.strictEqual(secret.equals(crypto.createSecretKey(Buffer.from('abd'))), false);
assert.ok(secret instanceof crypto.KeyObject);

const rsa = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
const ec = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
const ed = crypto.generateKeyPairSync('ed25519');

assert.strictEqual(rsa.publicKey.type, 'public');
assert.strictEqual(rsa.privateKey.type, 'private');
assert.strictEqual(rsa.privateKey.asymmetricKeyType, 'rsa');
assert.deepStrictEqual(rsa.publicKey.asymmetricKeyDetails, { modulusLength: 1024, publicExponent: 65537n });
assert.deepStrictEqual(ec.publicKey.asymmetricKeyDetails, { namedCurve: 'prime256v1' });
assert.strictEqual(ed.publicKey.asymmetricKeyType, 'ed25519');
assert.deepStrictEqual(ed.publicKey.asymmetricKeyDetails, {});

// PEM and DER round trips.
for (const { publicKey, privateKey } of [rsa, ec, ed]) {
  const spki = publicKey.export({ type: 'spki', format: 'pem' });
  assert.match(spki, /^-----BEGIN PUBLIC KEY-----\n/);
  assert.ok(crypto.createPublicKey(spki).equals(publicKey));
  const der = publicKey.export({ type: 'spki', format: 'der' });
  assert.ok(Buffer.isBuffer(der));
  assert.ok(crypto.createPublicKey({ key: der, format: 'der', type: 'spki' }).equals(publicKey));
  const pkcs8 = privateKey.export({ type: 'pkcs8', format: 'pem' });
  assert.match(pkcs8, /^-----BEGIN PRIVATE KEY-----\n/);
  assert.ok(crypto.createPrivateKey(pkcs8).equals(privateKey));
  assert.ok(crypto.createPublicKey(pkcs8).equals(publicKey));
  assert.strictEqual(crypto.createPublicKey(privateKey).type, 'public');
  const jwk = privateKey.export({ format: 'jwk' });
  assert.ok(crypto.createPrivateKey({ key: jwk, format: 'jwk' }).equals(privateKey));
  assert.ok(crypto.createPublicKey({ key: publicKey.export({ format: 'jwk' }), format: 'jwk' }).equals(publicKey));
}
assert.match(rsa.publicKey.export({ type: 'pkcs1', format: 'pem' }), /^-----BEGIN RSA PUBLIC KEY-----\n/);
assert.match(rsa.privateKey.export({ type: 'pkcs1', format: 'pem' }), /^-----BEGIN RSA PRIVATE KEY-----\n/);
assert.match(ec.privateKey.export({ type: 'sec1', format: 'pem' }), /^-----BEGIN EC PRIVATE KEY-----\n/);
assert.deepStrictEqual(Object.keys(rsa.privateKey.export({ format: 'jwk' })),
                       ['kty', 'n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi']);
assert.deepStrictEqual(Object.keys(ec.privateKey.export({ format: 'jwk' })), ['kty', 'x', 'y', 'crv', 'd']);
assert.strictEqual(ec.publicKey.export({ format: 'jwk' }).crv, 'P-256');
assert.deepStrictEqual(Object.keys(ed.privateKey.export({ format: 'jwk' })), ['crv', 'd', 'x', 'kty']);

// Encrypted private keys.
const enc = rsa.privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pw' });
assert.match(enc, /^-----BEGIN ENCRYPTED PRIVATE KEY-----\n/);
assert.ok(crypto.createPrivateKey({ key: enc, passphrase: 'pw' }).equals(rsa.privateKey));
assert.throws(() => crypto.createPrivateKey(enc), {
  code: 'ERR_OSSL_CRYPTO_INTERRUPTED_OR_CANCELLED',
  message: 'error:07880109:common libcrypto routines::interrupted or cancelled',
});
assert.throws(() => crypto.createPrivateKey({ key: enc, passphrase: 'bad' }), /^Error: error:/);

// equals() across types.
assert.strictEqual(rsa.privateKey.equals(rsa.publicKey), false);
assert.strictEqual(rsa.publicKey.equals(ec.publicKey), false);
assert.throws(() => rsa.privateKey.equals(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "otherKeyObject" argument must be an instance of KeyObject. Received type number (1)',
});

// Malformed keys give OpenSSL's decoder error, no crash.
for (const bad of ['garbage', '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n', Buffer.from('3003020100', 'hex')]) {
  // (node can report an error left over from an earlier call here, so only the
  // shape is pinned.)
  assert.throws(() => crypto.createPrivateKey(bad), { name: 'Error', code: /^ERR_OSSL_/, message: /^error:/ });
  assert.throws(() => crypto.createPublicKey(bad), { name: 'Error', code: /^ERR_OSSL_/ });
}
assert.throws(() => crypto.createPublicKey({ key: { kty: 'EC', crv: 'P-256', x: 'AAAA', y: 'AAAA' }, format: 'jwk' }), {
  code: 'ERR_CRYPTO_INVALID_JWK', name: 'TypeError',
});
assert.throws(() => crypto.createPrivateKey({ key: { kty: 'foo' }, format: 'jwk' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  // 'AKP' (ML-DSA) is listed only with OpenSSL 3.5 and later.
  message: /^The property 'key\.kty' must be one of: 'RSA', 'EC', 'OKP'(, 'AKP')?\. Received 'foo'$/,
});

// Export option errors.
assert.throws(() => rsa.publicKey.export(), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "options" argument must be of type object. Received undefined',
});
assert.throws(() => rsa.publicKey.export({ format: 'der' }), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.type' is invalid. Received undefined",
});
assert.throws(() => ec.privateKey.export({ format: 'pem', type: 'pkcs1' }), {
  code: 'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', message: 'The selected key encoding pkcs1 can only be used for RSA keys.',
});
assert.throws(() => ec.privateKey.export({ format: 'der', type: 'sec1', cipher: 'aes-128-cbc', passphrase: 'x' }), {
  code: 'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', message: 'The selected key encoding sec1 does not support encryption.',
});
assert.throws(() => crypto.createSecretKey(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "key" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView. Received type number (1)',
});
assert.throws(() => crypto.createPrivateKey(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "key" argument must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView. Received type number (1)',
});
