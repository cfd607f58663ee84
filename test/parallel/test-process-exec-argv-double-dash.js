'use strict';
// `--` ends the runtime's options: it is in neither process.execArgv nor (for a
// worker's execArgv option) the worker's process.execArgv; later ones reach argv.
const common = require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const { Worker } = require('worker_threads');

if (process.argv[2] === 'child') {
  console.log(JSON.stringify([process.execArgv, process.argv.slice(3)]));
  return;
}

const out = spawnSync(process.execPath,
                      ['--pending-deprecation', '--', __filename, 'child', 'a', '--', 'b']);
assert.deepStrictEqual(JSON.parse(out.stdout.toString()),
                       [['--pending-deprecation'], ['a', '--', 'b']]);

const worker = new Worker('require("worker_threads").parentPort.postMessage(process.execArgv)', {
  eval: true, execArgv: ['--pending-deprecation', '--'],
});
worker.on('message', common.mustCall((execArgv) => {
  assert.deepStrictEqual(execArgv, ['--pending-deprecation']);
}));
