'use strict';
// One key signing many times, with the digest and the RSA options changing between
// calls: every signature is the one a fresh key object would make (Ed25519 and RSA
// PKCS#1 v1.5 are deterministic) or verifies (PSS, ECDSA).
require('../common');
const assert = require('assert');
const crypto = require('crypto');
const keys = require('../fixtures/keys/keys');

const data = Buffer.from('reused key');
const rsa = crypto.createPrivateKey(keys.agent1Key);
const rsaPub = crypto.createPublicKey(rsa);
const fresh = () => crypto.createPrivateKey(keys.agent1Key);

for (let round = 0; round < 3; round++) {
  for (const md of ['sha256', 'sha384', 'sha256', 'sha1']) {
    assert.deepStrictEqual(crypto.sign(md, data, rsa), crypto.sign(md, data, fresh()));
    const pss = crypto.sign(md, data, { key: rsa, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: 20 });
    assert.strictEqual(crypto.verify(md, data,
                                     { key: rsaPub, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: 20 }, pss),
                       true);
    assert.strictEqual(crypto.verify(md, data, rsaPub, pss), false); // PSS is not PKCS#1 v1.5
  }
}

const ed = crypto.generateKeyPairSync('ed25519');
const edAgain = crypto.createPrivateKey({
  key: ed.privateKey.export({ format: 'der', type: 'pkcs8' }), format: 'der', type: 'pkcs8',
});
const first = crypto.sign(null, data, ed.privateKey);
for (let i = 0; i < 5; i++) {
  assert.deepStrictEqual(crypto.sign(null, data, ed.privateKey), first);
  assert.deepStrictEqual(crypto.sign(null, Buffer.from(`m${i}`), ed.privateKey),
                         crypto.sign(null, Buffer.from(`m${i}`), edAgain));
}
assert.strictEqual(crypto.verify(null, data, ed.publicKey, first), true);

const ec = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
for (const md of ['sha256', 'sha512', 'sha256']) {
  const a = crypto.sign(md, data, ec.privateKey);
  const b = crypto.sign(md, data, { key: ec.privateKey, dsaEncoding: 'ieee-p1363' });
  assert.strictEqual(b.length, 64);
  assert.strictEqual(crypto.verify(md, data, ec.publicKey, a), true);
  assert.strictEqual(crypto.verify(md, data, { key: ec.publicKey, dsaEncoding: 'ieee-p1363' }, b), true);
}
