'use strict';
// A Hash's state is made by its first update() (or digest(), copy(), a stream
// write): each path gives the same digest, digest('hex') matches the bytes, each
// digest() Buffer owns its memory, and reuse after digest() fails as in node.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const empty1 = 'da39a3ee5e6b4b0d3255bfef95601890afd80709';
const abc1 = 'a9993e364706816aba3e25717850c26c9cd0d89d';

// No update at all, for fixed-size and XOF digests.
assert.strictEqual(crypto.createHash('sha1').digest('hex'), empty1);
assert.strictEqual(crypto.createHash('SHA1').digest().toString('hex'), empty1);
assert.strictEqual(crypto.createHash('shake128').digest('hex'), '7f9c2ba4e88f827d616045507605853e');
assert.strictEqual(crypto.createHash('md5').digest('base64'), '1B2M2Y8AsgTpgAmY7PhCfg==');

// copy() before and after the first update.
const fresh = crypto.createHash('sha1');
const forked = fresh.copy();
assert.strictEqual(fresh.update('abc').digest('hex'), abc1);
assert.strictEqual(forked.digest('hex'), empty1);
const started = crypto.createHash('sha1').update('a');
assert.strictEqual(started.copy().update('bc').digest('hex'), abc1);
assert.strictEqual(started.update('bc').digest('latin1'), Buffer.from(abc1, 'hex').toString('latin1'));

// Every digest() result is a Buffer of its own.
const a = crypto.createHash('sha1').update('abc').digest();
const b = crypto.createHash('sha1').update('abc').digest();
assert.ok(Buffer.isBuffer(a));
assert.strictEqual(a.constructor, Buffer);
assert.strictEqual(a.buffer.byteLength, 20);
a[0] = 0;
assert.strictEqual(b.toString('hex'), abc1);
assert.strictEqual(crypto.createHash('sha1').update('abc').digest('buffer').toString('hex'), abc1);
assert.strictEqual(crypto.createHash('sha1').update('abc').digest('no-such-encoding').toString('hex'), abc1);
assert.strictEqual(crypto.hash('sha1', 'abc'), abc1);
assert.strictEqual(crypto.hash('sha1', 'abc', 'buffer').toString('hex'), abc1);
assert.strictEqual(crypto.createHmac('sha1', 'k').update('abc').digest('hex'),
                   crypto.createHmac('sha1', 'k').update('abc').digest().toString('hex'));

// Odd-length hex input is refused, as node does.
assert.throws(() => crypto.createHash('sha1').update('abc', 'hex'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'encoding' is invalid for data of length 3. Received 'hex'",
});

// Reuse after digest(), whether or not the state was ever made.
for (const h of [crypto.createHash('sha256'), crypto.createHash('sha256').update('x')]) {
  h.digest('hex');
  assert.throws(() => h.digest('hex'), { code: 'ERR_CRYPTO_HASH_FINALIZED', message: 'Digest already called' });
  assert.throws(() => h.update('y'), { code: 'ERR_CRYPTO_HASH_FINALIZED' });
  assert.throws(() => h.copy(), { code: 'ERR_CRYPTO_HASH_FINALIZED' });
}
// An Hmac digested twice gives an empty result.
const mac = crypto.createHmac('sha1', 'k');
mac.digest();
assert.strictEqual(mac.digest('hex'), '');

// As a stream that never saw a write before end().
const s = crypto.createHash('sha1');
s.on('data', common.mustCall((d) => {
  assert.strictEqual(d.toString('hex'), empty1);
  assert.strictEqual(s.digest('hex'), empty1);
}));
s.end();
