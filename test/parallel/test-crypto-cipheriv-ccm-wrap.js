'use strict';
// AEAD and key-wrap details: CCM with a 12-byte nonce (a known vector), CCM's
// message-length limit, final() of an empty CCM message, bad authTagLength and
// plaintextLength values, OCB needing authTagLength, setAuthTag after update(), and
// the AES key-wrap ciphers (with and without padding) by their short names.
require('../common');
const assert = require('assert');
const crypto = require('crypto');

{
  const key = Buffer.from('1ed2233fa2223ef5d7df08546049406c7305220bca40d4c9', 'hex');
  const iv = Buffer.from('0e1791e9db3bd21a9122c416', 'hex');
  const c = crypto.createCipheriv('aes-192-ccm', key, iv, { authTagLength: 10 });
  c.setAAD(Buffer.from('63616c76696e', 'hex'), { plaintextLength: 20 });
  const ct = c.update('Hello node.js world!', 'ascii', 'hex') + c.final('hex');
  assert.strictEqual(ct, '49d2c2bd4892703af2f25db04cbe00e703d6d5ac');
  assert.strictEqual(c.getAuthTag().toString('hex'), '693c21ce212564fc3a6f');
}

{
  const key = 'FxLKsqdmv0E9xrQhp0b1ZgI0K7JFZJM8';
  const make = () => crypto.createCipheriv('aes-256-ccm', key, '0'.repeat(13), { authTagLength: 10 });
  assert.throws(() => make().setAAD(Buffer.alloc(0), { plaintextLength: 65536 }), {
    name: 'RangeError', code: 'ERR_CRYPTO_INVALID_MESSAGELEN', message: 'Invalid message length',
  });
  assert.throws(() => make().update(Buffer.alloc(65536)), { code: 'ERR_CRYPTO_INVALID_MESSAGELEN' });
  for (const plaintextLength of [-1, true, 1.5]) {
    assert.throws(() => make().setAAD(Buffer.alloc(0), { plaintextLength }), {
      name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
    });
  }
  const empty = crypto.createCipheriv('aes-128-ccm', Buffer.alloc(16), Buffer.alloc(12), { authTagLength: 10 });
  assert.throws(() => empty.final(), { code: 'ERR_OSSL_TAG_NOT_SET' });
}

for (const authTagLength of [-1, true, NaN, 5.5, '4', 2 ** 32]) {
  assert.throws(() => crypto.createCipheriv('aes-256-gcm', Buffer.alloc(32), Buffer.alloc(12), { authTagLength }), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_VALUE',
    message: `The property 'options.authTagLength' is invalid. Received ${require('util').inspect(authTagLength)}`,
  });
}
assert.throws(() => crypto.createCipheriv('aes-256-ocb', Buffer.alloc(32), Buffer.alloc(12)), {
  message: 'authTagLength required for aes-256-ocb',
});

for (const alg of ['aes-256-gcm', 'aes-256-ocb', 'chacha20-poly1305']) {
  const key = Buffer.alloc(32, 3);
  const iv = Buffer.alloc(12, 4);
  const c = crypto.createCipheriv(alg, key, iv, { authTagLength: 8 });
  const ct = Buffer.concat([c.update('some text'), c.final()]);
  const d = crypto.createDecipheriv(alg, key, iv, { authTagLength: 8 });
  const first = d.update(ct);
  d.setAuthTag(c.getAuthTag()); // after update() is still in time
  assert.strictEqual(Buffer.concat([first, d.final()]).toString(), 'some text');
}

for (const [alg, key, iv, text] of [
  ['aes128-wrap', Buffer.alloc(16, 1), Buffer.from('3fd838af4093d749', 'hex'), '12345678123456781234567812345678'],
  ['id-aes256-wrap-pad', Buffer.alloc(32, 2), Buffer.from('3fd838af', 'hex'), '123456781234567812345678123'],
]) {
  assert.ok(crypto.getCiphers().includes(alg));
  const wrapped = crypto.createCipheriv(alg, key, iv).update(text, 'utf8');
  const out = crypto.createDecipheriv(alg, key, iv).update(wrapped, 'buffer', 'utf8');
  assert.strictEqual(out, text);
}
assert.ok(!crypto.getCiphers().includes('bf-cbc')); // legacy provider: not offered
assert.ok(crypto.getHashes().includes('RSA-SHA256'));
