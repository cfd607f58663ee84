'use strict';
// Every TLS socket emits 'secure' when its handshake completes; only tls.connect()'s
// then judge the server (rejectUnauthorized) and emit 'secureConnect'. A client
// TLSSocket made by hand begins its handshake at its first write, and one made
// without a transport connects with socket.connect(). socket.ssl.verifyError() gives
// the verification result; socket._destroySSL() may be called before destroy().
const common = require('../common');
const assert = require('assert');
const net = require('net');
const tls = require('tls');
const keys = require('../fixtures/keys/keys');

const server = tls.createServer({ key: keys.agent1Key, cert: keys.agent1Cert }, (s) => {
  s.once('data', () => {
    s._destroySSL();
    s.destroy();
  });
  s.on('error', () => {});
});
let pending = 3;
const done = () => { if (--pending === 0) server.close(); };

server.listen(0, common.mustCall(() => {
  const { port } = server.address();
  const events = [];
  const c = tls.connect({ port, host: 'localhost' });
  c.on('secure', () => events.push('secure'));
  c.on('secureConnect', common.mustNotCall());
  c.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'UNABLE_TO_VERIFY_LEAF_SIGNATURE');
    assert.deepStrictEqual(events, ['secure']);
    done();
  }));

  // Over a connected plain socket, no verification: 'secure' only.
  const raw = net.connect(port, common.mustCall(() => {
    const t = new tls.TLSSocket(raw, {});
    t.on('secureConnect', common.mustNotCall());
    t.on('secure', common.mustCall(() => {
      assert.strictEqual(t.ssl.verifyError().code, 'UNABLE_TO_VERIFY_LEAF_SIGNATURE');
      assert.strictEqual(t.authorized, false);
      t.destroy();
      done();
    }));
    t.write('hello');
  }));

  // No transport yet: connect() gives it one.
  const u = new tls.TLSSocket(null, { ca: keys.caCert });
  assert.strictEqual(typeof u.ssl, 'object');
  u.connect(port, common.mustCall(() => u.write('hi')));
  u.on('secure', common.mustCall(() => {
    assert.strictEqual(u.ssl.verifyError(), null);
  }));
  u.on('error', () => {});
  u.on('close', common.mustCall(done));
}));
