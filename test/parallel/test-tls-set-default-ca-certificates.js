'use strict';
// tls.setDefaultCACertificates(certs): contexts made afterwards without `ca` trust
// exactly those certificates (strings or ArrayBufferViews, each once); a context's own
// `ca` still wins. Bad arguments leave the defaults as they were.
const common = require('../common');
const assert = require('assert');
const tls = require('tls');
const keys = require('../fixtures/keys/keys');

const before = tls.getCACertificates('default');
for (const bad of [null, 'x', {}]) {
  assert.throws(() => tls.setDefaultCACertificates(bad), {
    code: 'ERR_INVALID_ARG_TYPE', message: /^The "certs" argument must be an instance of Array/,
  });
}
assert.throws(() => tls.setDefaultCACertificates([keys.caCert, 42]), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "certs[1]" argument must be of type string or an instance of ArrayBufferView. Received type number (42)',
});
assert.throws(() => tls.setDefaultCACertificates(['not a certificate']), {
  code: 'ERR_CRYPTO_OPERATION_FAILED', message: 'No valid certificates found in the provided array',
});
assert.throws(() => tls.setDefaultCACertificates(
  [keys.caCert, '-----BEGIN CERTIFICATE-----\nbroken\n-----END CERTIFICATE-----']), { code: 'ERR_OSSL_PEM_BAD_BASE64_DECODE' });
assert.strictEqual(tls.getCACertificates('default'), before);

const subject = (pem) => new (require('crypto').X509Certificate)(pem).subject;
tls.setDefaultCACertificates([keys.caCert, new TextEncoder().encode(keys.caCert)]);
assert.deepStrictEqual(tls.getCACertificates('default').map(subject), [subject(keys.caCert)]);

const server = tls.createServer({ key: keys.agent1Key, cert: keys.agent1Cert }, (s) => s.end());
server.listen(0, common.mustCall(() => {
  const { port } = server.address();
  // Trusted through the new defaults.
  tls.connect({ port, host: 'localhost' }, common.mustCall(function() {
    assert.strictEqual(this.authorized, true);
    this.end();
    tls.setDefaultCACertificates([]);
    assert.deepStrictEqual(tls.getCACertificates('default'), []);
    tls.connect({ port, host: 'localhost' }).on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'SELF_SIGNED_CERT_IN_CHAIN');
      // A context's own ca is not affected.
      tls.connect({ port, host: 'localhost', ca: keys.caCert }, common.mustCall(function() {
        assert.strictEqual(this.authorized, true);
        this.end();
        server.close();
      }));
    }));
  }));
}));
