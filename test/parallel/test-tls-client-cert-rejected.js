'use strict';
// A server asking for client certificates (requestCert, rejectUnauthorized) judges
// the certificate after the handshake, as node: an untrusted one is not refused by an
// alert, the connection is just closed (the client sees ECONNRESET), no
// 'secureConnection' follows and the server reports 'tlsClientError' ('socket hang
// up', as for any connection closing before it was handed over); with rejectUnauthorized: false the socket comes with
// authorized false and the reason.
const common = require('../common');
const assert = require('assert');
const tls = require('tls');
const keys = require('../fixtures/keys/keys');

function run(rejectUnauthorized) {
  return new Promise((resolve) => {
    const server = tls.createServer({
      key: keys.agent1Key, cert: keys.agent1Cert, ca: keys.caCert, requestCert: true, rejectUnauthorized,
    }, (s) => {
      resolve(`${s.authorized} ${s.authorizationError}`);
      s.end();
      server.close();
    });
    server.on('tlsClientError', common.mustCall((err) => {
      assert.strictEqual(`${err.code} ${err.message}`, 'ECONNRESET socket hang up');
    }, rejectUnauthorized ? 1 : 0));
    server.listen(0, () => {
      const c = tls.connect({
        port: server.address().port, rejectUnauthorized: false, maxVersion: 'TLSv1.2',
        key: keys.selfsignedKey, cert: keys.selfsignedCert,
      });
      c.resume();
      c.on('error', (err) => {
        resolve(err.code);
        server.close();
      });
    });
  });
}

(async () => {
  assert.strictEqual(await run(true), 'ECONNRESET');
  assert.strictEqual(await run(false), 'false DEPTH_ZERO_SELF_SIGNED_CERT');
})().then(common.mustCall());
