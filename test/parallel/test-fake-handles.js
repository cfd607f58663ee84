'use strict';
// Objects a program passes where a native handle belongs are refused or handled in
// JS, never handed to the binding (which ended the process on them): a child's stdio
// entry { handle: {} } is ERR_INVALID_ARG_VALUE, and a TLSSocket over a net.Socket
// made with { handle: {} } throws node's ERR_INTERNAL_ASSERTION.
require('../common');
const assert = require('assert');
const childProcess = require('child_process');
const net = require('net');
const tls = require('tls');

for (const entry of [{ handle: {} }, { _handle: { fd: 0 } }, { handle: Object.create(null) }]) {
  assert.throws(() => childProcess.spawn(process.execPath, ['-e', '0'], { stdio: [entry, 'pipe', 'pipe'] }), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_VALUE',
  });
}

const raw = new net.Socket({ handle: {} });
raw.on('error', () => {}); // node finds the fake handle unusable a tick later
assert.throws(() => new tls.TLSSocket(raw), {
  code: 'ERR_INTERNAL_ASSERTION',
  message: /^handle must be a StreamBase/,
});
