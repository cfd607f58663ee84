'use strict';
// --use-largepages takes off, on or silent (any other value: exit code 9), and is
// the process's: a worker's execArgv may not hold it.
require('../common');
const assert = require('node:assert');
const { spawnSync } = require('node:child_process');
const { Worker } = require('node:worker_threads');

for (const mode of ['off', 'on', 'silent']) {
  const child = spawnSync(process.execPath, [`--use-largepages=${mode}`, '-p', '42'], { encoding: 'utf8' });
  assert.strictEqual(child.status, 0);
  assert.strictEqual(child.stdout, '42\n');
}

const bad = spawnSync(process.execPath, ['--use-largepages=sometimes', '-p', '42'], { encoding: 'utf8' });
assert.strictEqual(bad.status, 9);
assert.strictEqual(bad.stdout, '');
assert.match(bad.stderr, /: invalid value for --use-largepages\n$/);

assert.throws(() => new Worker('0', { eval: true, execArgv: ['--use-largepages=on'] }),
              { code: 'ERR_WORKER_INVALID_EXEC_ARGV' });
