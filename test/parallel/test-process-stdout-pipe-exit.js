'use strict';
// A large write to a pipe is all delivered (node can lose the tail when
// process.exit() follows at once; eddy writes stdout pipes synchronously and does
// not, but only what both guarantee is pinned here); writes keep their order
// with console output and write callbacks.
const common = require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const big = spawnSync(process.execPath, ['-e', `
  process.stdout.write('x'.repeat(8 * 1024 * 1024));
  process.stdout.write(Buffer.from('tail'));
  process.exitCode = 3;
`], { maxBuffer: 64 * 1024 * 1024 });
assert.strictEqual(big.status, 3);
assert.strictEqual(big.stdout.length, 8 * 1024 * 1024 + 4);
assert.strictEqual(big.stdout.subarray(-4).toString(), 'tail');

const mixed = spawnSync(process.execPath, ['-e', `
  console.log('a');
  process.stdout.write('b\\n', () => console.log('c'));
  console.error('e');
`]);
assert.strictEqual(mixed.status, 0);
assert.strictEqual(String(mixed.stdout), 'a\nb\nc\n');
assert.strictEqual(String(mixed.stderr), 'e\n');
common.mustCall()();
