'use strict';
// --trace-exit (here from the NODE_OPTIONS of a worker's env) reports where
// process.exit() was called, naming the thread.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const { Worker } = require('worker_threads');

if (process.argv[2] === 'child') {
  const w = new Worker(`
    function leave() { process.exit(0); }
    setImmediate(leave);
  `, { eval: true, env: { ...process.env, NODE_OPTIONS: '--trace-exit' } });
  w.on('exit', (code) => assert.strictEqual(code, 0));
  return;
}

const r = spawnSync(process.execPath, [__filename, 'child'], { encoding: 'utf8' });
assert.strictEqual(r.status, 0);
assert.match(r.stderr, /^\(node:\d+, thread:\d+\) WARNING: Exited the environment with code 0\n {4}at /);
assert.match(r.stderr, /at leave \(/);
