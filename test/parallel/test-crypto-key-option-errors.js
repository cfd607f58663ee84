'use strict';
// node's errors for key options: createPrivateKey/createPublicKey inputs, KeyObject
// types, generateKeyPair encodings; restricted RSA-PSS keys list the default digests.
require('../common');
const assert = require('assert');
const crypto = require('crypto');
const { KeyObject } = crypto;

const { publicKey, privateKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
const der = privateKey.export({ format: 'der', type: 'pkcs8' });
const invalid = (name, value) => ({ code: 'ERR_INVALID_ARG_VALUE', message: `The property '${name}' is invalid. Received ${value}` });

assert.throws(() => crypto.createPrivateKey({ key: der, format: 'der', type: 'spki' }), invalid('options.type', "'spki'"));
assert.throws(() => crypto.createPrivateKey({ key: der, format: 'foo' }), invalid('options.format', "'foo'"));
assert.throws(() => crypto.createPrivateKey({ key: 'x', passphrase: 5 }), invalid('options.passphrase', '5'));
assert.throws(() => crypto.createPublicKey(publicKey), {
  code: 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', message: 'Invalid key object type public, expected private.',
});
assert.throws(() => new KeyObject('wrong_type'), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'type' is invalid. Received 'wrong_type'",
});
assert.throws(() => privateKey.export({ format: 'jwk', passphrase: 'secret' }), {
  code: 'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', message: 'The selected key encoding jwk does not support encryption.',
});

const gen = (privateKeyEncoding) => crypto.generateKeyPairSync('rsa', {
  modulusLength: 512, publicKeyEncoding: { type: 'pkcs1', format: 'pem' }, privateKeyEncoding,
});
assert.throws(() => gen({ format: 'pem' }), invalid('options.privateKeyEncoding.type', 'undefined'));
assert.throws(() => gen({ type: 'pkcs8', format: 'foo' }), invalid('options.privateKeyEncoding.format', "'foo'"));
assert.throws(() => gen({ type: 'pkcs8', format: 'pem', cipher: 0 }), invalid('options.privateKeyEncoding.cipher', '0'));
assert.throws(() => gen({ type: 'pkcs8', format: 'pem', cipher: 'aes-128-cbc' }),
              invalid('options.privateKeyEncoding.passphrase', 'undefined'));
assert.throws(() => crypto.generateKeyPairSync('ec', { namedCurve: 'P-256', paramEncoding: 'other' }),
              invalid('options.paramEncoding', "'other'"));

// An RSASSA-PSS-params sequence of defaults: SHA-1 for both digests.
const pss = crypto.generateKeyPairSync('rsa-pss', { modulusLength: 512, hashAlgorithm: 'sha1', saltLength: 20 });
assert.deepStrictEqual(pss.publicKey.asymmetricKeyDetails, {
  modulusLength: 512, publicExponent: 65537n, hashAlgorithm: 'sha1', mgf1HashAlgorithm: 'sha1', saltLength: 20,
});
