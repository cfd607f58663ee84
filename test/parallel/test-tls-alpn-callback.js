'use strict';
// ALPNCallback: the server chooses among the client's protocols; undefined refuses
// the handshake; a protocol the client did not offer is an uncaught
// ERR_TLS_ALPN_CALLBACK_INVALID_RESULT and the handshake fails; and the option
// excludes ALPNProtocols.
const common = require('../common');
const assert = require('assert');
const tls = require('tls');
const keys = require('../fixtures/keys/keys.js');

assert.throws(() => tls.createServer({ ALPNCallback: () => 'a', ALPNProtocols: ['b'] }), {
  name: 'TypeError',
  code: 'ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS',
  message: 'The ALPNCallback and ALPNProtocols TLS options are mutually exclusive',
});

process.once('uncaughtException', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_TLS_ALPN_CALLBACK_INVALID_RESULT');
  assert.strictEqual(err.message,
                     "ALPN callback returned a value (http/5) that did not match any of the client's offered protocols (a, b, c)");
}));

const answers = [(p) => p[1], () => 'http/5', () => undefined];
let n = 0;
const server = tls.createServer({
  key: keys.agent1Key,
  cert: keys.agent1Cert,
  ALPNCallback: common.mustCall(({ servername, protocols }) => {
    assert.strictEqual(servername, 'localhost');
    assert.deepStrictEqual(protocols, ['a', 'b', 'c']);
    return answers[n++](protocols);
  }, 3),
}, (s) => {
  assert.strictEqual(s.alpnProtocol, 'b');
  s.end();
});

function connect(i) {
  if (i === 3) return server.close();
  const c = tls.connect({ port: server.address().port, ca: keys.caCert, servername: 'localhost', ALPNProtocols: ['a', 'b', 'c'] });
  c.on('secureConnect', () => {
    assert.strictEqual(i, 0);
    assert.strictEqual(c.alpnProtocol, 'b');
  });
  c.on('error', (err) => {
    assert.notStrictEqual(i, 0);
    assert.strictEqual(err.code, 'ERR_SSL_TLSV1_ALERT_NO_APPLICATION_PROTOCOL');
  });
  c.resume();
  c.on('close', () => connect(i + 1));
}
server.listen(0, common.mustCall(() => connect(0)));
