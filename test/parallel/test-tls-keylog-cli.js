'use strict';
// --tls-keylog=FILE appends every connection's key material (NSS key log lines, from
// both ends) to FILE, with a warning at the first TLS socket; a servername that is an IP address warns once (DEP0123).
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tls = require('tls');
const { spawnSync } = require('child_process');
const keys = require('../fixtures/keys/keys');

if (process.argv[2] === 'child') {
  process.on('warning', (w) => console.log(`${w.name} ${w.code} ${w.message}`));
  const server = tls.createServer({ key: keys.agent1Key, cert: keys.agent1Cert, maxVersion: 'TLSv1.2' },
                                  (s) => s.end());
  server.listen(0, () => {
    const c = tls.connect({ port: server.address().port, rejectUnauthorized: false, servername: '127.0.0.1' }, () => {
      c.on('close', () => server.close());
      c.resume();
    });
  });
  return;
}

const tmpdir = require('../common/tmpdir');
tmpdir.refresh();
const file = tmpdir.resolve('keylog.log');
const r = spawnSync(process.execPath, [`--tls-keylog=${file}`, __filename, 'child'], { encoding: 'utf8' });
assert.strictEqual(r.status, 0, r.stderr);
assert.strictEqual(r.stdout,
                   'Warning undefined Using --tls-keylog makes TLS connections insecure by writing secret key ' +
                   `material to file ${file}\n` +
                   'DeprecationWarning DEP0123 Setting the TLS ServerName to an IP address is not ' +
                   'permitted by RFC 6066. This will be ignored in a future version.\n');
const lines = fs.readFileSync(file, 'utf8').trim().split('\n');
assert.strictEqual(lines.length, 2);
assert.strictEqual(lines[0], lines[1]);
assert.match(lines[0], /^CLIENT_RANDOM [0-9a-f]{64} [0-9a-f]{96}$/);
common.mustCall()();
