'use strict';
// Client sessions ('session' event, resumption with options.session), 'keylog'
// lines on both sides, and maxVersion limiting the protocol.
const common = require('../common');
const assert = require('assert');
const tls = require('tls');
const keys = require('../fixtures/keys/keys');

const server = tls.createServer({ key: keys.agent1Key, cert: keys.agent1Cert }, (s) => s.end('hi'));
server.on('keylog', common.mustCallAtLeast((line, socket) => {
  assert.ok(Buffer.isBuffer(line));
  assert.match(line.toString(), /^[A-Z_0-9]+ [0-9a-f]+ [0-9a-f]+\n$/);
  assert.ok(socket instanceof tls.TLSSocket);
}));

function connect(options) {
  return new Promise((resolve, reject) => {
    const c = tls.connect({ port: server.address().port, host: 'localhost', ca: keys.caCert, ...options });
    let session;
    const lines = [];
    c.on('session', (s) => { session = s; });
    c.on('keylog', (l) => lines.push(l.toString()));
    c.resume();
    c.on('end', () => resolve({ session, reused: c.isSessionReused(), protocol: c.getProtocol(), lines }));
    c.on('error', reject);
  });
}

server.listen(0, common.mustCall(async () => {
  const first = await connect({ maxVersion: 'TLSv1.2' });
  assert.strictEqual(first.protocol, 'TLSv1.2');
  assert.strictEqual(first.reused, false);
  assert.ok(Buffer.isBuffer(first.session));
  assert.ok(first.lines.some((l) => l.startsWith('CLIENT_RANDOM ')));
  const second = await connect({ maxVersion: 'TLSv1.2', session: first.session });
  assert.strictEqual(second.reused, true);
  const v13 = await connect({});
  assert.strictEqual(v13.protocol, 'TLSv1.3');
  assert.ok(v13.lines.some((l) => l.startsWith('CLIENT_HANDSHAKE_TRAFFIC_SECRET ')));
  server.close();
}));

assert.throws(() => tls.connect({ port: 1, maxVersion: 'TLSv9' }), {
  code: 'ERR_TLS_INVALID_PROTOCOL_VERSION', name: 'TypeError', message: '"TLSv9" is not a valid maximum TLS protocol version',
});
