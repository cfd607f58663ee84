'use strict';
// A TLSSocket's methods after destroy() and after 'close' (its TLS state is freed when
// it closes): node's answers (null, or a TypeError from the missing handle), never a
// crash; and a socket destroyed from a 'keylog' listener, which runs inside the
// handshake, frees its TLS state only once the handshake step returned.
const common = require('../common');
const assert = require('assert');
const tls = require('tls');
const keys = require('../fixtures/keys/keys.js');

const server = tls.createServer({ key: keys.agent1Key, cert: keys.agent1Cert }, (s) => {
  s.on('error', () => {});
  s.end('hi');
});

function noHandle(name) {
  return { name: 'TypeError', message: `Cannot read properties of null (reading '${name}')` };
}

function probe(c, established = true) {
  assert.strictEqual(c.getPeerCertificate(), null);
  assert.strictEqual(c.getPeerCertificate(true), null);
  assert.strictEqual(c.getCertificate(), null);
  assert.strictEqual(c.getPeerX509Certificate(), undefined);
  assert.strictEqual(c.getX509Certificate(), undefined);
  assert.strictEqual(c.getCipher(), null);
  assert.strictEqual(c.getProtocol(), null);
  assert.strictEqual(c.getSession(), null);
  assert.strictEqual(c.getTLSTicket(), null);
  assert.strictEqual(c.isSessionReused(), null);
  assert.strictEqual(c.getFinished(), null);
  assert.strictEqual(c.getPeerFinished(), null);
  assert.strictEqual(c.getSharedSigalgs(), null);
  assert.strictEqual(c.getEphemeralKeyInfo(), null);
  assert.strictEqual(c.renegotiate({}, common.mustNotCall()), undefined);
  assert.throws(() => c.setServername('x.example'), noHandle('setServername'));
  assert.throws(() => c.exportKeyingMaterial(16, 'label'),
                established ? noHandle('exportKeyingMaterial') : { code: 'ERR_TLS_INVALID_STATE' });
  assert.throws(() => c.setMaxSendFragment(1024), noHandle('setMaxSendFragment'));
  assert.throws(() => c.setMaxSendFragment(1), noHandle('setMaxSendFragment'));
  assert.strictEqual(c.ssl, null);
}

server.listen(0, common.mustCall(() => {
  const { port } = server.address();
  const c = tls.connect({ port, rejectUnauthorized: false }, common.mustCall(() => {
    const ssl = c.ssl;
    c.destroy();
    probe(c);
    c.on('close', common.mustCall(() => {
      probe(c);
      // The handle kept from before: its TLS state is gone.
      assert.strictEqual(ssl.verifyError().code, 'UNABLE_TO_GET_ISSUER_CERT');
      assert.strictEqual(ssl.readStart(), -22);
      setImmediate(common.mustCall(() => {
        probe(c);
        destroyInKeylog(port);
      }));
    }));
  }));
}));

function destroyInKeylog(port) {
  let left = 20;
  const next = () => {
    if (left-- === 0) return server.close();
    const c = tls.connect({ port, rejectUnauthorized: false });
    c.on('error', common.mustNotCall());
    c.once('keylog', () => {
      c.destroy();
      probe(c, false);
    });
    c.on('close', common.mustCall(() => {
      probe(c, false);
      next();
    }));
  };
  next();
}
