'use strict';
// A secureContext option that is not one made by tls.createSecureContext() is
// refused with ERR_TLS_INVALID_CONTEXT (it ended the process in a native check):
// at once for a client socket, per connection ('tlsClientError') for a server, which
// goes on serving. A TLS handle's methods called on other objects throw a TypeError,
// and an SNICallback answering with a fake context fails that handshake only.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const tls = require('tls');
const keys = require('../fixtures/keys/keys.js');

const invalid = { name: 'TypeError', code: 'ERR_TLS_INVALID_CONTEXT',
                  message: 'context must be a SecureContext' };
for (const secureContext of [{ context: {} }, {}, 5]) {
  assert.throws(() => tls.connect({ port: 1, secureContext }), invalid);
  assert.throws(() => new tls.TLSSocket(null, { secureContext }), invalid);
}

const fake = tls.createServer({ secureContext: { context: {} } }, common.mustNotCall());
fake.on('tlsClientError', common.mustCall((err) => {
  assert.ok(err instanceof Error);
  fake.close();
  goodServer();
}));
fake.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect(fake.address().port, '127.0.0.1', () => c.write('hello'));
  c.on('error', () => {});
  c.on('close', () => c.destroy());
}));

function goodServer() {
  const server = tls.createServer({
    key: keys.agent1Key,
    cert: keys.agent1Cert,
    SNICallback: (name, cb) => cb(null, name === 'fake.test' ? { context: {} } : undefined),
  }, common.mustCall((socket) => {
    socket.end('ok');
  }));
  server.listen(0, '127.0.0.1', common.mustCall(() => {
    const port = server.address().port;
    const bad = tls.connect({ port, host: '127.0.0.1', servername: 'fake.test', rejectUnauthorized: false });
    bad.on('error', common.mustCall(() => {
      const client = tls.connect({ port, host: '127.0.0.1', rejectUnauthorized: false }, common.mustCall(() => {
        const handle = client._handle;
        let calls = 0;
        for (let p = Object.getPrototypeOf(handle); p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
          for (const key of Object.getOwnPropertyNames(p)) {
            const fn = Object.getOwnPropertyDescriptor(p, key).value;
            if (key === 'constructor' || typeof fn !== 'function') continue;
            calls++;
            try {
              fn.call({}, 1, 2);
            } catch (err) {
              assert.ok(err instanceof TypeError, `${key}: ${err}`);
            }
          }
        }
        assert.ok(calls > 5, `calls: ${calls}`);
      }));
      client.setEncoding('utf8');
      client.on('data', common.mustCall((d) => assert.strictEqual(d, 'ok')));
      client.on('end', common.mustCall(() => server.close()));
    }));
  }));
}
