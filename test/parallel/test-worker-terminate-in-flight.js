'use strict';
// Terminating a worker while messages are flowing both ways: terminate() resolves,
// 'exit' fires once, postMessage after exit is ignored.
const common = require('../common');
const assert = require('node:assert');
const { Worker } = require('node:worker_threads');

const worker = new Worker(`
  const { parentPort } = require('node:worker_threads');
  parentPort.on('message', (m) => parentPort.postMessage(m + 1));
  setInterval(() => parentPort.postMessage(-1), 1);
`, { eval: true });
let received = 0;
worker.on('message', (m) => {
  received++;
  if (m >= 0) worker.postMessage(m);
});
worker.on('online', common.mustCall(() => {
  worker.postMessage(0);
  for (let i = 0; i < 100; i++) worker.postMessage(i);
  setTimeout(common.mustCall(async () => {
    const code = await worker.terminate();
    assert.strictEqual(code, 1);
    assert.ok(received > 0);
    worker.postMessage('after exit');
  }), 50);
}));
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));
