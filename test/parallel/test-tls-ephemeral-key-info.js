'use strict';
// TLSSocket#getEphemeralKeyInfo(): on the client, the key exchange's ephemeral key
// ({ type: 'ECDH', name, size } or { type: 'DH', size }); the keys undefined when it had
// none (RSA); null on the server.
const common = require('../common');
const assert = require('assert');
const tls = require('tls');
const keys = require('../fixtures/keys/keys');

const cases = [
  [{ ecdhCurve: 'prime256v1' }, { type: 'ECDH', name: 'prime256v1', size: 256 }],
  [{ ecdhCurve: 'X25519' }, { type: 'ECDH', name: 'X25519', size: 253 }],
  [{ ecdhCurve: 'secp384r1' }, { type: 'ECDH', name: 'secp384r1', size: 384 }],
  [{ dhparam: 'auto', ciphers: 'DHE-RSA-AES256-GCM-SHA384' }, { type: 'DH', name: undefined, size: 2048 }],
  [{ ciphers: 'AES256-SHA256' }, { type: undefined, name: undefined, size: undefined }],
];

function next() {
  const c = cases.shift();
  if (!c) return;
  const [options, expected] = c;
  const server = tls.createServer({ key: keys.agent1Key, cert: keys.agent1Cert, maxVersion: 'TLSv1.2', ...options },
                                  common.mustCall((conn) => {
                                    assert.strictEqual(conn.getEphemeralKeyInfo(), null);
                                    conn.end();
                                  }));
  server.listen(0, common.mustCall(() => {
    const client = tls.connect({ port: server.address().port, rejectUnauthorized: false }, common.mustCall(() => {
      assert.deepStrictEqual({ ...client.getEphemeralKeyInfo() }, expected);
      client.end();
      server.close(next);
    }));
  }));
}
next();
