'use strict';
// A plain socket given to a TLSSocket keeps its handle, as in node: bytes written on
// it go out raw (here a bad record, which the peer answers with an alert the TLS
// client reports), and destroying it closes the connection: the TLSSocket is
// destroyed once the handle has closed, not before.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const tls = require('tls');
const keys = require('../fixtures/keys/keys.js');

const tlsServer = tls.createServer({ key: keys.agent1Key, cert: keys.agent1Cert }, (s) => {
  s.on('error', () => {});
  s.on('data', () => s.write('.'));
});

// Server side: a net server hands its sockets to the TLS server.
let rawServerSide;
let serverTls;
tlsServer.on('secureConnection', (s) => { serverTls = s; });
const netServer = net.createServer((raw) => {
  rawServerSide = raw;
  tlsServer.emit('connection', raw);
});

netServer.listen(0, common.mustCall(() => {
  const { port } = netServer.address();
  const client = tls.connect({ port, rejectUnauthorized: false });
  client.write('.');
  client.once('data', common.mustCall(() => {
    assert.notStrictEqual(rawServerSide._handle, null);
    rawServerSide.destroy();
    let rawClosed = false;
    rawServerSide.on('close', common.mustCall(() => {
      rawClosed = true;
      assert.strictEqual(serverTls.destroyed, true);
    }));
    setImmediate(common.mustCall(() => {
      // Close callbacks run after immediates.
      assert.strictEqual(rawClosed, false);
      assert.strictEqual(serverTls.destroyed, false);
    }));
    let closes = 0;
    const closed = () => { if (++closes === 2) rawWrite(port); };
    serverTls.on('close', common.mustCall(closed));
    client.on('error', () => {});
    client.on('close', common.mustCall(closed));
  }));
}));

// Client side: raw bytes written on the plain socket under a TLS client.
function rawWrite(port) {
  const socket = net.connect(port);
  const client = tls.connect({ socket, rejectUnauthorized: false }, common.mustCall(() => {
    assert.notStrictEqual(socket._handle, null);
    client.write('x');
    client.once('data', common.mustCall(() => {
      socket.end(Buffer.alloc(6, 0xff));
    }));
  }));
  client.on('error', common.mustCall((err) => {
    // OpenSSL's alert differs by version (protocol version, record overflow).
    assert.match(err.code, /^ERR_SSL_TLSV1_ALERT_/);
    assert.strictEqual(err.library, 'SSL routines');
  }));
  client.on('close', common.mustCall(() => {
    netServer.close();
    tlsServer.close();
  }));
}
