'use strict';
// terminate() stops a worker that never leaves its microtask queue (promise
// reactions, queueMicrotask, an async function awaiting in a loop), and a worker
// that ends while its own worker loops so is not held up by it.
const common = require('../common');
const assert = require('assert');
const { once } = require('events');
const { Worker } = require('worker_threads');

const loops = [
  'function loop() { Promise.resolve().then(loop); } loop();',
  'function loop() { queueMicrotask(loop); } loop();',
  '(async () => { for (;;) await null; })();',
];

(async () => {
  for (const loop of loops) {
    const w = new Worker(`${loop} require('worker_threads').parentPort.postMessage('looping');`, { eval: true });
    await once(w, 'message');
    const [code] = await Promise.all([w.terminate(), once(w, 'exit')]);
    assert.strictEqual(code, 1);
  }
  const outer = new Worker(`
    const { Worker, parentPort } = require('worker_threads');
    const inner = new Worker("${loops[0]} require('worker_threads').parentPort.postMessage('x')", { eval: true });
    inner.once('message', () => process.exit(5));
  `, { eval: true });
  const [code] = await once(outer, 'exit');
  assert.strictEqual(code, 5);
})().then(common.mustCall());
