'use strict';
// Wrong arguments to crypto functions give node's errors, in node's order: the
// arguments are checked before a key is read, hkdf names its byte types in its own
// order, and the errors node throws from C++ are plain ones with a code.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const bytes = 'string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView';
const keyTypes = 'string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, KeyObject, or CryptoKey';

// The key.key property: every key reader but createPrivateKey also takes key objects.
assert.throws(() => crypto.createPublicKey({}), {
  code: 'ERR_INVALID_ARG_TYPE', message: `The "key.key" property must be of type ${keyTypes}. Received undefined`,
});
assert.throws(() => crypto.publicEncrypt({ key: 1 }, Buffer.alloc(1)), {
  code: 'ERR_INVALID_ARG_TYPE', message: `The "key.key" property must be of type ${keyTypes}. Received type number (1)`,
});
assert.throws(() => crypto.createPrivateKey({}), {
  code: 'ERR_INVALID_ARG_TYPE', message: `The "key.key" property must be of type ${bytes}. Received undefined`,
});

// A null key fails where node destructures (or reads the options of) it.
for (const fn of [
  () => crypto.createPublicKey(null), () => crypto.createPrivateKey(null),
  () => crypto.publicEncrypt(null, 5), () => crypto.privateDecrypt(null, Buffer.alloc(1)),
  () => crypto.encapsulate(null),
]) {
  assert.throws(fn, { name: 'TypeError', message: "Cannot destructure property 'key' of 'key' as it is null." });
}
assert.throws(() => crypto.sign('sha256', Buffer.alloc(1), null), {
  code: 'ERR_CRYPTO_SIGN_KEY_REQUIRED', message: 'No key provided to sign',
});
assert.throws(() => crypto.verify('sha256', Buffer.alloc(1), null, Buffer.alloc(1)), {
  name: 'TypeError', message: "Cannot read properties of null (reading 'padding')",
});

// The data (and callback) are checked before the key is parsed.
for (const fn of ['publicEncrypt', 'privateDecrypt', 'privateEncrypt', 'publicDecrypt']) {
  assert.throws(() => crypto[fn]('not a key', 5), {
    code: 'ERR_INVALID_ARG_TYPE', message: `The "buffer" argument must be of type ${bytes}. Received type number (5)`,
  });
}
assert.throws(() => crypto.encapsulate('not a key', 5), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "callback" argument must be of type function. Received type number (5)',
});
assert.throws(() => crypto.decapsulate('not a key', 5), {
  code: 'ERR_INVALID_ARG_TYPE', message: `The "ciphertext" argument must be of type ${bytes}. Received type number (5)`,
});
assert.throws(() => crypto.decapsulate(), {
  code: 'ERR_INVALID_ARG_TYPE', message: `The "key" argument must be of type ${keyTypes}. Received undefined`,
});
assert.throws(() => crypto.decapsulate({}, 5), {
  code: 'ERR_INVALID_ARG_TYPE', message: `The "key.key" property must be of type ${keyTypes}. Received undefined`,
});
assert.throws(() => crypto.publicEncrypt(5, 5), {
  code: 'ERR_INVALID_ARG_TYPE', message: `The "key" argument must be of type ${keyTypes}. Received type number (5)`,
});
assert.throws(() => crypto.encapsulate({}, 5), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "callback" argument must be of type function. Received type number (5)',
});
assert.throws(() => crypto.decapsulate('not a key', 'x', 'y'), {
  code: 'ERR_INVALID_ARG_TYPE', message: "The \"callback\" argument must be of type function. Received type string ('y')",
});

// hkdf's salt and info.
const hkdfBytes = 'string or an instance of ArrayBuffer, TypedArray, DataView, or Buffer';
assert.throws(() => crypto.hkdfSync('sha256', 'k', 5, 'i', 10), {
  code: 'ERR_INVALID_ARG_TYPE', message: `The "salt" argument must be of type ${hkdfBytes}. Received type number (5)`,
});
assert.throws(() => crypto.hkdf('sha256', 'k', 's', 5, 10, common.mustNotCall()), {
  code: 'ERR_INVALID_ARG_TYPE', message: `The "info" argument must be of type ${hkdfBytes}. Received type number (5)`,
});

// crypto.hash's options and output encoding.
assert.throws(() => crypto.hash('sha1', 'x', 'zz'), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'outputEncoding' is invalid. Received 'zz'",
});
assert.throws(() => crypto.hash('sha1', 'x', 5), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "options" argument must be of type object. Received type number (5)',
});
assert.throws(() => crypto.hash('sha1', 'x', null), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "options" argument must be of type object. Received null',
});

// Diffie-Hellman: node's own words, on plain errors with a code.
for (const fn of [() => crypto.getDiffieHellman(5), () => crypto.createDiffieHellmanGroup({})]) {
  assert.throws(fn, (err) => {
    assert.strictEqual(err.name, 'TypeError');
    assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
    assert.strictEqual(String(err), 'TypeError: Group name must be a string');
    return true;
  });
}
for (const bits of [2, 42, 511]) {
  assert.throws(() => crypto.createDiffieHellman(bits), (err) => {
    assert.strictEqual(err.code, 'ERR_INVALID_ARG_VALUE');
    assert.strictEqual(String(err), 'TypeError: Invalid DH parameters');
    return true;
  });
}
// verifyError reports a modulus under 512 bits (DH_MODULUS_TOO_SMALL, 0x80).
assert.strictEqual(crypto.createDiffieHellman(Buffer.from([5])).verifyError, 0x80);
assert.strictEqual(crypto.createDiffieHellman(Buffer.from([1, 2, 3])).verifyError, 0x81);
