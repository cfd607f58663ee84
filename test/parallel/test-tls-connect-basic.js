'use strict';
// tls.connect/createServer: a verified handshake against the test CA, ALPN, the
// negotiated protocol and cipher, peer certificates, data both ways and a clean end.
const common = require('../common');
const assert = require('assert');
const tls = require('tls');
const keys = require('../fixtures/keys/keys');

const server = tls.createServer({
  key: keys.agent1Key, cert: keys.agent1Cert, ALPNProtocols: ['h2', 'http/1.1'],
}, common.mustCall((socket) => {
  assert.strictEqual(socket.encrypted, true);
  assert.strictEqual(socket.authorized, false);
  assert.strictEqual(socket.alpnProtocol, 'http/1.1');
  assert.strictEqual(socket.servername, false);
  assert.strictEqual(socket.getProtocol(), 'TLSv1.3');
  assert.deepStrictEqual(socket.getPeerCertificate(), {});
  assert.strictEqual(socket.getCertificate().subject.CN, 'localhost');
  socket.setEncoding('utf8');
  socket.on('data', common.mustCall((d) => {
    assert.strictEqual(d, 'ping');
    socket.end('pong');
  }));
}));

server.listen(0, common.mustCall(() => {
  const client = tls.connect({
    port: server.address().port, host: 'localhost', ca: keys.caCert, ALPNProtocols: ['http/1.1'],
  }, common.mustCall(() => {
    assert.strictEqual(client.authorized, true);
    assert.strictEqual(client.authorizationError, null);
    assert.strictEqual(client.alpnProtocol, 'http/1.1');
    assert.strictEqual(client.getProtocol(), 'TLSv1.3');
    assert.deepStrictEqual(client.getCipher(), {
      name: 'TLS_AES_256_GCM_SHA384', standardName: 'TLS_AES_256_GCM_SHA384', version: 'TLSv1.3',
    });
    const cert = client.getPeerCertificate();
    assert.deepStrictEqual({ ...cert.subject }, { C: 'US', O: 'Eddy', CN: 'localhost' });
    assert.deepStrictEqual({ ...cert.issuer }, { C: 'US', O: 'Eddy', CN: 'Eddy Test CA' });
    assert.strictEqual(cert.subjectaltname, 'DNS:localhost, IP Address:127.0.0.1');
    assert.strictEqual(cert.bits, 2048);
    assert.ok(Buffer.isBuffer(cert.raw));
    // (before getPeerX509Certificate(): in node 24 that call empties the detailed chain)
    assert.strictEqual(cert.issuerCertificate, undefined);
    const detailed = client.getPeerCertificate(true);
    assert.strictEqual(detailed.issuerCertificate.subject.CN, 'Eddy Test CA');
    assert.strictEqual(detailed.issuerCertificate.ca, true);
    assert.strictEqual(detailed.issuerCertificate.issuerCertificate, detailed.issuerCertificate);
    assert.strictEqual(client.getPeerX509Certificate().subject, 'C=US\nO=Eddy\nCN=localhost');
    assert.strictEqual(client.exportKeyingMaterial(16, 'label').length, 16);
    assert.ok(Buffer.isBuffer(client.getFinished()));
    client.write('ping');
  }));
  let got = '';
  client.setEncoding('utf8');
  client.on('data', (d) => { got += d; });
  client.on('end', common.mustCall(() => {
    assert.strictEqual(got, 'pong');
    server.close();
  }));
}));
