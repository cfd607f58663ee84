'use strict';
// V8 and node flags without a meaning in eddy's engine are accepted, as node
// accepts them: --no-node-snapshot, --debug-arraybuffer-allocations; and
// --enable-sharedarraybuffer-per-context leaves no global SharedArrayBuffer.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

for (const [flag, type] of [['--no-node-snapshot', 'function'], ['--debug-arraybuffer-allocations', 'function'],
  ['--enable-sharedarraybuffer-per-context', 'undefined']]) {
  const r = spawnSync(process.execPath, [flag, '-e', 'console.log(typeof SharedArrayBuffer)'], { encoding: 'utf8' });
  assert.strictEqual(r.status, 0, r.stderr);
  assert.strictEqual(r.stdout, `${type}\n`);
}
