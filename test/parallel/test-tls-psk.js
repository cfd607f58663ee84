'use strict';
// Pre-shared keys: TLS 1.3 and 1.2 handshakes with no certificate (the client sees
// the server's identity hint under 1.2), and an identity hint longer than OpenSSL
// takes is a tlsClientError. (Failed PSK handshakes crash node 24 in this shape, so
// they are left to node's own test-tls-psk-circuit.)
const common = require('../common');
const assert = require('assert');
const tls = require('tls');

const CIPHERS = 'PSK+HIGH:TLS_AES_128_GCM_SHA256';
const USERS = { UserA: Buffer.alloc(64, 7), UserB: Buffer.from('82072606b502b0f4025e90eb75fe137d', 'hex') };

function run(secret, opts, expectError) {
  return new Promise((resolve) => {
    const server = tls.createServer({
      ciphers: CIPHERS,
      pskIdentityHint: opts.maxVersion === 'TLSv1.2' ? 'hint' : undefined,
      pskCallback(socket, id) {
        assert.ok(socket instanceof tls.TLSSocket);
        return USERS[id];
      },
    }, (c) => c.pipe(c));
    server.on('tlsClientError', (err, socket) => socket.destroy());
    server.listen(0, () => {
      const client = tls.connect({
        port: server.address().port,
        ciphers: CIPHERS,
        checkServerIdentity: () => {},
        pskCallback: common.mustCall((hint) => {
          assert.strictEqual(hint, opts.maxVersion === 'TLSv1.2' ? 'hint' : null);
          return secret;
        }),
        ...opts,
      });
      client.on('secureConnect', () => {
        assert.strictEqual(expectError, undefined);
        client.end('x');
      });
      client.on('data', (d) => assert.strictEqual(String(d), 'x'));
      client.on('error', (err) => {
        assert.ok(expectError, err);
        resolve(err.code);
      });
      client.on('close', () => {
        server.close();
        resolve(client.getProtocol?.());
      });
    });
  });
}

(async () => {
  await run({ psk: USERS.UserA, identity: 'UserA' }, {});
  await run({ psk: USERS.UserB, identity: 'UserB' }, { maxVersion: 'TLSv1.2' });

  const server = tls.createServer({ ciphers: 'PSK+HIGH', pskCallback: () => {}, pskIdentityHint: 'a'.repeat(512) });
  server.on('tlsClientError', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_TLS_PSK_SET_IDENTITY_HINT_FAILED');
    assert.strictEqual(err.message, 'Failed to set PSK identity hint');
    server.close();
  }));
  server.listen(0, () => {
    tls.connect({ port: server.address().port, ciphers: 'PSK+HIGH', checkServerIdentity: () => {}, pskCallback: () => {} })
      .on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ECONNRESET')));
  });
})().then(common.mustCall());
