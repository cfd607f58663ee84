'use strict';
// crypto accepts a SharedArrayBuffer wherever it accepts an ArrayBuffer.
require('../common');
const assert = require('node:assert');
const crypto = require('node:crypto');

function sab(bytes) {
  const buf = new SharedArrayBuffer(bytes.length);
  new Uint8Array(buf).set(bytes);
  return buf;
}
const salt = Buffer.from('salt');
const info = Buffer.from('info');

assert.deepStrictEqual(
  Buffer.from(crypto.hkdfSync('sha256', 'key', sab(salt), sab(info), 16)),
  Buffer.from(crypto.hkdfSync('sha256', 'key', salt, info, 16)));
assert.deepStrictEqual(
  Buffer.from(crypto.hkdfSync('sha256', 'key', new SharedArrayBuffer(0), new SharedArrayBuffer(1), 8)),
  Buffer.from(crypto.hkdfSync('sha256', 'key', Buffer.alloc(0), Buffer.alloc(1), 8)));
assert.deepStrictEqual(crypto.pbkdf2Sync('pw', sab(salt), 1, 16, 'sha256'),
                       crypto.pbkdf2Sync('pw', salt, 1, 16, 'sha256'));
assert.deepStrictEqual(crypto.scryptSync('pw', sab(salt), 16),
                       crypto.scryptSync('pw', salt, 16));
assert.strictEqual(crypto.createHmac('sha256', sab(salt)).update('x').digest('hex'),
                   crypto.createHmac('sha256', salt).update('x').digest('hex'));
assert.strictEqual(crypto.createSecretKey(sab(salt)).symmetricKeySize, 4);
assert.throws(() => crypto.hkdfSync('sha256', 'key', 1, info, 8),
              { code: 'ERR_INVALID_ARG_TYPE' });
