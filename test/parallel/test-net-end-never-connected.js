'use strict';
// end() on a socket that never connected finishes at once: its callback runs, the
// socket is no longer writable, and it is not destroyed.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const socket = new net.Socket();
socket.on('close', common.mustNotCall());
socket.end(common.mustCall((err) => {
  assert.strictEqual(err, null);
  assert.strictEqual(socket.writable, false);
  assert.strictEqual(socket.destroyed, false);
}));
