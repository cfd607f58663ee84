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
// Terminate once messages flow both ways (the first reply), a little later: a fixed
// delay after 'online' could end before a slow worker (a loaded machine, a sanitizer
// build) had run its script.
const terminateSoon = common.mustCall(() => {
  setTimeout(common.mustCall(async () => {
    const code = await worker.terminate();
    assert.strictEqual(code, 1);
    assert.ok(received > 0);
    worker.postMessage('after exit');
  }), 20);
});
worker.on('message', (m) => {
  received++;
  if (received === 1) terminateSoon();
  if (m >= 0) worker.postMessage(m);
});
worker.on('online', common.mustCall(() => {
  worker.postMessage(0);
  for (let i = 0; i < 100; i++) worker.postMessage(i);
}));
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));
