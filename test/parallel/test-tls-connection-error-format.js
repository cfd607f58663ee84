'use strict';
// Errors of a TLS connection (a failed handshake on either side) carry OpenSSL's error
// queue as ERR_print_errors prints it, a line per error: thread, "error", the code,
// library, function, reason, file and line. Errors of node:crypto calls use the short
// form ("error:<code>:<library>::<reason>"). library, reason and code are those of the
// first error in the queue either way.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const tls = require('tls');
const { agent1Cert, agent1Key } = require('../fixtures/keys/keys');

const printed = /^(?:[0-9A-F]+:error:[0-9A-F]{8}:[^:\n]*:[^:\n]*:[^:\n]+:[^:\n]*:\d+:[^\n]*\n)+$/;

function checkPrinted(err) {
  assert.match(err.message, printed);
  assert.strictEqual(err.library, 'SSL routines');
  assert.strictEqual(typeof err.reason, 'string');
  assert.ok(err.message.includes(`:SSL routines:`));
  assert.ok(err.message.includes(`:${err.reason}:`), err.message);
  assert.strictEqual(err.code, `ERR_SSL_${err.reason.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`);
}

// A client whose server answers in plain text.
const plain = net.createServer((socket) => socket.end('HTTP/1.1 400 Bad Request\r\n\r\nnot TLS at all'));
plain.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = tls.connect({ port: plain.address().port, host: '127.0.0.1', rejectUnauthorized: false });
  client.on('error', common.mustCall((err) => {
    checkPrinted(err);
    plain.close();
  }));
}));

// A server whose client sends a malformed ClientHello.
const server = tls.createServer({
  key: agent1Key,
  cert: agent1Cert,
});
server.on('tlsClientError', common.mustCall((err, socket) => {
  checkPrinted(err);
  socket.destroy();
  server.close();
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const socket = net.connect(server.address().port, '127.0.0.1', () => {
    // A handshake record whose ClientHello claims far more bytes than it has.
    socket.write(Buffer.from('16030100050100ffff0303', 'hex'));
    socket.write(Buffer.alloc(300, 0x41));
  });
  socket.on('error', () => {});
  socket.resume();
}));

// A node:crypto error keeps the short form.
assert.throws(() => require('crypto').createPrivateKey('-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----'),
              (err) => /^error:[0-9A-F]{8}:[^:]*::/.test(err.message));
