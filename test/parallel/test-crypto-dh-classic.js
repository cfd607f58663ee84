'use strict';
// DiffieHellman (own prime), DiffieHellmanGroup (MODP groups), ECDH private keys
// and ECDH.convertKey, with node's errors.
require('../common');
const assert = require('assert');
const crypto = require('crypto');

const a = crypto.getDiffieHellman('modp14');
const b = crypto.createDiffieHellmanGroup('modp14');
a.generateKeys();
b.generateKeys();
assert.deepStrictEqual(a.computeSecret(b.getPublicKey()), b.computeSecret(a.getPublicKey()));
assert.strictEqual(a.getPrime().length, 256);
assert.strictEqual(a.getGenerator('hex'), '02');
assert.strictEqual(a.verifyError, 0);
// Unpadded, as node's: a key whose top byte is 0 (1 in 256) is shorter.
assert.ok(a.getPublicKey().length <= 256 && a.getPublicKey().length > 250);
assert.strictEqual(a.setPrivateKey, undefined);

const d = crypto.createDiffieHellman(a.getPrime(), a.getGenerator());
d.setPrivateKey(a.getPrivateKey());
assert.deepStrictEqual(d.generateKeys(), a.getPublicKey());
assert.strictEqual(d.verifyError, 0);
assert.strictEqual(d.computeSecret(b.getPublicKey('hex'), 'hex', 'hex'), a.computeSecret(b.getPublicKey()).toString('hex'));

assert.throws(() => crypto.getDiffieHellman('nope'), { code: 'ERR_CRYPTO_UNKNOWN_DH_GROUP', message: 'Unknown DH group' });
assert.throws(() => a.computeSecret(Buffer.from([1])), {
  code: 'ERR_CRYPTO_INVALID_KEYLEN', name: 'RangeError', message: 'Supplied key is too small',
});

const ec = crypto.createECDH('prime256v1');
ec.generateKeys();
const ec2 = crypto.createECDH('prime256v1');
ec2.setPrivateKey(ec.getPrivateKey());
assert.deepStrictEqual(ec2.getPublicKey(), ec.getPublicKey());
const compressed = crypto.ECDH.convertKey(ec.getPublicKey(), 'prime256v1', null, 'hex', 'compressed');
assert.strictEqual(compressed.length, 66);
assert.deepStrictEqual(crypto.ECDH.convertKey(compressed, 'prime256v1', 'hex'), ec.getPublicKey());
assert.throws(() => ec2.setPrivateKey(Buffer.alloc(32)), {
  code: 'ERR_CRYPTO_INVALID_KEYTYPE', name: 'RangeError', message: 'Private key is not valid for specified curve.',
});
assert.throws(() => crypto.ECDH.convertKey(Buffer.from([4, 1]), 'prime256v1'), {
  code: 'ERR_CRYPTO_OPERATION_FAILED', message: 'Failed to convert Buffer to EC_POINT',
});
