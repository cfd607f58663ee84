'use strict';
// SNICallback: a function or node's ERR_INVALID_ARG_TYPE; its error — or a context
// that is not a SecureContext ('Invalid SNI context') — fails the handshake without
// an alert (the client sees the connection close) and reaches tlsClientError with
// socket.servername set; a good context is used.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const tls = require('tls');
const keys = require('../fixtures/keys/keys.js');

for (const SNICallback of ['x', 42, {}]) {
  assert.throws(() => tls.createServer({ SNICallback }), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
  assert.throws(() => new tls.TLSSocket(new net.Socket(), { isServer: true, SNICallback }), {
    code: 'ERR_INVALID_ARG_TYPE',
  });
}

const good = tls.createSecureContext({ key: keys.agent1Key, cert: keys.agent1Cert });
const server = tls.createServer({
  SNICallback(name, cb) {
    if (name === 'good.test') cb(null, good);
    else if (name === 'plain.test') cb(null, {});
    else cb(new Error('no such host'));
  },
}, (s) => s.end('ok'));
const errors = [];
server.on('tlsClientError', (err, socket) => errors.push([socket.servername, err.message]));

function connect(servername) {
  return new Promise((resolve) => {
    const c = tls.connect({ port: server.address().port, servername, rejectUnauthorized: false });
    let data = '';
    let error = null;
    c.on('data', (d) => { data += d; });
    c.on('error', (err) => { error = err.message; });
    c.on('close', () => resolve(error ?? data));
  });
}

server.listen(0, common.mustCall(async () => {
  assert.strictEqual(await connect('good.test'), 'ok');
  const disconnected = 'Client network socket disconnected before secure TLS connection was established';
  assert.strictEqual(await connect('bad.test'), disconnected);
  assert.strictEqual(await connect('plain.test'), disconnected);
  assert.deepStrictEqual(errors, [['bad.test', 'no such host'], ['plain.test', 'Invalid SNI context']]);
  server.close();
}));
