'use strict';
// A server keeping its sessions itself: 'newSession' (id, data, done) hands each
// new session over, 'resumeSession' (id, callback) is asked for the one a client
// names and may answer later; the handshake waits, and the session is resumed.
// A client's 'session' event comes after 'secureConnect'.
const common = require('../common');
const assert = require('assert');
const tls = require('tls');
const { SSL_OP_NO_TICKET } = require('crypto').constants;
const keys = require('../fixtures/keys/keys');

const store = new Map();
const server = tls.createServer({
  key: keys.agent1Key, cert: keys.agent1Cert, maxVersion: 'TLSv1.2', secureOptions: SSL_OP_NO_TICKET,
}, (s) => s.end(String(s.isSessionReused())));
server.on('newSession', common.mustCall((id, data, done) => {
  store.set(id.toString('hex'), data);
  setImmediate(done);
}));
// Twice: a TLS 1.3-capable client names a (random) session id even when it has none.
server.on('resumeSession', common.mustCall((id, callback) => {
  setTimeout(() => callback(null, store.get(id.toString('hex')) ?? null), 20);
}, 2));

function connect(session) {
  return new Promise((resolve) => {
    const events = [];
    let reused;
    const c = tls.connect({ port: server.address().port, rejectUnauthorized: false, session }, () => {
      events.push('secureConnect');
      reused = c.isSessionReused();
    });
    c.on('session', (s) => {
      events.push('session');
      session = s;
    });
    let data = '';
    c.setEncoding('utf8');
    c.on('data', (d) => { data += d; });
    c.on('close', () => {
      assert.strictEqual(c.isSessionReused(), null);
      resolve({ data, reused, events, session });
    });
  });
}

server.listen(0, common.mustCall(async () => {
  const first = await connect();
  assert.deepStrictEqual([first.data, first.reused, first.events], ['false', false, ['secureConnect', 'session']]);
  const second = await connect(first.session);
  assert.deepStrictEqual([second.data, second.reused], ['true', true]);
  server.close();
}));
