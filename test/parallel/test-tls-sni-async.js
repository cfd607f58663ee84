'use strict';
// An SNICallback may answer later (from a timer): the handshake waits for it. A
// late context is used; a late error, or an object that is not a SecureContext
// ('Invalid SNI context'), fails the handshake and reaches 'tlsClientError'.
const common = require('../common');
const assert = require('assert');
const tls = require('tls');
const keys = require('../fixtures/keys/keys');

const contexts = {
  'agent1.test': tls.createSecureContext({ key: keys.agent1Key, cert: keys.agent1Cert }),
};
const server = tls.createServer({
  key: keys.agent2Key,
  cert: keys.agent2Cert,
  SNICallback(name, cb) {
    setTimeout(() => {
      if (name === 'fail.test') cb(new Error('no such name'));
      else if (name === 'bogus.test') cb(null, {});
      else cb(null, contexts[name]);
    }, 20);
  },
}, (s) => s.end(s.servername));

const errors = [];
server.on('tlsClientError', (err) => errors.push(err.message));

function connect(servername) {
  return new Promise((resolve) => {
    const c = tls.connect({ port: server.address().port, servername, rejectUnauthorized: false }, () => {
      const cn = c.getPeerCertificate().subject.CN;
      let data = '';
      c.setEncoding('utf8');
      c.on('data', (d) => { data += d; });
      c.on('end', () => resolve(`${cn} ${data}`));
    });
    c.on('error', (err) => resolve(err.code));
  });
}

server.listen(0, common.mustCall(async () => {
  assert.strictEqual(await connect('agent1.test'), 'localhost agent1.test');
  // An answer of undefined keeps the server's own context.
  assert.strictEqual(await connect('other.test'), 'agent2.example other.test');
  assert.strictEqual(await connect('fail.test'), 'ECONNRESET');
  assert.strictEqual(await connect('bogus.test'), 'ECONNRESET');
  assert.deepStrictEqual(errors, ['no such name', 'Invalid SNI context']);
  server.close();
}));
