'use strict';
// Certificate verification on the client: node's error codes for a self-signed
// server, a missing CA and a name mismatch; rejectUnauthorized: false reports the
// error in authorizationError instead.
const common = require('../common');
const assert = require('assert');
const tls = require('tls');
const keys = require('../fixtures/keys/keys');

const hint = '; if the root CA is installed locally, try running Node.js with --use-system-ca';

// A rejected server never sees what the client wrote before the handshake.
function serve(key, cert, run) {
  const server = tls.createServer({ key, cert }, (s) => {
    s.on('data', common.mustNotCall());
    s.on('error', () => {});
    s.end();
  });
  server.on('tlsClientError', () => {});
  server.listen(0, () => run(server.address().port, () => server.close()));
}

serve(keys.selfsignedKey, keys.selfsignedCert, common.mustCall((port, done) => {
  const c = tls.connect({ port, host: 'localhost' });
  c.write('secret');
  c.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'DEPTH_ZERO_SELF_SIGNED_CERT');
    assert.strictEqual(err.message, `self-signed certificate${hint}`);
    done();
  }));
}));

serve(keys.agent1Key, keys.agent1Cert, common.mustCall((port, done) => {
  tls.connect({ port, host: 'localhost', ca: keys.agent2Cert }).on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'UNABLE_TO_VERIFY_LEAF_SIGNATURE');
    assert.strictEqual(err.message, `unable to verify the first certificate${hint}`);
    done();
  }));
}));

serve(keys.agent2Key, keys.agent2Cert, common.mustCall((port, done) => {
  tls.connect({ port, host: 'localhost', ca: keys.caCert }).on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_TLS_CERT_ALTNAME_INVALID');
    assert.strictEqual(err.message,
                       "Hostname/IP does not match certificate's altnames: Host: localhost. is not in the cert's altnames: DNS:agent2.example");
    assert.strictEqual(err.host, 'localhost');
    assert.strictEqual(err.reason, "Host: localhost. is not in the cert's altnames: DNS:agent2.example");
    done();
  }));
}));

serve(keys.selfsignedKey, keys.selfsignedCert, common.mustCall((port, done) => {
  const c = tls.connect({ port, host: 'localhost', rejectUnauthorized: false }, common.mustCall(() => {
    assert.strictEqual(c.authorized, false);
    assert.strictEqual(c.authorizationError, 'DEPTH_ZERO_SELF_SIGNED_CERT');
    c.end();
    done();
  }));
}));

// servername selects the name checked: agent2's certificate passes for its own name.
serve(keys.agent2Key, keys.agent2Cert, common.mustCall((port, done) => {
  const c = tls.connect({ port, host: '127.0.0.1', servername: 'agent2.example', ca: keys.caCert },
                        common.mustCall(() => {
                          assert.strictEqual(c.authorized, true);
                          c.end();
                          done();
                        }));
}));
