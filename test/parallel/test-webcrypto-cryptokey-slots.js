'use strict';
// A CryptoKey's algorithm and usages are per-key copies: changing them changes
// nothing the key does. subtle.getPublicKey gives a private key's public half.
const common = require('../common');
const assert = require('assert');
const util = require('util');
const { subtle } = globalThis.crypto;

(async () => {
  const kp = await subtle.generateKey('Ed25519', true, ['sign', 'verify']);
  assert.notStrictEqual(kp.publicKey.algorithm, kp.privateKey.algorithm);
  assert.strictEqual(kp.publicKey.algorithm, kp.publicKey.algorithm);
  kp.publicKey.algorithm.name = 'changed';
  kp.publicKey.usages.push('foo');
  assert.ok(util.inspect(kp.publicKey).includes("algorithm: { name: 'Ed25519' }"));
  assert.ok(util.inspect(kp.publicKey).includes("usages: [ 'verify' ]"));
  const sig = await subtle.sign('Ed25519', kp.privateKey, Buffer.from('x'));
  assert.strictEqual(await subtle.verify('Ed25519', kp.publicKey, sig, Buffer.from('x')), true);
  assert.strictEqual(util.types.isCryptoKey(kp.publicKey), true);
  assert.strictEqual(util.types.isCryptoKey({}), false);

  const pub = await subtle.getPublicKey(kp.privateKey, ['verify']);
  assert.strictEqual(pub.type, 'public');
  assert.strictEqual(pub.extractable, true);
  assert.deepStrictEqual(pub.algorithm, { name: 'Ed25519' });
  await assert.rejects(subtle.getPublicKey(pub, ['verify']),
                       { name: 'InvalidAccessError', message: 'key must be a private key' });
  await assert.rejects(subtle.getPublicKey(kp.privateKey, ['deriveBits']), { name: 'SyntaxError' });
  const aes = await subtle.generateKey({ name: 'AES-CBC', length: 128 }, true, ['encrypt']);
  await assert.rejects(subtle.getPublicKey(aes, ['encrypt']),
                       { name: 'NotSupportedError', message: 'key must be a private key' });

  // An EC key read from a compressed SPKI exports uncompressed.
  const compressed = Buffer.from('3039301306072a8648ce3d020106082a8648ce3d03010703220002d210b0a6f9d9f012868058b43fa4f471018543bba00c9250df9257c2acae5dd1', 'hex');
  const ec = await subtle.importKey('spki', compressed, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']);
  assert.strictEqual(Buffer.from(await subtle.exportKey('spki', ec)).length, 91);
  await assert.rejects(subtle.importKey('spki', compressed, { name: 'RSA-PSS', hash: 'SHA-256' }, true, ['verify']),
                       { name: 'DataError', message: 'Invalid key type' });

  // A P-256 private scalar equal to the group order is no key.
  const { privateKey } = require('crypto').generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const der = privateKey.export({ format: 'der', type: 'pkcs8' });
  const at = der.indexOf(Buffer.from('0420', 'hex'), 30) + 2;
  Buffer.from('ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551', 'hex').copy(der, at);
  await assert.rejects(subtle.importKey('pkcs8', der, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']),
                       { name: 'DataError', message: 'Invalid keyData' });
})().then(common.mustCall());
