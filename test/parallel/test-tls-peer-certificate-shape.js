'use strict';
// Peer certificates: getPeerX509Certificate() links issuerCertificate up the chain
// the server sent, and the legacy object's infoAccess is parsed as node parses it
// (_tls_common.translatePeerCertificate: KEY -> [values], no prototype).
const common = require('../common');
const assert = require('assert');
const tls = require('tls');
const { X509Certificate } = require('crypto');
const { translatePeerCertificate } = require('_tls_common');
const keys = require('../fixtures/keys/keys.js');

assert.strictEqual(translatePeerCertificate(null), null);
assert.strictEqual(translatePeerCertificate(0), null);
assert.deepStrictEqual(translatePeerCertificate({ issuerCertificate: '' }), { issuerCertificate: null });
assert.deepStrictEqual(translatePeerCertificate({ infoAccess: '' }), { infoAccess: { __proto__: null } });
const info = translatePeerCertificate({
  infoAccess: 'OCSP - URI:http://ocsp.example/\nCA Issuers - URI:"http://a\\u0000b"\nOCSP - URI:http://two/\n',
}).infoAccess;
assert.strictEqual(Object.getPrototypeOf(info), null);
assert.deepStrictEqual(info['OCSP - URI'], ['http://ocsp.example/', 'http://two/']);
assert.deepStrictEqual(info['CA Issuers - URI'], ['http://a\u0000b']);

const server = tls.createServer({ key: keys.agent1Key, cert: keys.agent1Cert + keys.caCert }, (s) => s.end());
server.listen(0, common.mustCall(() => {
  const c = tls.connect({ port: server.address().port, ca: keys.caCert, servername: 'localhost' }, common.mustCall(() => {
    const legacy = c.getPeerCertificate(true);
    assert.strictEqual(legacy.subjectaltname, 'DNS:localhost, IP Address:127.0.0.1');
    assert.strictEqual(legacy.issuerCertificate.subject.CN, 'Eddy Test CA');
    assert.strictEqual(legacy.issuerCertificate.issuerCertificate, legacy.issuerCertificate);
    const x = c.getPeerX509Certificate();
    assert.ok(x instanceof X509Certificate);
    assert.ok(x.issuerCertificate instanceof X509Certificate);
    assert.strictEqual(x.issuerCertificate.subject, x.issuer);
    assert.strictEqual(x.issuerCertificate.issuerCertificate, undefined);
    c.end();
    server.close();
  }));
  c.resume();
}));
