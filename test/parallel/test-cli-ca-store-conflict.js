'use strict';
// --use-openssl-ca and --use-bundled-ca name two CA stores: given together (on the
// command line or with NODE_OPTIONS) the process refuses to start, naming itself by
// its path, with exit code 9. Either alone is fine.
require('../common');
const assert = require('node:assert');
const { spawnSync } = require('node:child_process');

const message = `${process.execPath}: either --use-openssl-ca or --use-bundled-ca can be used, not both\n`;

const both = spawnSync(process.execPath, ['--use-bundled-ca', '--use-openssl-ca', '-p', '1'],
                       { encoding: 'utf8' });
assert.strictEqual(both.stderr, message);
assert.strictEqual(both.stdout, '');
assert.strictEqual(both.status, 9);

const split = spawnSync(process.execPath, ['--use-openssl-ca', '-p', '1'],
                        { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '--use-bundled-ca' } });
assert.strictEqual(split.stderr, message);
assert.strictEqual(split.status, 9);

for (const flag of ['--use-bundled-ca', '--use-openssl-ca']) {
  const one = spawnSync(process.execPath, [flag, '-p', '1'], { encoding: 'utf8' });
  assert.strictEqual(one.stdout, '1\n');
  assert.strictEqual(one.status, 0);
}
