'use strict';
// Subject alternative names and information access as node prints them: a value
// that could be misread when the text is split again (a comma in a DNS name or URI)
// comes quoted and escaped, a DirName in RFC 2253 form; getPeerCertificate()'s
// infoAccess has the values unescaped, and checkServerIdentity does not split a
// quoted name: evil.example.com is not among the names.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tls = require('tls');
const { X509Certificate } = require('crypto');
const fixtures = require('../common/fixtures');

const cert = fs.readFileSync(fixtures.path('keys', 'escaped-san-cert.pem'));
const key = fs.readFileSync(fixtures.path('keys', 'escaped-san-key.pem'));
const x509 = new X509Certificate(cert);
assert.strictEqual(x509.subjectAltName,
                   'DNS:"good.example.com\\u002c DNS:evil.example.com", DNS:plain.example.com, ' +
                   'URI:"http://example.com/a\\u002cb", email:foo@example.com, IP Address:8.8.8.8, ' +
                   'IP Address:2001:DB8:0:0:0:0:0:1, DirName:"L=Berlin\\u002cC=DE", othername:XmppAddr:abc123, ' +
                   'Registered ID:1.3.9999.12.34');
assert.strictEqual(x509.infoAccess,
                   'OCSP - URI:http://ocsp.example.com/\nCA Issuers - URI:"http://ca.example.com/a\\u002cb"');
const infoAccess = { __proto__: null, 'OCSP - URI': ['http://ocsp.example.com/'],
                     'CA Issuers - URI': ['http://ca.example.com/a,b'] };
assert.deepStrictEqual(x509.toLegacyObject().infoAccess, infoAccess);

const server = tls.createServer({ key, cert }, (s) => s.end());
server.listen(0, common.mustCall(() => {
  const hosts = [];
  const c = tls.connect({
    port: server.address().port, ca: cert, servername: 'plain.example.com',
    checkServerIdentity(host, peer) {
      assert.deepStrictEqual(peer.infoAccess, infoAccess);
      assert.strictEqual(peer.issuerCertificate, peer);
      for (const name of ['good.example.com, DNS:evil.example.com', 'evil.example.com', 'plain.example.com']) {
        hosts.push(tls.checkServerIdentity(name, peer)?.code ?? 'ok');
      }
      return tls.checkServerIdentity(host, peer);
    },
  }, common.mustCall(() => {
    assert.deepStrictEqual(hosts, ['ERR_TLS_CERT_ALTNAME_INVALID', 'ERR_TLS_CERT_ALTNAME_INVALID', 'ok']);
    c.end();
    server.close();
  }));
}));
