'use strict';
// WebCrypto's modern algorithms on OpenSSL 3: ChaCha20-Poly1305, AES-OCB and KMAC,
// whose keys travel as 'raw-secret' (not 'raw') and carry their own JWK "alg".
const common = require('../common');
const assert = require('assert');
const { subtle } = globalThis.crypto;

process.removeAllListeners('warning'); // the algorithms are experimental in node 24

const hex = (ab) => Buffer.from(ab).toString('hex');
const key = new Uint8Array(32).map((_, i) => i);
const iv = new Uint8Array(12).map((_, i) => i + 100);
const text = Buffer.from('hello');

(async () => {
  // ChaCha20-Poly1305: ciphertext then a 128-bit tag.
  const chacha = await subtle.importKey('raw-secret', key, 'ChaCha20-Poly1305', true, ['encrypt', 'decrypt']);
  assert.deepStrictEqual(chacha.algorithm, { name: 'ChaCha20-Poly1305' });
  const params = { name: 'ChaCha20-Poly1305', iv, additionalData: Buffer.from('aad') };
  const sealed = await subtle.encrypt(params, chacha, text);
  assert.strictEqual(hex(sealed), '5c74d7a6f7549465224e78feee3c76d748e8754718');
  assert.strictEqual(Buffer.from(await subtle.decrypt(params, chacha, sealed)).toString(), 'hello');
  await assert.rejects(subtle.encrypt({ ...params, tagLength: 64 }, chacha, text),
                       { name: 'OperationError', message: '64 is not a valid ChaCha20-Poly1305 tag length' });
  await assert.rejects(subtle.decrypt(params, chacha, new Uint8Array(8)),
                       { name: 'OperationError', message: 'The provided data is too small.' });
  await assert.rejects(subtle.importKey('raw', key, 'ChaCha20-Poly1305', false, ['encrypt']),
                       { name: 'NotSupportedError', message: 'Unable to import ChaCha20-Poly1305 using raw format' });
  await assert.rejects(subtle.importKey('raw-secret', key.subarray(0, 16), 'ChaCha20-Poly1305', false, ['encrypt']),
                       { name: 'DataError', message: 'Invalid key length' });
  const jwk = await subtle.exportKey('jwk', chacha);
  assert.strictEqual(jwk.alg, 'C20P');
  await assert.rejects(subtle.importKey('jwk', { ...jwk, use: 'sig' }, 'ChaCha20-Poly1305', false, ['encrypt']),
                       { name: 'DataError', message: 'Invalid JWK "use" Parameter' });
  await assert.rejects(subtle.importKey('jwk', { ...jwk, alg: 'A256GCM' }, 'ChaCha20-Poly1305', false, ['encrypt']),
                       { name: 'DataError', message: 'JWK "alg" does not match the requested algorithm' });
  await assert.rejects(subtle.importKey('jwk', { ...jwk, key_ops: ['encrypt'] }, 'ChaCha20-Poly1305', false, ['decrypt']),
                       { name: 'DataError', message: 'Key operations and usage mismatch' });
  assert.strictEqual(hex(await subtle.exportKey('raw-secret', chacha)), hex(key));

  // AES-OCB with a 96-bit tag.
  const ocb = await subtle.importKey('raw-secret', key.subarray(0, 16), 'AES-OCB', true, ['encrypt', 'decrypt']);
  const ocbParams = { name: 'AES-OCB', iv, tagLength: 96 };
  const ocbSealed = await subtle.encrypt(ocbParams, ocb, text);
  assert.strictEqual(hex(ocbSealed), '3023ded5e73d0790aeb26c0ec69389ae90');
  assert.strictEqual(Buffer.from(await subtle.decrypt(ocbParams, ocb, ocbSealed)).toString(), 'hello');
  assert.strictEqual((await subtle.exportKey('jwk', ocb)).alg, 'A128OCB');

  // KMAC: the output length is a required parameter.
  const kmac = await subtle.importKey('raw-secret', key, 'KMAC256', true, ['sign', 'verify']);
  assert.deepStrictEqual(kmac.algorithm, { name: 'KMAC256', length: 256 });
  const kparams = { name: 'KMAC256', length: 256, customization: Buffer.from('c') };
  const mac = await subtle.sign(kparams, kmac, text);
  assert.strictEqual(hex(mac), 'd62d8f9157f944c7681fa391df1429fd67ff65b1b4a9be2a774a9a1273b434cd');
  assert.strictEqual(await subtle.verify(kparams, kmac, mac, text), true);
  assert.strictEqual(await subtle.verify({ ...kparams, length: 512 }, kmac, mac, text), false);
  await assert.rejects(subtle.sign({ name: 'KMAC256' }, kmac, text), { code: 'ERR_MISSING_OPTION' });
  assert.strictEqual((await subtle.exportKey('jwk', kmac)).alg, 'K256');
  const k128 = await subtle.generateKey({ name: 'KMAC128' }, true, ['sign']);
  assert.deepStrictEqual(k128.algorithm, { name: 'KMAC128', length: 128 });
  const k2 = await subtle.importKey('raw-secret', key, 'KMAC128', false, ['sign']);
  assert.strictEqual(hex(await subtle.sign({ name: 'KMAC128', length: 128 }, k2, text)),
                     'f9157be3690b7f5126c1790b01de23ae');
})().then(common.mustCall());
