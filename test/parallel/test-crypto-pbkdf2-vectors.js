'use strict';
// pbkdf2Sync and pbkdf2 against RFC 6070 (sha1) and outputs checked on node 24 for
// each SHA-2 digest, passwords longer than a block, output lengths that are not a
// multiple of the digest size, and digests OpenSSL computes itself.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const cases = [
  ['sha1', 'password', 'salt', 1, 20, '0c60c80f961f0e71f3a9b524af6012062fe037a6'],
  ['sha1', 'password', 'salt', 4096, 20, '4b007901b765489abead49d926f721d065a429c1'],
  ['sha1', 'passwordPASSWORDpassword', 'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 25,
   '3d2eec4fe41c849b80c8d83662c0e44a8b291a964cf2f07038'],
  ['sha1', 'pass\0word', 'sa\0lt', 4096, 16, '56fa6aa75548099dcc37d7f03425e0c3'],
  ['sha224', 'p'.repeat(64), 'salt', 3, 45,
   '863386b35617ce5fe210f8af1382b9c82b1f1d43f8f7d71c36e01ca4fa016733acab887005f0051013bbc2540b'],
  ['sha256', 'password', 'salt', 2, 33, 'ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c4383'],
  ['sha256', 'x'.repeat(65), 'NaCl', 7, 64,
   '8656263968c11e6117f4866bfa89197134e467f39ddbe4aab3bce3340647b008' +
   'af295093fb6fd1992f014880e5a347ef7c0e9b761b8b3e384c1d2a07b6bdb41b'],
  ['sha384', '', '', 2, 49,
   '4e2b9109c23c305fc5c1d1e167741a52e9ebfd0805ff8662b323fd1169034a8cb3f626b2b97825d67adcc4183d30a0622d'],
  ['sha512', 'y'.repeat(129), 'salt', 5, 131,
   'b4aafedc7b3f9e1ffaad1e05c332b31de75e044e663c5b063b5fbca30c5346f5e55d8e2a617da519e0cacc750e9930bd' +
   'da71d7630979b93362be6137b2d205579bb0580dd00e5c7e52e132cb79cf5d4062f47a832e019e20c1f365ca8027f71d' +
   '8bbbc1b09dfc2fdcaba13a8baac6f8f9eda2253bc3ba681c667c805ed0eaeb289f8a8a'],
  ['sha512', 'password', 'salt', 1000, 7, 'afe6c5530785b6'],
  ['RSA-SHA256', 'password', 'salt', 2, 32, 'ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43'],
  ['sha512-256', 'password', 'salt', 3, 40, '9fa42ea03f8f8ac08be344def79d9c031e8f773f20a1061f5f38b37f01d32943ddc662e95a95dd1e'],
  ['sha3-256', 'password', 'salt', 3, 40, '6677065466c97fdef1c15ae8d95020ca948334f53eceeafc6115ddf405f6d6a4f75ba13a75082d8d'],
];

for (const [digest, password, salt, iterations, keylen, expected] of cases) {
  assert.strictEqual(crypto.pbkdf2Sync(password, salt, iterations, keylen, digest).toString('hex'), expected);
  assert.strictEqual(crypto.pbkdf2Sync(Buffer.from(password), Buffer.from(salt), iterations, keylen, digest)
    .toString('hex'), expected);
  crypto.pbkdf2(password, salt, iterations, keylen, digest, common.mustSucceed((key) => {
    assert.strictEqual(key.toString('hex'), expected);
  }));
}

// node 24's OpenSSL refuses an empty output.
assert.throws(() => crypto.pbkdf2Sync('password', 'salt', 1, 0, 'sha256'),
              { name: 'Error', message: 'Deriving bits failed' });
crypto.pbkdf2('password', 'salt', 1, 0, 'sha1', common.mustCall((err, key) => {
  assert.strictEqual(err.message, 'Deriving bits failed');
  assert.strictEqual(key, undefined);
}));
