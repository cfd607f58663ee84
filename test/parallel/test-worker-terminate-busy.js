'use strict';
// terminate() stops a worker spinning in `while (true) {}`: the promise resolves
// with exit code 1 and 'exit' fires; terminating again resolves too.
const common = require('../common');
const assert = require('node:assert');
const { Worker } = require('node:worker_threads');

const worker = new Worker('require("node:worker_threads").parentPort.postMessage("spinning"); while (true) {}', { eval: true });
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));
worker.once('message', common.mustCall(async (m) => {
  assert.strictEqual(m, 'spinning');
  const code = await worker.terminate();
  assert.strictEqual(code, 1);
  assert.strictEqual(await worker.terminate(), undefined);
}));
