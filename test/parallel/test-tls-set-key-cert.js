'use strict';
// A server may switch certificate mid-handshake: socket.setKeyCert() (a context or
// its options) from the ALPNCallback, whose `this` is the socket. getSharedSigalgs()
// lists the signature algorithms both sides allow, in node's names.
const common = require('../common');
const assert = require('assert');
const tls = require('tls');
const keys = require('../fixtures/keys/keys');

const server = tls.createServer({
  key: keys.agent1Key,
  cert: keys.agent1Cert,
  sigalgs: 'RSA-PSS+SHA256:RSA-PSS+SHA512:ECDSA+SHA256',
  ALPNCallback: common.mustCall(function({ protocols }) {
    assert(this instanceof tls.TLSSocket);
    this.setKeyCert({ key: keys.agent2Key, cert: keys.agent2Cert });
    return protocols[0];
  }),
}, common.mustCall((s) => {
  assert.deepStrictEqual(s.getSharedSigalgs(), ['RSA-PSS+SHA256', 'ECDSA+SHA256']);
  s.end();
}));

server.listen(0, common.mustCall(() => {
  const c = tls.connect({
    port: server.address().port, rejectUnauthorized: false, ALPNProtocols: ['acme-tls/1'],
    sigalgs: 'RSA-PSS+SHA256:ECDSA+SHA256',
  }, common.mustCall(() => {
    assert.strictEqual(c.getPeerCertificate().subject.CN, 'agent2.example');
    assert.strictEqual(c.alpnProtocol, 'acme-tls/1');
    c.end();
    server.close();
  }));
}));
