'use strict';
// Sign/verify: node checks options, then the signature, then reads the key; Ed keys
// only sign through the one-shot functions; old spellings still work.
require('../common');
const assert = require('assert');
const crypto = require('crypto');

const rsa = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
const rsaPem = rsa.privateKey.export({ format: 'pem', type: 'pkcs1' });
const data = Buffer.from('data');

// A bad option or signature is reported even when the key would not parse.
assert.throws(() => crypto.sign('sha256', data, { key: 'not a key', dsaEncoding: 'foo' }), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.dsaEncoding' is invalid. Received 'foo'",
});
assert.throws(() => crypto.verify(null, data, 'not a key', 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "signature" argument must be an instance of Buffer, TypedArray, or DataView. Received type number (1)',
});
assert.throws(() => crypto.createVerify('sha256').verify('not a key', 1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.createVerify('sha256').verify({ key: rsaPem, padding: null }, ''), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.padding' is invalid. Received null",
});

// Ed25519 signs whole messages: not through Sign/Verify.
const ed = crypto.generateKeyPairSync('ed25519');
assert.throws(() => crypto.createSign('sha256').update('x').sign(ed.privateKey), {
  code: 'ERR_CRYPTO_UNSUPPORTED_OPERATION', message: 'Unsupported crypto operation',
});
const sig = crypto.sign(null, data, { key: ed.privateKey, context: new Uint8Array(0) });
assert.strictEqual(crypto.verify(null, data, ed.publicKey, sig), true);

// 'DSS1' is SHA-1; a key PEM may follow an EC PARAMETERS block.
assert.strictEqual(crypto.createHash('DSS1').update('x').digest('hex'),
                   crypto.createHash('sha1').update('x').digest('hex'));
const ec = crypto.generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const params = '-----BEGIN EC PARAMETERS-----\nBggqhkjOPQMBBw==\n-----END EC PARAMETERS-----\n';
const withParams = params + ec.privateKey.export({ format: 'pem', type: 'sec1' });
const ecSig = crypto.sign('sha256', data, withParams);
assert.strictEqual(crypto.verify('sha256', data, ec.publicKey, ecSig), true);

// RSA encryption: a public key PEM is read for privateDecrypt too (OpenSSL refuses
// the operation); an unknown OAEP digest is node's error; labels may be ArrayBuffers.
const publicPem = rsa.publicKey.export({ format: 'pem', type: 'spki' });
assert.throws(() => crypto.privateDecrypt({ key: publicPem, oaepHash: 'Hello world' }, Buffer.alloc(10)), {
  code: 'ERR_OSSL_EVP_INVALID_DIGEST', message: 'Invalid digest used',
});
assert.throws(() => crypto.privateDecrypt({ key: publicPem }, Buffer.alloc(10)), {
  code: 'ERR_OSSL_RSA_MISSING_PRIVATE_KEY',
});
assert.throws(() => crypto.privateDecrypt(rsa.publicKey, Buffer.alloc(10)), {
  code: 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE',
});
const label = new Uint8Array([1, 2, 3]).buffer;
const enc = crypto.publicEncrypt({ key: rsa.publicKey, oaepLabel: label }, data);
assert.ok(crypto.privateDecrypt({ key: rsa.privateKey, oaepLabel: label }, enc).equals(data));

// A wrong passphrase is the private key's bad decrypt, whichever function reads it.
// (About one time in 256 the wrongly decrypted bytes end in valid padding by chance,
// in node too, and OpenSSL's decoder then refuses them instead: also an error.)
const encrypted = rsa.privateKey.export({ format: 'pem', type: 'pkcs1', cipher: 'aes-128-cbc', passphrase: 'right' });
assert.throws(() => crypto.publicEncrypt({ key: encrypted, passphrase: 'wrong' }, data), {
  message: /bad decrypt|DECODER routines::unsupported/,
});
