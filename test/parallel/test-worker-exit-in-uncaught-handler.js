'use strict';
// process.exit() called by a worker's 'uncaughtException' listener ends the worker
// with that code, with no 'error' event on the Worker and nothing printed, every
// time.
const common = require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const { Worker } = require('worker_threads');

if (process.argv[2] === 'child') {
  for (let i = 0; i < 4; i++) {
    const w = new Worker(`
      process.on('uncaughtException', () => process.exit(42));
      throw new Error('boom');
    `, { eval: true });
    w.on('error', common.mustNotCall());
    w.on('exit', common.mustCall((code) => assert.strictEqual(code, 42)));
  }
  return;
}

const r = spawnSync(process.execPath, [__filename, 'child'], { encoding: 'utf8' });
assert.strictEqual(r.stderr, '');
assert.strictEqual(r.stdout, '');
assert.strictEqual(r.status, 0);
