'use strict';
// Time from new Worker() to 'online', N workers one after the other.
const { Worker } = require('worker_threads');
const n = Number(process.argv[2]) || 20;
let total = 0;
let i = 0;
(function next() {
  if (i++ === n) {
    console.log(`worker to 'online' (mean of ${n}): ${(total / n).toFixed(2)} ms`);
    return;
  }
  const t = process.hrtime.bigint();
  const w = new Worker('0', { eval: true });
  w.on('online', () => { total += Number(process.hrtime.bigint() - t) / 1e6; });
  w.on('exit', next);
})();
