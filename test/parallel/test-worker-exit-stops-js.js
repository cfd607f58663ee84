'use strict';
// process.exit() in a worker stops its JS at once: a surrounding catch or
// finally block does not run, nor does the rest of the function (seen through
// shared memory), and the worker ends with the code given.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const flags = new Int32Array(new SharedArrayBuffer(12));
const w = new Worker(`
  const { workerData: flags } = require('worker_threads');
  function leave() {
    try {
      process.exit(3);
    } catch {
      flags[0] = 1;
    } finally {
      flags[1] = 1;
    }
    flags[2] = 1;
  }
  leave();
`, { eval: true, workerData: flags });
w.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 3);
  assert.deepStrictEqual([...flags], [0, 0, 0]);
}));
