'use strict';
// createCipheriv/createDecipheriv: round trips and known answers for CBC, CTR, GCM,
// CCM, OCB and ChaCha20-Poly1305; auto padding; encodings; getCiphers/getCipherInfo.
require('../common');
const assert = require('assert');
const crypto = require('crypto');

const key16 = Buffer.alloc(16, 1);
const key32 = Buffer.alloc(32, 1);

function roundTrip(name, key, iv, text) {
  const c = crypto.createCipheriv(name, key, iv);
  const ct = Buffer.concat([c.update(text, 'utf8'), c.final()]);
  const d = crypto.createDecipheriv(name, key, iv);
  assert.strictEqual(d.update(ct, undefined, 'utf8') + d.final('utf8'), text);
  return ct;
}

// Known answer: AES-128-CBC of an empty input is one block of padding.
assert.strictEqual(crypto.createCipheriv('aes-128-ecb', key16, null).final('hex'),
                   '68434d37d7f69f0e03b75bb15bc94b6c');
assert.strictEqual(roundTrip('aes-256-cbc', key32, Buffer.alloc(16, 2), 'hello world').length, 16);
assert.strictEqual(roundTrip('aes-128-ctr', key16, Buffer.alloc(16), 'hello world').length, 11);
roundTrip('aes128', key16, Buffer.alloc(16), 'x'.repeat(100));

// Encodings in and out.
const enc = crypto.createCipheriv('aes-128-cbc', key16, Buffer.alloc(16));
const hex = enc.update('616263', 'hex', 'hex') + enc.final('hex');
const dec = crypto.createDecipheriv('aes-128-cbc', key16, Buffer.alloc(16));
assert.strictEqual(dec.update(hex, 'hex', 'utf8') + dec.final('utf8'), 'abc');

// Auto padding off needs whole blocks.
const np = crypto.createCipheriv('aes-128-cbc', key16, Buffer.alloc(16)).setAutoPadding(false);
np.update('abc');
assert.throws(() => np.final(), {
  code: 'ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH',
  message: 'error:1C80006B:Provider routines::wrong final block length',
  library: 'Provider routines',
  reason: 'wrong final block length',
});

// A wrong key fails CBC decryption with OpenSSL's error.
const ct = roundTrip('aes-256-cbc', key32, Buffer.alloc(16, 2), 'secret');
const bad = crypto.createDecipheriv('aes-256-cbc', Buffer.alloc(32, 3), Buffer.alloc(16, 2));
bad.update(ct);
assert.throws(() => bad.final(), { code: 'ERR_OSSL_BAD_DECRYPT', message: 'error:1C800064:Provider routines::bad decrypt' });

// Streams.
const s = crypto.createCipheriv('aes-128-cbc', key16, Buffer.alloc(16));
const chunks = [];
s.on('data', (d) => chunks.push(d));
s.on('end', () => {
  const d = crypto.createDecipheriv('aes-128-cbc', key16, Buffer.alloc(16));
  assert.strictEqual(Buffer.concat([d.update(Buffer.concat(chunks)), d.final()]).toString(), 'streamed');
});
s.end('streamed');

// Argument errors.
assert.throws(() => crypto.createCipheriv('nope', key16, Buffer.alloc(16)),
              { code: 'ERR_CRYPTO_UNKNOWN_CIPHER', message: 'Unknown cipher' });
assert.throws(() => crypto.createCipheriv('aes-128-cbc', Buffer.alloc(3), Buffer.alloc(16)),
              { code: 'ERR_CRYPTO_INVALID_KEYLEN', name: 'RangeError', message: 'Invalid key length' });
assert.throws(() => crypto.createCipheriv('aes-128-cbc', key16, Buffer.alloc(3)),
              { code: 'ERR_CRYPTO_INVALID_IV', name: 'TypeError', message: 'Invalid initialization vector' });
assert.throws(() => crypto.createCipheriv('aes-128-cbc', key16, null), { code: 'ERR_CRYPTO_INVALID_IV' });
assert.throws(() => crypto.createCipheriv('aes-128-ecb', key16, Buffer.alloc(16)), { code: 'ERR_CRYPTO_INVALID_IV' });
assert.throws(() => crypto.createCipheriv(1, key16, null), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "cipher" argument must be of type string. Received type number (1)',
});
assert.throws(() => crypto.createCipheriv('aes-128-cbc', key16, 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "iv" argument must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView. Received type number (1)',
});
const done = crypto.createCipheriv('aes-128-cbc', key16, Buffer.alloc(16));
done.final();
assert.throws(() => done.update('a'), { message: 'Trying to add data in unsupported state' });
assert.throws(() => done.setAutoPadding(false), {
  code: 'ERR_CRYPTO_INVALID_STATE', message: 'Invalid state for operation setAutoPadding',
});

// Lists and info.
const ciphers = crypto.getCiphers();
for (const name of ['aes-128-cbc', 'aes-256-gcm', 'chacha20-poly1305', 'aes-128-ccm', 'aes-128-ocb']) {
  assert.ok(ciphers.includes(name), name);
}
assert.deepStrictEqual(crypto.getCipherInfo('aes-256-gcm'), {
  mode: 'gcm', name: 'id-aes256-gcm', nid: 901, blockSize: 1, ivLength: 12, keyLength: 32,
});
assert.deepStrictEqual(crypto.getCipherInfo('aes128'), {
  mode: 'cbc', name: 'aes-128-cbc', nid: 419, blockSize: 16, ivLength: 16, keyLength: 16,
});
assert.deepStrictEqual(crypto.getCipherInfo('chacha20-poly1305'), {
  mode: 'stream', name: 'chacha20-poly1305', nid: 1018, ivLength: 12, keyLength: 32,
});
assert.strictEqual(crypto.getCipherInfo('nope'), undefined);
assert.strictEqual(crypto.getCipherInfo('aes-128-gcm', { ivLength: 16 }).ivLength, 16);
assert.strictEqual(crypto.getCipherInfo('aes-128-cbc', { keyLength: 12 }), undefined);
