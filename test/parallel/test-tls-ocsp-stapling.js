'use strict';
// OCSP stapling: a client with requestOCSP gets 'OCSPResponse' (the server's bytes,
// or null) before 'secureConnect'; the server's 'OCSPRequest' (cert, issuer,
// callback) may answer later, the handshake waiting. Without requestOCSP the server
// is not asked.
const common = require('../common');
const assert = require('assert');
const tls = require('tls');
const { X509Certificate } = require('crypto');
const keys = require('../fixtures/keys/keys');

function run(requestOCSP, response) {
  return new Promise((resolve) => {
    const server = tls.createServer({ key: keys.agent1Key, cert: keys.agent1Cert, ca: keys.caCert },
                                    (s) => s.end());
    let asked = false;
    server.on('OCSPRequest', (cert, issuer, callback) => {
      asked = true;
      assert.strictEqual(new X509Certificate(cert).subject, new X509Certificate(keys.agent1Cert).subject);
      assert.strictEqual(new X509Certificate(issuer).subject, new X509Certificate(keys.caCert).subject);
      setTimeout(callback, 20, null, response);
    });
    server.listen(0, () => {
      const events = [];
      const c = tls.connect({ port: server.address().port, rejectUnauthorized: false, requestOCSP }, () => {
        events.push('secureConnect');
        c.end();
      });
      c.on('OCSPResponse', (resp) => events.push(resp === null ? null : resp.toString()));
      c.on('close', () => {
        server.close();
        resolve([asked, ...events]);
      });
    });
  });
}

(async () => {
  assert.deepStrictEqual(await run(true, Buffer.from('stapled')), [true, 'stapled', 'secureConnect']);
  assert.deepStrictEqual(await run(true, null), [true, null, 'secureConnect']);
  assert.deepStrictEqual(await run(false, Buffer.from('x')), [false, 'secureConnect']);
})().then(common.mustCall());
