'use strict';
// worker_threads.isInternalThread: false on the main thread and in a worker, and
// an ES module can import it by name.
const common = require('../common');
const assert = require('assert');
const { isInternalThread, Worker } = require('worker_threads');

assert.strictEqual(isInternalThread, false);
const worker = new Worker(
  "import('node:worker_threads').then(({ isInternalThread, parentPort }) => parentPort.postMessage(isInternalThread))",
  { eval: true });
worker.on('message', common.mustCall((value) => assert.strictEqual(value, false)));
