'use strict';
// --secure-heap=<bytes> (and --secure-heap-min) give OpenSSL a secure heap, which
// crypto.secureHeapUsed() reports: its size, smallest block, bytes in use (private
// keys live there) and their share. Without the flag there is none; sizes that are
// not powers of 2 are refused at start-up.
require('../common');
const assert = require('node:assert');
const { spawnSync } = require('node:child_process');
const { secureHeapUsed } = require('node:crypto');

if (process.argv[2] === 'child') {
  const before = secureHeapUsed();
  assert.deepStrictEqual(before, { total: 65536, used: 0, utilization: 0, min: 8 });
  const dh = require('node:crypto').getDiffieHellman('modp14');
  dh.generateKeys();
  const after = secureHeapUsed();
  assert.ok(after.used > 0);
  assert.strictEqual(after.utilization, after.used / 65536);
  return;
}

const none = secureHeapUsed();
assert.strictEqual(none.total, 0);
assert.strictEqual(none.used, 0);

const child = spawnSync(process.execPath, ['--secure-heap=65536', '--secure-heap-min=8', __filename, 'child'],
                        { encoding: 'utf8' });
assert.strictEqual(child.stderr, '');
assert.strictEqual(child.status, 0);

const bad = spawnSync(process.execPath, ['--secure-heap=1000', '--secure-heap-min=3', '-e', '0'], { encoding: 'utf8' });
assert.strictEqual(bad.status, 9);
assert.match(bad.stderr, /: --secure-heap must be a power of 2\n.*: --secure-heap-min must be a power of 2\n/);
