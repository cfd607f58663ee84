'use strict';
// postMessage ping-pong between the main thread and a worker, N round trips.
const { Worker } = require('worker_threads');
const n = Number(process.argv[2]) || 100000;
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', (m) => parentPort.postMessage(m));
`, { eval: true });
let i = 0;
let t;
w.on('message', () => {
  if (++i === n) {
    console.log(`ping-pong x${n}: ${(Number(process.hrtime.bigint() - t) / 1e6).toFixed(1)} ms`);
    w.terminate();
    return;
  }
  w.postMessage(i);
});
w.on('online', () => {
  t = process.hrtime.bigint();
  w.postMessage(0);
});
