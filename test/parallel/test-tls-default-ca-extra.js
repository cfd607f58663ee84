'use strict';
// Contexts without `ca` trust the default store plus NODE_EXTRA_CA_CERTS, on both
// sides: a client checking the server, a server checking a client certificate
// (requestCert). The store is shared and loaded on first use.
const common = require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const fixtures = require('../common/fixtures');

if (process.argv[2] === 'child') {
  const tls = require('tls');
  const keys = require('../fixtures/keys/keys');
  const server = tls.createServer({ key: keys.agent1Key, cert: keys.agent1Cert, requestCert: true,
                                    rejectUnauthorized: false },
                                  common.mustCall((s) => {
                                    s.end(`${s.authorized}:${s.authorizationError ?? ''}`);
                                  }));
  server.listen(0, common.mustCall(() => {
    const c = tls.connect({ port: server.address().port, host: 'localhost',
                            key: keys.agent1Key, cert: keys.agent1Cert, rejectUnauthorized: false },
                          common.mustCall(() => {
      let got = '';
      c.setEncoding('utf8');
      c.on('data', (d) => { got += d; });
      c.on('end', common.mustCall(() => {
        console.log(`client ${c.authorized}:${c.authorizationError ?? ''} server ${got}`);
        server.close();
      }));
    }));
  }));
  return;
}

const run = (env) => {
  const r = spawnSync(process.execPath, [__filename, 'child'], { env: { ...process.env, ...env }, encoding: 'utf8' });
  assert.strictEqual(r.status, 0, r.stderr);
  return r.stdout.trim();
};
assert.strictEqual(run({ NODE_EXTRA_CA_CERTS: fixtures.path('keys', 'ca-cert.pem') }),
                   'client true: server true:');
// Without the extra file, the test CA is unknown to both sides.
const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS;
const r = spawnSync(process.execPath, [__filename, 'child'], { env, encoding: 'utf8' });
assert.strictEqual(r.status, 0, r.stderr);
assert.strictEqual(r.stdout.trim(),
                   'client false:UNABLE_TO_VERIFY_LEAF_SIGNATURE server false:UNABLE_TO_VERIFY_LEAF_SIGNATURE');
