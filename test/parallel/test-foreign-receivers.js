'use strict';
// Methods of Buffer, Hash, Hmac and X509Certificate called on objects that are not
// theirs throw a TypeError and the process goes on (they read native memory of
// their receiver, which such an object does not have). Views of other kinds work
// as node's do.
require('../common');
const assert = require('assert');
const crypto = require('crypto');

const notBuffers = [{}, { length: 100 }, [1, 2, 3], 'abc', 5, new ArrayBuffer(8)];
for (const self of notBuffers) {
  for (const enc of ['ascii', 'base64', 'base64url', 'latin1', 'hex', 'ucs2', 'utf8']) {
    assert.throws(() => Buffer.prototype[`${enc}Slice`].call(self, 0, 50),
                  { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'argument must be a buffer' });
    assert.throws(() => Buffer.prototype[`${enc}Write`].call(self, 'abc', 0, 3),
                  { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'argument must be a buffer' });
  }
  assert.throws(() => Buffer.prototype.compare.call(self, Buffer.alloc(5)),
                { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'argument must be a buffer' });
  assert.throws(() => Buffer.prototype.equals.call(self, Buffer.alloc(5)), TypeError);
  assert.throws(() => Buffer.prototype.toString.call(self), TypeError);
  assert.throws(() => Buffer.prototype.write.call(self, 'ab'), TypeError);
  assert.throws(() => Buffer.prototype.inspect.call(self), TypeError);
}
assert.throws(() => Buffer.prototype.fill.call([1, 2, 3], Buffer.alloc(2)),
              { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });

// Other views: their bytes.
assert.strictEqual(Buffer.prototype.latin1Slice.call(new Uint16Array([0x6261]), 0, 2), 'ab');
assert.strictEqual(Buffer.prototype.hexSlice.call(new DataView(new ArrayBuffer(3))), '000000');
const u16 = new Uint16Array(4);
assert.strictEqual(Buffer.prototype.utf8Write.call(u16, 'abcdef', 0, 6), 6);
assert.strictEqual(Buffer.from(u16.buffer).toString('latin1', 0, 6), 'abcdef');

const Hash = crypto.createHash('sha256').constructor;
assert.throws(() => Hash.prototype.update.call({}, 'x'), TypeError);
assert.throws(() => Hash.prototype.digest.call({}), TypeError);
assert.throws(() => Hash.prototype.copy.call({}), TypeError);
assert.throws(() => crypto.Hmac.prototype.update.call({}, 'x'), TypeError);

const { X509Certificate } = crypto;
for (const name of Object.getOwnPropertyNames(X509Certificate.prototype)) {
  const d = Object.getOwnPropertyDescriptor(X509Certificate.prototype, name);
  if (d.get) {
    assert.throws(() => X509Certificate.prototype[name], TypeError, name);
    assert.throws(() => d.get.call({}), TypeError, name);
  }
}
assert.throws(() => X509Certificate.prototype.toString.call({}), TypeError);
