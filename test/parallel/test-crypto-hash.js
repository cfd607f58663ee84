'use strict';
// createHash / crypto.hash: known digests, encodings, incremental updates, copy(),
// streams, XOF output lengths and node's errors.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const abc = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
assert.strictEqual(crypto.createHash('sha256').update('abc').digest('hex'), abc);
assert.strictEqual(crypto.createHash('SHA256').update('a').update(Buffer.from('bc')).digest('hex'), abc);
assert.strictEqual(crypto.createHash('sha256').update('616263', 'hex').digest('base64'),
                   'ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=');
assert.deepStrictEqual(crypto.createHash('sha256').update('abc').digest(), Buffer.from(abc, 'hex'));
assert.strictEqual(crypto.createHash('md5').update('').digest('hex'), 'd41d8cd98f00b204e9800998ecf8427e');
assert.strictEqual(crypto.createHash('sha1').update(new Uint8Array([97, 98, 99])).digest('hex'),
                   'a9993e364706816aba3e25717850c26c9cd0d89d');
assert.strictEqual(crypto.hash('sha256', 'abc'), abc);
assert.strictEqual(crypto.hash('sha1', 'abc', 'base64'), 'qZk+NkcGgWq6PiVxeFDCbJzQ2J0=');
assert.deepStrictEqual(crypto.hash('sha256', Buffer.from('abc'), 'buffer'), Buffer.from(abc, 'hex'));

// copy() forks the state.
const h = crypto.createHash('sha256').update('a');
const c = h.copy();
assert.strictEqual(c.update('bc').digest('hex'), abc);
assert.strictEqual(h.update('bc').digest('hex'), abc);

// XOF output length.
assert.strictEqual(crypto.createHash('shake256', { outputLength: 8 }).update('').digest('hex'), '46b9dd2b0ba88d13');
assert.strictEqual(crypto.createHash('shake128').update('').digest().length, 16);

// Digest twice, update after digest.
const done = crypto.createHash('sha256');
done.digest();
assert.throws(() => done.digest(), { code: 'ERR_CRYPTO_HASH_FINALIZED', message: 'Digest already called' });
assert.throws(() => done.update('x'), { code: 'ERR_CRYPTO_HASH_FINALIZED' });
assert.throws(() => done.copy(), { code: 'ERR_CRYPTO_HASH_FINALIZED' });

assert.throws(() => crypto.createHash('nope'), { message: 'Digest method not supported' });
assert.throws(() => crypto.createHash(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "algorithm" argument must be of type string. Received type number (1)',
});
assert.throws(() => crypto.createHash('sha1').update(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (1)',
});

const hashes = crypto.getHashes();
assert.ok(hashes.includes('sha256') && hashes.includes('sha1') && hashes.includes('md5'));
assert.notStrictEqual(crypto.getHashes(), hashes);

// As a stream.
const s = crypto.createHash('sha256');
s.setEncoding('hex');
s.on('data', common.mustCall((d) => assert.strictEqual(d, abc)));
s.write('ab');
s.end('c');
