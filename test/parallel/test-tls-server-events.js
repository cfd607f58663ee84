'use strict';
// tls.Server: a PKCS#12 identity (pfx + passphrase), 'secure' on the server-side
// socket, 'tlsClientError' for a client that is not TLS, and handshakeTimeout.
// The short handshake timeout is on a second server of its own, so a slow machine
// cannot time out the real handshake or the plain-text client first.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const tls = require('tls');
const keys = require('../fixtures/keys/keys');

const server = tls.createServer({ pfx: keys.agent1Pfx, passphrase: 'sample' },
                                common.mustCall((socket) => socket.end('ok')));
server.on('connection', common.mustCall((raw) => {}, 2));
server.on('tlsClientError', common.mustCall((err, socket) => {
  assert.ok(socket instanceof tls.TLSSocket);
  assert.match(err.code, /^ERR_SSL_/);
}));

const timing = tls.createServer({ pfx: keys.agent1Pfx, passphrase: 'sample', handshakeTimeout: 200 },
                                common.mustNotCall());
timing.on('tlsClientError', common.mustCall((err, socket) => {
  assert.ok(socket instanceof tls.TLSSocket);
  assert.deepStrictEqual([err.code, err.message], ['ERR_TLS_HANDSHAKE_TIMEOUT', 'TLS handshake timeout']);
  socket.destroy(); // a timed-out socket is the listener's to close
}));

server.listen(0, common.mustCall(() => {
  const { port } = server.address();
  const c = tls.connect({ port, host: 'localhost', ca: keys.caCert }, common.mustCall(() => {
    assert.strictEqual(c.authorized, true);
  }));
  c.setEncoding('utf8');
  c.on('data', common.mustCall((d) => assert.strictEqual(d, 'ok')));
  c.on('end', common.mustCall(() => {
    // Not TLS at all.
    const plain = net.connect(port, () => plain.write('GET / HTTP/1.1\r\n\r\n'));
    plain.on('error', () => {});
    plain.on('close', common.mustCall(() => {
      server.close();
      // Connected but silent: the handshake times out.
      timing.listen(0, common.mustCall(() => {
        const silent = net.connect(timing.address().port);
        silent.on('error', () => {});
        silent.on('close', common.mustCall(() => timing.close()));
      }));
    }));
  }));
}));
