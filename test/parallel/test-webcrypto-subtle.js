'use strict';
// crypto.subtle: digest, HMAC, AES-GCM/CBC/CTR/KW, ECDSA, Ed25519, RSA-OAEP, PBKDF2,
// HKDF, X25519, import/export and wrap/unwrap, with the spec's DOMException names.
const common = require('../common');
const assert = require('assert');
const { subtle } = globalThis.crypto;

const hex = (ab) => Buffer.from(ab).toString('hex');
const enc = (s) => Buffer.from(s);

(async () => {
  assert.strictEqual(hex(await subtle.digest('SHA-256', enc('abc'))),
                     'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  assert.strictEqual(hex(await subtle.digest({ name: 'sha-1' }, enc('abc'))), 'a9993e364706816aba3e25717850c26c9cd0d89d');
  await assert.rejects(subtle.digest('md5', enc('abc')), { name: 'NotSupportedError', message: 'Unrecognized algorithm name' });

  const hk = await subtle.importKey('raw', enc('key'), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign', 'verify']);
  assert.ok(hk instanceof CryptoKey);
  assert.strictEqual(hk.type, 'secret');
  assert.deepStrictEqual(hk.algorithm, { name: 'HMAC', length: 24, hash: { name: 'SHA-256' } });
  const mac = await subtle.sign('HMAC', hk, enc('data'));
  assert.strictEqual(hex(mac), '5031fe3d989c6d1537a013fa6e739da23463fdaec3b70137d828e36ace221bd0');
  assert.strictEqual(await subtle.verify('HMAC', hk, mac, enc('data')), true);
  assert.deepStrictEqual(await subtle.exportKey('jwk', hk),
                         { key_ops: ['sign', 'verify'], ext: true, alg: 'HS256', kty: 'oct', k: 'a2V5' });
  await assert.rejects(subtle.encrypt({ name: 'AES-GCM', iv: new Uint8Array(12) }, hk, enc('x')), {
    name: 'InvalidAccessError', message: 'The requested operation is not valid for the provided key',
  });

  const ak = await subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
  assert.deepStrictEqual(ak.algorithm, { name: 'AES-GCM', length: 256 });
  const gcm = { name: 'AES-GCM', iv: new Uint8Array(12) };
  const ct = new Uint8Array(await subtle.encrypt(gcm, ak, enc('hello')));
  assert.strictEqual(ct.length, 5 + 16);
  assert.strictEqual(Buffer.from(await subtle.decrypt(gcm, ak, ct)).toString(), 'hello');
  ct[0] ^= 1;
  await assert.rejects(subtle.decrypt(gcm, ak, ct), { name: 'OperationError' });
  await assert.rejects(subtle.sign('HMAC', ak, enc('x')), {
    name: 'InvalidAccessError', message: 'Unable to use this key to sign',
  });
  await assert.rejects(subtle.generateKey({ name: 'AES-GCM', length: 100 }, true, ['encrypt']), {
    name: 'OperationError', message: 'AES key length must be 128, 192, or 256 bits',
  });
  await assert.rejects(subtle.importKey('raw', new Uint8Array(16), 'AES-CBC', true, ['sign']), {
    name: 'SyntaxError', message: 'Unsupported key usage for an AES key',
  });

  const zero = await subtle.importKey('raw', new Uint8Array(16), 'AES-CBC', true, ['encrypt']);
  assert.strictEqual(hex(await subtle.encrypt({ name: 'AES-CBC', iv: new Uint8Array(16) }, zero, new Uint8Array(3))),
                     'b905289f4160e828ca06a194d8c7beb7');
  const ctr = await subtle.importKey('raw', new Uint8Array(16), 'AES-CTR', true, ['encrypt']);
  assert.strictEqual(hex(await subtle.encrypt({ name: 'AES-CTR', counter: new Uint8Array(16), length: 64 }, ctr,
                                              new Uint8Array(3))), '66e94b');

  const kw = await subtle.generateKey({ name: 'AES-KW', length: 128 }, true, ['wrapKey', 'unwrapKey']);
  const wrapped = await subtle.wrapKey('raw', ak, kw, 'AES-KW');
  assert.strictEqual(wrapped.byteLength, 40);
  const unwrapped = await subtle.unwrapKey('raw', wrapped, kw, 'AES-KW', 'AES-GCM', true, ['encrypt']);
  assert.deepStrictEqual(await subtle.exportKey('raw', unwrapped), await subtle.exportKey('raw', ak));

  const ec = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  assert.deepStrictEqual(ec.privateKey.algorithm, { name: 'ECDSA', namedCurve: 'P-256' });
  assert.deepStrictEqual(ec.publicKey.usages, ['verify']);
  const es = await subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, ec.privateKey, enc('d'));
  assert.strictEqual(es.byteLength, 64);
  assert.strictEqual(await subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, ec.publicKey, es, enc('d')), true);
  assert.deepStrictEqual(Object.keys(await subtle.exportKey('jwk', ec.privateKey)),
                         ['key_ops', 'ext', 'kty', 'x', 'y', 'crv', 'd']);
  const raw = await subtle.exportKey('raw', ec.publicKey);
  assert.strictEqual(raw.byteLength, 65);
  assert.strictEqual((await subtle.exportKey('spki', ec.publicKey)).byteLength, 91);
  const back = await subtle.importKey('raw', raw, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']);
  assert.strictEqual(await subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, back, es, enc('d')), true);
  await assert.rejects(subtle.exportKey('raw', ec.privateKey), { name: 'NotSupportedError' });

  const ed = await subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify']);
  const eds = await subtle.sign('Ed25519', ed.privateKey, enc('x'));
  assert.strictEqual(await subtle.verify('Ed25519', ed.publicKey, eds, enc('x')), true);
  const pk8 = await subtle.exportKey('pkcs8', ed.privateKey);
  const ed2 = await subtle.importKey('pkcs8', pk8, 'Ed25519', false, ['sign']);
  assert.deepStrictEqual(await subtle.sign('Ed25519', ed2, enc('x')), eds);

  const rsa = await subtle.generateKey({ name: 'RSA-OAEP', modulusLength: 1024,
                                         publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
                                       true, ['encrypt', 'decrypt']);
  assert.strictEqual(rsa.publicKey.algorithm.modulusLength, 1024);
  assert.deepStrictEqual(rsa.publicKey.algorithm.publicExponent, new Uint8Array([1, 0, 1]));
  const rct = await subtle.encrypt({ name: 'RSA-OAEP' }, rsa.publicKey, enc('hi'));
  assert.strictEqual(Buffer.from(await subtle.decrypt({ name: 'RSA-OAEP' }, rsa.privateKey, rct)).toString(), 'hi');

  const pb = await subtle.importKey('raw', new Uint8Array(16), 'PBKDF2', false, ['deriveBits']);
  assert.strictEqual(hex(await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: new Uint8Array(4),
                                                  iterations: 1000 }, pb, 128)), 'd1035cbdf15c9f80ef8c9fc01ae5ec06');
  const hkdf = await subtle.importKey('raw', new Uint8Array(16), 'HKDF', false, ['deriveKey']);
  const derived = await subtle.deriveKey({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(4), info: new Uint8Array(0) },
                                         hkdf, { name: 'AES-GCM', length: 128 }, true, ['encrypt']);
  assert.deepStrictEqual(derived.algorithm, { name: 'AES-GCM', length: 128 });

  const a = await subtle.generateKey({ name: 'X25519' }, true, ['deriveBits']);
  const b = await subtle.generateKey({ name: 'X25519' }, true, ['deriveBits']);
  assert.deepStrictEqual(await subtle.deriveBits({ name: 'X25519', public: b.publicKey }, a.privateKey, 256),
                         await subtle.deriveBits({ name: 'X25519', public: a.publicKey }, b.privateKey, 256));

  assert.strictEqual(Object.prototype.toString.call(ak), '[object CryptoKey]');
  assert.strictEqual(typeof SubtleCrypto, 'function');
  assert.strictEqual(require('crypto').webcrypto.subtle, subtle);
})().then(common.mustCall());

// KeyObject <-> CryptoKey.
{
  const crypto = require('crypto');
  const k = crypto.createSecretKey(Buffer.alloc(32)).toCryptoKey({ name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
  assert.deepStrictEqual(k.algorithm, { name: 'HMAC', length: 256, hash: { name: 'SHA-256' } });
  assert.strictEqual(crypto.KeyObject.from(k).symmetricKeySize, 32);
  const { privateKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const ck = privateKey.toCryptoKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign']);
  assert.deepStrictEqual(ck.algorithm, { name: 'ECDSA', namedCurve: 'P-256' });
  assert.strictEqual(ck.extractable, false);
  assert.strictEqual(crypto.sign('sha256', Buffer.from('x'), ck)[0], 0x30);
  assert.throws(() => crypto.KeyObject.from({}), { code: 'ERR_INVALID_ARG_TYPE' });
}
