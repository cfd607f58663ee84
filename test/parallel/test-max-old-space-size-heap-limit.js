'use strict';
// v8.getHeapStatistics().heap_size_limit is the limit node's V8 would have: the old
// generation (--max-old-space-size-percentage of the machine's memory, which wins over
// --max-old-space-size, else --max-old-space-size, else V8's default: 4 GiB on a
// machine of 16 GiB or more) plus the young generation's 192 MiB. The percentage is a number over 0
// and up to 100; anything else stops the process with node's message and exit code 9,
// from the command line and from NODE_OPTIONS.
require('../common');
const assert = require('assert');
const os = require('os');
const { spawnSync } = require('child_process');

const MiB = 1024 * 1024;
const young = 192 * MiB;

function limitWith(args, env = {}) {
  const r = spawnSync(process.execPath, [...args, '-p', 'v8.getHeapStatistics().heap_size_limit'],
                      { env: { ...process.env, ...env }, encoding: 'utf8' });
  assert.strictEqual(r.stderr, '');
  assert.strictEqual(r.status, 0);
  return Number(r.stdout);
}

assert.strictEqual(limitWith(['--max-old-space-size=100']), 100 * MiB + young);
assert.strictEqual(limitWith(['--max_old_space_size=1000']), 1000 * MiB + young);
assert.strictEqual(limitWith([], { NODE_OPTIONS: '--max-old-space-size=300' }), 300 * MiB + young);

const totalMiB = Math.floor(os.totalmem() / MiB);
const half = Math.floor(totalMiB * 50 / 100) * MiB + young;
assert.strictEqual(limitWith(['--max-old-space-size=3000', '--max-old-space-size-percentage=50',
                              '--max-old-space-size=1000']), half);
assert.strictEqual(limitWith([], { NODE_OPTIONS: '--max-old-space-size-percentage=50' }), half);

// Without either, on a machine of 16 GiB or more: V8's 4 GiB cap.
if (os.totalmem() >= 16 * 1024 * MiB) assert.strictEqual(limitWith([]), 4096 * MiB + young);

for (const [value, message] of [
  ['', '--max-old-space-size-percentage= requires an argument'],
  ['0', '--max-old-space-size-percentage must be greater than 0 and up to 100. Got: 0'],
  ['100.5', '--max-old-space-size-percentage must be greater than 0 and up to 100. Got: 100.5'],
  ['abc', '--max-old-space-size-percentage must be greater than 0 and up to 100. Got: abc'],
  ['1%', '--max-old-space-size-percentage must be greater than 0 and up to 100. Got: 1%'],
]) {
  for (const [args, env] of [[[`--max-old-space-size-percentage=${value}`, '-e', '0'], {}],
                             [['-e', '0'], { NODE_OPTIONS: `--max-old-space-size-percentage=${value}` }]]) {
    const r = spawnSync(process.execPath, args, { env: { ...process.env, ...env }, encoding: 'utf8' });
    assert.strictEqual(r.status, 9);
    assert.ok(r.stderr.includes(`: ${message}\n`), r.stderr);
  }
}
