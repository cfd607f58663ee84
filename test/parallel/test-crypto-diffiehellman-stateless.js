'use strict';
// crypto.diffieHellman: the callback form, node's errors for missing keys, and DH
// secrets as long as the prime (leading zero bytes kept).
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const a = crypto.generateKeyPairSync('x25519');
const b = crypto.generateKeyPairSync('x25519');
const secret = crypto.diffieHellman({ privateKey: a.privateKey, publicKey: b.publicKey });
crypto.diffieHellman({ privateKey: b.privateKey, publicKey: a.publicKey }, common.mustSucceed((s) => {
  assert.ok(s.equals(secret));
}));
assert.throws(() => crypto.diffieHellman(a, null), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "callback" argument must be of type function. Received null',
});
assert.throws(() => crypto.diffieHellman({ privateKey: a.privateKey }), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.publicKey' is invalid. Received undefined",
});

// Every secret has the prime's 256 bytes (one in 256 would otherwise be shorter).
const group = crypto.generateKeyPairSync('dh', { group: 'modp14' });
for (let i = 0; i < 8; i++) {
  const peer = crypto.generateKeyPairSync('dh', { group: 'modp14' });
  assert.strictEqual(crypto.diffieHellman({ privateKey: group.privateKey, publicKey: peer.publicKey }).length, 256);
}
