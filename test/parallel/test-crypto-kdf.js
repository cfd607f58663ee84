'use strict';
// pbkdf2, scrypt and hkdf: RFC test vectors, sync and on the thread pool, and
// node's errors.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

// RFC 6070.
const pb = '0c60c80f961f0e71f3a9b524af6012062fe037a6';
assert.strictEqual(crypto.pbkdf2Sync('password', 'salt', 1, 20, 'sha1').toString('hex'), pb);
crypto.pbkdf2('password', 'salt', 1, 20, 'sha1', common.mustSucceed((key) => assert.strictEqual(key.toString('hex'), pb)));

// RFC 7914.
const sc = '77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442' +
  'fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906';
assert.strictEqual(crypto.scryptSync('', '', 64, { N: 16, r: 1, p: 1 }).toString('hex'), sc);
crypto.scrypt('', '', 64, { cost: 16, blockSize: 1, parallelization: 1 },
              common.mustSucceed((key) => assert.strictEqual(key.toString('hex'), sc)));

// RFC 5869 case 1.
const ikm = Buffer.alloc(22, 0x0b);
const salt = Buffer.from('000102030405060708090a0b0c', 'hex');
const info = Buffer.from('f0f1f2f3f4f5f6f7f8f9', 'hex');
const hk = '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865';
const out = crypto.hkdfSync('sha256', ikm, salt, info, 42);
assert.ok(out instanceof ArrayBuffer);
assert.strictEqual(Buffer.from(out).toString('hex'), hk);
crypto.hkdf('sha256', crypto.createSecretKey(ikm), salt, info, 42,
            common.mustSucceed((key) => assert.strictEqual(Buffer.from(key).toString('hex'), hk)));

assert.throws(() => crypto.pbkdf2Sync('pw', 'salt', 0, 8, 'sha256'), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "iterations" is out of range. It must be >= 1 && <= 2147483647. Received 0',
});
assert.throws(() => crypto.pbkdf2Sync('pw', 'salt', 1, 8, 'nope'), {
  code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest: nope',
});
assert.throws(() => crypto.pbkdf2('pw', 'salt', 1, 8, 'sha1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.scryptSync('pw', 'salt', 8, { N: 3 }), {
  code: 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS', name: 'RangeError', message: 'Invalid scrypt params',
});
assert.throws(() => crypto.scryptSync('pw', 'salt', 8, { N: 16, cost: 16 }), {
  code: 'ERR_INCOMPATIBLE_OPTION_PAIR', message: 'Option "N" cannot be used in combination with option "cost"',
});
assert.throws(() => crypto.scryptSync('pw', 'salt', 8, { N: 2 ** 20 }), {
  code: 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS',
  message: /^Invalid scrypt params: error:030000AC:digital envelope routines::memory limit exceeded$/,
});
assert.throws(() => crypto.hkdfSync('sha256', 'key', 'salt', 'info', 255 * 32 + 1), {
  code: 'ERR_CRYPTO_INVALID_KEYLEN', message: 'Invalid key length',
});
assert.throws(() => crypto.hkdfSync('sha256', 'key', 'salt', Buffer.alloc(1025), 16), {
  code: 'ERR_OUT_OF_RANGE',
});
