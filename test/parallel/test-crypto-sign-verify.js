'use strict';
// Signatures: createSign/createVerify and the sign/verify one-shots with RSA
// (PKCS#1 v1.5 and PSS), ECDSA (DER and IEEE P1363) and Ed25519.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const rsa = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
const ec = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
const ed = crypto.generateKeyPairSync('ed25519');
const data = Buffer.from('hello');

const sig = crypto.sign('sha256', data, rsa.privateKey);
assert.strictEqual(sig.length, 128);
assert.strictEqual(crypto.verify('sha256', data, rsa.publicKey, sig), true);
assert.strictEqual(crypto.verify('sha256', Buffer.from('x'), rsa.publicKey, sig), false);
// PKCS#1 v1.5 is deterministic: the stream form gives the same bytes.
const s = crypto.createSign('SHA256');
s.update('hel');
s.update('lo');
assert.deepStrictEqual(s.sign(rsa.privateKey), sig);
const v = crypto.createVerify('sha256');
v.write('hello');
v.end();
assert.strictEqual(v.verify(rsa.publicKey, sig), true);
// The key as PEM works too.
const pem = rsa.privateKey.export({ type: 'pkcs1', format: 'pem' });
assert.deepStrictEqual(crypto.sign('sha256', data, pem), sig);

const pssOptions = { padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 };
const pss = crypto.sign('sha256', data, { key: rsa.privateKey, ...pssOptions });
assert.strictEqual(crypto.verify('sha256', data, { key: rsa.publicKey, ...pssOptions }, pss), true);
assert.strictEqual(crypto.verify('sha256', data, rsa.publicKey, pss), false);

const der = crypto.sign('sha256', data, ec.privateKey);
assert.strictEqual(der[0], 0x30);
assert.strictEqual(crypto.verify('sha256', data, ec.publicKey, der), true);
const p1363 = crypto.sign('sha256', data, { key: ec.privateKey, dsaEncoding: 'ieee-p1363' });
assert.strictEqual(p1363.length, 64);
assert.strictEqual(crypto.verify('sha256', data, { key: ec.publicKey, dsaEncoding: 'ieee-p1363' }, p1363), true);

const edSig = crypto.sign(null, data, ed.privateKey);
assert.strictEqual(edSig.length, 64);
assert.deepStrictEqual(crypto.sign(undefined, data, ed.privateKey), edSig);
assert.strictEqual(crypto.verify(null, data, ed.publicKey, edSig), true);
crypto.sign(null, data, ed.privateKey, common.mustSucceed((out) => assert.deepStrictEqual(out, edSig)));
crypto.verify(null, data, ed.publicKey, edSig, common.mustSucceed((ok) => assert.strictEqual(ok, true)));

assert.throws(() => crypto.sign('sha256', data, rsa.publicKey), {
  code: 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', message: 'Invalid key object type public, expected private.',
});
assert.throws(() => crypto.sign('sha256', data), {
  code: 'ERR_CRYPTO_SIGN_KEY_REQUIRED', message: 'No key provided to sign',
});
assert.throws(() => crypto.createSign('nope'), { code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest' });
