'use strict';
// A TLSSocket over a Duplex that is not a net.Socket (tls.connect({ socket }) and
// new TLSSocket(duplex, { isServer })): handshake, data both ways, end; and over a
// net.Socket that is only told to connect after tls.connect() took it.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const tls = require('tls');
const { duplexPair } = require('stream');
const keys = require('../fixtures/keys/keys.js');

{
  const [clientSide, serverSide] = duplexPair();
  const server = new tls.TLSSocket(serverSide, { isServer: true, key: keys.agent1Key, cert: keys.agent1Cert });
  server.on('secure', common.mustCall());
  server.on('data', common.mustCall((d) => server.end(`bye ${d}`)));
  const client = tls.connect({ socket: clientSide, ca: keys.caCert, servername: 'localhost' }, common.mustCall(() => {
    assert.strictEqual(client.authorized, true);
    assert.strictEqual(client.encrypted, true);
    assert.strictEqual(client.getProtocol(), 'TLSv1.3');
    client.write('hello');
  }));
  let got = '';
  client.setEncoding('utf8');
  client.on('data', (d) => { got += d; });
  client.on('end', common.mustCall(() => assert.strictEqual(got, 'bye hello')));
}

{
  // The certificate is checked over a Duplex as over TCP.
  const [clientSide, serverSide] = duplexPair();
  new tls.TLSSocket(serverSide, { isServer: true, key: keys.agent1Key, cert: keys.agent1Cert })
    .on('error', () => {});
  tls.connect({ socket: clientSide, ca: keys.caCert, servername: 'example.com' })
    .on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ERR_TLS_CERT_ALTNAME_INVALID')));
}

{
  // A tls.Server takes a Duplex through its 'connection' event.
  const tlsServer = tls.createServer({ key: keys.agent1Key, cert: keys.agent1Cert }, common.mustCall((s) => {
    s.end('from server');
  }));
  const [clientSide, serverSide] = duplexPair();
  tlsServer.emit('connection', serverSide);
  const client = tls.connect({ socket: clientSide, ca: keys.caCert, servername: 'localhost' });
  client.setEncoding('utf8');
  let got = '';
  client.on('data', (d) => { got += d; });
  client.on('end', common.mustCall(() => assert.strictEqual(got, 'from server')));
}

{
  // A plain socket that connects after tls.connect() was handed it.
  const server = net.createServer((c) => c.end()).listen(0, common.mustCall(() => {
    const socket = new net.Socket();
    tls.connect({ socket }).on('error', common.mustCall((e) => {
      assert.strictEqual(e.code, 'ECONNRESET');
      assert.strictEqual(e.message, 'Client network socket disconnected before secure TLS connection was established');
      server.close();
    }));
    socket.connect(server.address().port);
  }));
}
