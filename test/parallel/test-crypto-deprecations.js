'use strict';
// DEP0182 (a short AES-GCM tag without authTagLength, once) and DEP0154
// (generateKeyPair's old hash/mgf1Hash options, which still work).
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const seen = [];
process.on('warning', (w) => seen.push(`${w.code} ${w.message}`));

const d = () => crypto.createDecipheriv('aes-256-gcm', Buffer.alloc(32), Buffer.alloc(12));
d().setAuthTag(Buffer.alloc(12));
d().setAuthTag(Buffer.alloc(8));
d().setAuthTag(Buffer.alloc(16));

const { publicKey } = crypto.generateKeyPairSync('rsa-pss', {
  modulusLength: 512, hash: 'sha256', mgf1Hash: 'sha256', saltLength: 16,
});
assert.deepStrictEqual(publicKey.asymmetricKeyDetails, {
  modulusLength: 512, publicExponent: 65537n, hashAlgorithm: 'sha256', mgf1HashAlgorithm: 'sha256', saltLength: 16,
});
assert.throws(() => crypto.generateKeyPairSync('rsa-pss', { modulusLength: 512, hash: 'sha256', hashAlgorithm: 'sha1' }), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.hash' is invalid. Received 'sha256'",
});

setImmediate(common.mustCall(() => {
  assert.deepStrictEqual(seen.filter((s) => s.startsWith('DEP0182')), [
    'DEP0182 Using AES-GCM authentication tags of less than 128 bits without specifying the authTagLength ' +
    'option when initializing decryption is deprecated.',
  ]);
  assert.ok(seen.includes('DEP0154 "options.hash" is deprecated, use "options.hashAlgorithm" instead.'));
  assert.ok(seen.includes('DEP0154 "options.mgf1Hash" is deprecated, use "options.mgf1HashAlgorithm" instead.'));
}));
