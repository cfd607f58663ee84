'use strict';
// Deep equality compares KeyObjects by key material, and CryptoKeys by material,
// algorithm, usages and extractability.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');
const { subtle } = globalThis.crypto;

assert.deepStrictEqual(crypto.createSecretKey(Buffer.alloc(2, 7)), crypto.createSecretKey(Buffer.alloc(2, 7)));
assert.notDeepStrictEqual(crypto.createSecretKey(Buffer.alloc(1, 0)), crypto.createSecretKey(Buffer.alloc(1, 1)));
assert.notDeepEqual(crypto.createSecretKey(Buffer.alloc(1, 0)), crypto.createSecretKey(Buffer.alloc(1, 1)));
assert.throws(() => assert.partialDeepStrictEqual(crypto.createSecretKey(Buffer.alloc(1, 0)),
                                                  crypto.createSecretKey(Buffer.alloc(1, 1))));

const hmac = (bytes, hash, extractable, usages) =>
  subtle.importKey('raw', Buffer.from(bytes), { name: 'HMAC', hash }, extractable, usages);
(async () => {
  assert.deepStrictEqual(await hmac([1], 'SHA-256', true, ['sign']), await hmac([1], 'SHA-256', true, ['sign']));
  assert.notDeepStrictEqual(await hmac([1], 'SHA-256', true, ['sign']), await hmac([2], 'SHA-256', true, ['sign']));
  assert.notDeepStrictEqual(await hmac([1], 'SHA-256', true, ['sign']), await hmac([1], 'SHA-384', true, ['sign']));
  assert.notDeepStrictEqual(await hmac([1], 'SHA-256', true, ['sign']), await hmac([1], 'SHA-256', false, ['sign']));
  assert.notDeepStrictEqual(await hmac([1], 'SHA-256', true, ['sign']), await hmac([1], 'SHA-256', true, ['verify']));
})().then(common.mustCall());
