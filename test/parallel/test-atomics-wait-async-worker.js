'use strict';
// Atomics.notify in one thread wakes Atomics.waitAsync waiters of another, both ways.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const ia = new Int32Array(new SharedArrayBuffer(8));

// Main waits on element 0; the worker stores and notifies it. Then the worker waits
// on element 1 (kept alive by an interval until it is woken) and main notifies it.
const main = Atomics.waitAsync(ia, 0, 0);
assert.strictEqual(main.async, true);
const worker = new Worker(`
  const { workerData: ia, parentPort } = require('worker_threads');
  parentPort.once('message', () => {
    const r = Atomics.waitAsync(ia, 1, 0);
    const alive = setInterval(() => {}, 1000);
    r.value.then((v) => { clearInterval(alive); parentPort.postMessage('worker ' + v); });
    parentPort.postMessage('waiting');
  });
  Atomics.store(ia, 0, 7);
  parentPort.postMessage('notified ' + Atomics.notify(ia, 0));
`, { eval: true, workerData: ia });

const messages = [];
worker.on('message', common.mustCall((m) => {
  messages.push(m);
  if (m === 'waiting') assert.strictEqual(Atomics.notify(ia, 1), 1);
}, 3));
main.value.then(common.mustCall((v) => {
  assert.strictEqual(v, 'ok');
  assert.strictEqual(Atomics.load(ia, 0), 7);
  worker.postMessage('wait now');
}));
worker.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  assert.deepStrictEqual(messages, ['notified 1', 'waiting', 'worker ok']);
}));
