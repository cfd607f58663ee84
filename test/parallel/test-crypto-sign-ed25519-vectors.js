'use strict';
// Ed25519 signatures are deterministic: the same key and message give the same
// bytes in every implementation. Checked here: RFC 8032's test vectors, a digest of
// 300 signatures over pseudo-random keys and messages (0 to 299 bytes: one and
// several SHA-512 blocks) pinned from node, OpenSSL's verification of each, and the
// key forms a signing key can come in (PKCS#8, JWK, generated, CryptoKey).
require('../common');
const assert = require('assert');
const crypto = require('crypto');

const pkcs8Prefix = Buffer.from('302e020100300506032b657004220420', 'hex');
const keyFromSeed = (seed) =>
  crypto.createPrivateKey({ key: Buffer.concat([pkcs8Prefix, seed]), format: 'der', type: 'pkcs8' });

// RFC 8032 section 7.1, tests 1 to 3.
const vectors = [
  ['9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60',
   'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a', '',
   'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b'],
  ['4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb',
   '3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c', '72',
   '92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00'],
  ['c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7',
   'fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025', 'af82',
   '6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a'],
];
for (const [seed, pub, msg, sig] of vectors) {
  const key = keyFromSeed(Buffer.from(seed, 'hex'));
  const spki = crypto.createPublicKey(key).export({ format: 'der', type: 'spki' });
  assert.strictEqual(spki.subarray(-32).toString('hex'), pub);
  assert.strictEqual(crypto.sign(null, Buffer.from(msg, 'hex'), key).toString('hex'), sig);
  // The same key as JWK signs the same bytes.
  const jwk = crypto.createPrivateKey({ key: key.export({ format: 'jwk' }), format: 'jwk' });
  assert.strictEqual(crypto.sign(null, Buffer.from(msg, 'hex'), jwk).toString('hex'), sig);
}

// Pseudo-random keys and messages from a SHA-512 chain.
let state = Buffer.from('eddy-ed25519');
const next = (n) => {
  const out = [];
  for (let len = 0; len < n; len += 64) {
    state = crypto.createHash('sha512').update(state).digest();
    out.push(state);
  }
  return Buffer.concat(out).subarray(0, n);
};
const all = crypto.createHash('sha256');
for (let i = 0; i < 300; i++) {
  const key = keyFromSeed(next(32));
  const msg = next(next(2).readUInt16LE(0) % 300);
  const sig = crypto.sign(null, msg, key);
  assert.strictEqual(sig.length, 64);
  if (i % 10 === 0) assert.ok(crypto.verify(null, msg, crypto.createPublicKey(key), sig));
  all.update(sig);
}
assert.strictEqual(all.digest('hex'), '927fb710c4d75a58c1c557ba0e4bccebc7a4544b8ae6b1f55ca9aacdb472acc7');

// Generated keys: a signature verifies, a changed message does not; signing twice
// gives the same bytes; the callback form gives them too.
const { privateKey, publicKey } = crypto.generateKeyPairSync('ed25519');
const data = Buffer.from('hello');
const sig = crypto.sign(null, data, privateKey);
assert.ok(crypto.verify(null, data, publicKey, sig));
assert.ok(!crypto.verify(null, Buffer.from('hellO'), publicKey, sig));
assert.deepStrictEqual(crypto.sign(undefined, data, privateKey), sig);
crypto.sign(null, data, privateKey, (err, s) => {
  assert.ifError(err);
  assert.deepStrictEqual(s, sig);
});

// Signing with a public key still fails as node's OpenSSL makes it.
assert.throws(() => crypto.sign(null, data, publicKey), { name: 'TypeError', code: 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE' });

// webcrypto signs with the same key to the same bytes.
(async () => {
  const ck = privateKey.toCryptoKey('Ed25519', false, ['sign']);
  const w = Buffer.from(await crypto.subtle.sign('Ed25519', ck, data));
  assert.deepStrictEqual(w, sig);
})().then(require('../common').mustCall());
