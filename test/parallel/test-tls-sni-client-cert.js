'use strict';
// Server-side SNI (SNICallback choosing a context) and client certificates
// (requestCert without rejectUnauthorized: a client without one is unauthorized).
const common = require('../common');
const assert = require('assert');
const tls = require('tls');
const keys = require('../fixtures/keys/keys');

const agent2 = tls.createSecureContext({ key: keys.agent2Key, cert: keys.agent2Cert });
const server = tls.createServer({
  key: keys.agent1Key, cert: keys.agent1Cert, ca: keys.caCert, requestCert: true, rejectUnauthorized: false,
  SNICallback: common.mustCall((name, cb) => cb(null, name === 'agent2.example' ? agent2 : undefined), 2),
}, common.mustCall((socket) => {
  socket.end(JSON.stringify([socket.servername, socket.authorized, socket.authorizationError]));
}, 3));

function get(options) {
  return new Promise((resolve, reject) => {
    const c = tls.connect({ port: server.address().port, host: 'localhost', ca: keys.caCert, ...options });
    let out = '';
    c.setEncoding('utf8');
    c.on('data', (d) => { out += d; });
    c.on('end', () => resolve([JSON.parse(out), c.getPeerCertificate().subject.CN]));
    c.on('error', reject);
  });
}

server.listen(0, common.mustCall(async () => {
  assert.deepStrictEqual(await get({ servername: 'agent2.example' }),
                         [['agent2.example', false, 'UNABLE_TO_GET_ISSUER_CERT'], 'agent2.example']);
  assert.deepStrictEqual(await get({ servername: 'other.example', checkServerIdentity: () => undefined }),
                         [['other.example', false, 'UNABLE_TO_GET_ISSUER_CERT'], 'localhost']);
  assert.deepStrictEqual(await get({ key: keys.agent1Key, cert: keys.agent1Cert }),
                         [[false, true, null], 'localhost']);
  server.close();
}));
