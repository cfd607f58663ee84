'use strict';
// tls.getCiphers() lists all five TLS 1.3 suites (OpenSSL's default list leaves
// out the CCM ones), lower-case, sorted, each once.
require('../common');
const assert = require('assert');
const tls = require('tls');

const ciphers = tls.getCiphers();
for (const suite of ['tls_aes_128_ccm_8_sha256', 'tls_aes_128_ccm_sha256', 'tls_aes_128_gcm_sha256',
                     'tls_aes_256_gcm_sha384', 'tls_chacha20_poly1305_sha256']) {
  assert.ok(ciphers.includes(suite), suite);
}
assert.deepStrictEqual(ciphers, [...ciphers].sort());
assert.strictEqual(new Set(ciphers).size, ciphers.length);
assert.ok(ciphers.every((name) => name === name.toLowerCase()));
