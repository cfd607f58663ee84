'use strict';
// createHash, createCipheriv/createDecipheriv and setAAD ignore options that are not
// an object, as node does: ssri (npm's integrity checker) calls
// `algorithms.map(crypto.createHash)`, which passes an index as the options.
require('../common');
const assert = require('assert');
const crypto = require('crypto');

const hashes = ['sha1', 'sha256'].map(crypto.createHash);
assert.strictEqual(hashes.length, 2);
assert.strictEqual(hashes[1].update('abc').digest('hex').slice(0, 16), 'ba7816bf8f01cfea');
for (const options of [0, 1, 'x', true, null, Symbol('s')]) {
  assert.strictEqual(crypto.createHash('sha256', options).update('abc').digest('hex').slice(0, 8), 'ba7816bf');
  const key = Buffer.alloc(16, 1);
  const iv = Buffer.alloc(16, 2);
  const cipher = crypto.createCipheriv('aes-128-cbc', key, iv, options);
  const sealed = Buffer.concat([cipher.update('hello'), cipher.final()]);
  const decipher = crypto.createDecipheriv('aes-128-cbc', key, iv, options);
  assert.strictEqual(Buffer.concat([decipher.update(sealed), decipher.final()]).toString(), 'hello');
  const gcm = crypto.createCipheriv('aes-128-gcm', key, iv.subarray(0, 12), options);
  gcm.setAAD(Buffer.from('aad'), options);
  gcm.update('x');
  gcm.final();
  assert.strictEqual(gcm.getAuthTag().length, 16);
}
// A hash made with such options still works as a stream.
const stream = crypto.createHash('sha256', 0);
stream.end('abc');
assert.strictEqual(stream.read().toString('hex').slice(0, 8), 'ba7816bf');

// An object's fields are still checked, and getCipherInfo still wants an object.
assert.throws(() => crypto.createHash('shake256', { outputLength: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.getCipherInfo('aes-128-cbc', 0), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.getCipherInfo('aes-128-cbc', null), { code: 'ERR_INVALID_ARG_TYPE' });
