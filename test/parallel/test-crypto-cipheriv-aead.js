'use strict';
// AEAD ciphers: GCM, CCM, OCB and ChaCha20-Poly1305 tags and AAD; a wrong tag
// fails decryption without releasing plaintext.
require('../common');
const assert = require('assert');
const crypto = require('crypto');

const key = Buffer.alloc(32, 7);
const aad = Buffer.from('header');

function seal(name, iv, text, options) {
  const c = crypto.createCipheriv(name, key.subarray(0, name.includes('128') ? 16 : 32), iv, options);
  c.setAAD(aad, options && { plaintextLength: Buffer.byteLength(text) });
  const ct = Buffer.concat([c.update(text), c.final()]);
  return { ct, tag: c.getAuthTag() };
}

function open(name, iv, ct, tag, options) {
  const d = crypto.createDecipheriv(name, key.subarray(0, name.includes('128') ? 16 : 32), iv, options);
  d.setAuthTag(tag);
  d.setAAD(aad, options && { plaintextLength: ct.length });
  return Buffer.concat([d.update(ct), d.final()]).toString();
}

const cases = [
  ['aes-256-gcm', Buffer.alloc(12, 1)],
  ['aes-128-gcm', Buffer.alloc(16, 1)],
  ['aes-256-ccm', Buffer.alloc(12, 1), { authTagLength: 16 }],
  ['aes-128-ccm', Buffer.alloc(7, 1), { authTagLength: 8 }],
  ['aes-256-ocb', Buffer.alloc(12, 1), { authTagLength: 16 }],
  ['chacha20-poly1305', Buffer.alloc(12, 1), { authTagLength: 16 }],
];
for (const [name, iv, options] of cases) {
  const { ct, tag } = seal(name, iv, 'attack at dawn', options);
  assert.strictEqual(tag.length, options?.authTagLength ?? 16, name);
  assert.strictEqual(open(name, iv, ct, tag, options), 'attack at dawn', name);
  const wrong = Buffer.from(tag);
  wrong[0] ^= 1;
  let released = '';
  assert.throws(() => {
    const d = crypto.createDecipheriv(name, key.subarray(0, name.includes('128') ? 16 : 32), iv, options);
    d.setAuthTag(wrong);
    d.setAAD(aad, options && { plaintextLength: ct.length });
    released = d.update(ct).toString();
    d.final();
  }, { message: 'Unsupported state or unable to authenticate data' }, name);
  // GCM and ChaCha stream plaintext before the tag is checked; CCM releases none.
  if (name.includes('ccm')) assert.strictEqual(released, '');
}

// Known answer: AES-256-GCM of empty input with zero key and IV (NIST test case 13).
const z = crypto.createCipheriv('aes-256-gcm', Buffer.alloc(32), Buffer.alloc(12));
z.final();
assert.strictEqual(z.getAuthTag().toString('hex'), '530f8afbc74536b9a963b4f1c4cb738b');

// State errors.
assert.throws(() => crypto.createCipheriv('aes-128-gcm', key.subarray(0, 16), Buffer.alloc(12)).getAuthTag(), {
  code: 'ERR_CRYPTO_INVALID_STATE', message: 'Invalid state for operation getAuthTag',
});
const d = crypto.createDecipheriv('aes-128-gcm', key.subarray(0, 16), Buffer.alloc(12));
assert.throws(() => d.setAuthTag(Buffer.alloc(3)), {
  code: 'ERR_CRYPTO_INVALID_AUTH_TAG', name: 'TypeError', message: 'Invalid authentication tag length: 3',
});
d.setAuthTag(Buffer.alloc(16));
assert.throws(() => d.setAuthTag(Buffer.alloc(16)), {
  code: 'ERR_CRYPTO_INVALID_STATE', message: 'Invalid state for operation setAuthTag',
});
// No tag at all: decryption fails.
const noTag = crypto.createDecipheriv('aes-128-gcm', key.subarray(0, 16), Buffer.alloc(12));
assert.throws(() => noTag.final(), { message: 'Unsupported state or unable to authenticate data' });
assert.throws(() => crypto.createCipheriv('aes-128-ccm', key.subarray(0, 16), Buffer.alloc(12)), {
  code: 'ERR_CRYPTO_INVALID_AUTH_TAG', message: 'authTagLength required for aes-128-ccm',
});
assert.throws(() => crypto.createCipheriv('aes-128-gcm', key.subarray(0, 16), Buffer.alloc(12), { authTagLength: 5 }), {
  code: 'ERR_CRYPTO_INVALID_AUTH_TAG', message: 'Invalid authentication tag length: 5',
});
assert.throws(() => crypto.createCipheriv('aes-128-gcm', key.subarray(0, 16), Buffer.alloc(0)), {
  code: 'ERR_CRYPTO_INVALID_IV',
});
const ccm = crypto.createCipheriv('aes-128-ccm', key.subarray(0, 16), Buffer.alloc(12), { authTagLength: 16 });
assert.throws(() => ccm.setAAD(aad), {
  code: 'ERR_MISSING_ARGS', message: 'options.plaintextLength required for CCM mode with AAD',
});
assert.throws(() => crypto.createCipheriv('aes-128-cbc', key.subarray(0, 16), Buffer.alloc(16)).setAAD(aad), {
  code: 'ERR_CRYPTO_INVALID_STATE', message: 'Invalid state for operation setAAD',
});
