'use strict';
// The ciphers option: '' and null mean the defaults, ':' is refused, a TLS 1.2 part
// that only removes suites is accepted beside TLS 1.3 ones; servers honour their own
// cipher order unless honorCipherOrder is false.
const common = require('../common');
const assert = require('assert');
const tls = require('tls');
const keys = require('../fixtures/keys/keys.js');

tls.createSecureContext({ ciphers: '' });
tls.createSecureContext({ ciphers: null });
tls.createSecureContext({ ciphers: 'TLS_AES_256_GCM_SHA384:!TLS_CHACHA20_POLY1305_SHA256' });
assert.throws(() => tls.createSecureContext({ ciphers: ':' }), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.ciphers' is invalid. Received [ '', '' ]",
});

function negotiate(honorCipherOrder) {
  return new Promise((resolve) => {
    const server = tls.createServer({
      key: keys.agent1Key, cert: keys.agent1Cert, maxVersion: 'TLSv1.2',
      ciphers: 'AES256-SHA256:AES128-GCM-SHA256', honorCipherOrder,
    }, (s) => s.end());
    server.listen(0, () => {
      const c = tls.connect({
        port: server.address().port, rejectUnauthorized: false, ciphers: 'AES128-GCM-SHA256:AES256-SHA256',
      }, () => {
        resolve(c.getCipher().name);
        c.end();
        server.close();
      });
      c.resume();
    });
  });
}

(async () => {
  assert.strictEqual(await negotiate(undefined), 'AES256-SHA256');
  assert.strictEqual(await negotiate(false), 'AES128-GCM-SHA256');
})().then(common.mustCall());
