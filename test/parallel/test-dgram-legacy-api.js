'use strict';
// sendto() validates like node, buffer-size options must be numbers, and the old
// private fields still work behind a DEP0112 warning.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

const s = dgram.createSocket('udp4');
assert.throws(() => s.sendto(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "offset" argument must be of type number. Received undefined',
});
assert.throws(() => s.sendto('buffer', 1, 'length'), {
  message: 'The "length" argument must be of type number. Received type string (\'length\')',
});
assert.throws(() => s.sendto('buffer', 1, 1, 10, false), {
  message: 'The "address" argument must be of type string. Received type boolean (false)',
});
assert.throws(() => dgram.createSocket({ type: 'udp4', recvBufferSize: 'x' }),
              { code: 'ERR_INVALID_ARG_TYPE' });

process.on('warning', common.mustCall((w) => {
  assert.strictEqual(w.name, 'DeprecationWarning');
  assert.strictEqual(w.code, 'DEP0112');
  assert.strictEqual(w.message, 'Socket.prototype._handle is deprecated');
}));
assert.strictEqual(typeof s._handle, 'object');
s.close();
