'use strict';
// A TLS client that wrote before its handshake, which then fails: as in node, the
// waiting write fails with EPROTO ("write EPROTO " and OpenSSL's errors as it prints
// them), and that is the socket's error. Without a waiting write the error is the
// TLS one (ERR_SSL_*, with library and reason).
const common = require('../common');
const assert = require('assert');
const net = require('net');
const tls = require('tls');

// A server that answers the ClientHello with something that is not TLS.
const server = net.createServer((socket) => {
  socket.on('error', () => {});
  socket.once('data', () => socket.end('HTTP/1.1 400 Bad Request\r\n\r\n'));
});

function connect(writeFirst) {
  return new Promise((resolve) => {
    const socket = tls.connect({ port: server.address().port, host: '127.0.0.1', rejectUnauthorized: false });
    socket.on('secureConnect', common.mustNotCall());
    socket.on('error', resolve);
    if (writeFirst) socket.write('early');
  });
}

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const early = await connect(true);
  assert.strictEqual(early.code, 'EPROTO');
  assert.strictEqual(early.syscall, 'write');
  assert.strictEqual(early.errno, -71);
  assert.match(early.message, /^write EPROTO [0-9A-F]+:error:[0-9A-F]{8}:SSL routines:[^:]+:[^:\n]+:/);
  assert.strictEqual(early.library, undefined);

  const plain = await connect(false);
  assert.match(plain.code, /^ERR_SSL_/);
  assert.strictEqual(plain.library, 'SSL routines');
  assert.strictEqual(typeof plain.reason, 'string');
  server.close();
}));
