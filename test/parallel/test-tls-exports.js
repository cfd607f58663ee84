'use strict';
// node:tls constants and helpers: defaults, getCiphers, rootCertificates,
// createSecureContext errors, TLSSocket over an existing socket shape.
require('../common');
const assert = require('assert');
const tls = require('tls');

assert.strictEqual(tls.DEFAULT_MIN_VERSION, 'TLSv1.2');
assert.strictEqual(tls.DEFAULT_MAX_VERSION, 'TLSv1.3');
assert.strictEqual(tls.DEFAULT_ECDH_CURVE, 'auto');
assert.strictEqual(tls.CLIENT_RENEG_LIMIT, 3);
assert.strictEqual(tls.CLIENT_RENEG_WINDOW, 600);
assert.match(tls.DEFAULT_CIPHERS, /^TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:/);
const ciphers = tls.getCiphers();
assert.ok(ciphers.includes('tls_aes_256_gcm_sha384'));
assert.ok(ciphers.includes('ecdhe-rsa-aes128-gcm-sha256'));
assert.ok(ciphers.every((c) => c === c.toLowerCase()));
assert.ok(Array.isArray(tls.rootCertificates));
assert.ok(Object.isFrozen(tls.rootCertificates));
for (const pem of tls.rootCertificates.slice(0, 3)) assert.match(pem, /^-----BEGIN CERTIFICATE-----\n/);
assert.ok(tls.getCACertificates() instanceof Array);
assert.ok(tls.createSecureContext() instanceof tls.SecureContext);
assert.strictEqual(typeof tls.createSecureContext().context, 'object');
assert.throws(() => tls.createSecureContext({ key: 'nope' }), { code: /^ERR_OSSL_/ });
assert.throws(() => tls.createSecureContext({ ciphers: 'nope' }), {
  code: 'ERR_SSL_NO_CIPHER_MATCH', message: /no cipher match/,
});
assert.throws(() => tls.createSecureContext({ minVersion: 'SSLv3' }), {
  code: 'ERR_TLS_INVALID_PROTOCOL_VERSION', message: '"SSLv3" is not a valid minimum TLS protocol version',
});
const out = {};
tls.convertALPNProtocols(['h2', 'http/1.1'], out);
assert.deepStrictEqual(out.ALPNProtocols, Buffer.from('\x02h2\x08http/1.1'));
