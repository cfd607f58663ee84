'use strict';
// Timer workloads of a real-time server, each printing its CPU cost per operation
// (user + system, from process.cpuUsage) as a JSON line:
//   intervals N   N intervals of 10 ms for 2 s (game ticks, heartbeats): CPU per run
//   refresh       10,000 timeouts re-armed 100 times each (a socket's idle timeout
//                 refreshed per packet): CPU per refresh()
//   churn         10,000 timeouts set and cleared, 100 times (request timeouts)
// Usage: node cases.js intervals|refresh|churn [N]
const kind = process.argv[2];

function report(ops) {
  const u = process.cpuUsage(start);
  console.log(JSON.stringify({ kind, ops, ns: ((u.user + u.system) * 1000) / ops }));
}

let start;
if (kind === 'intervals') {
  const n = Number(process.argv[3] || 1000);
  let runs = 0;
  const intervals = [];
  for (let i = 0; i < n; i++) intervals.push(setInterval(() => { runs++; }, 10));
  start = process.cpuUsage();
  setTimeout(() => {
    for (const t of intervals) clearInterval(t);
    report(runs);
  }, 2000);
} else if (kind === 'refresh') {
  const timers = [];
  for (let i = 0; i < 10000; i++) timers.push(setTimeout(() => {}, 1000));
  start = process.cpuUsage();
  for (let j = 0; j < 100; j++) for (let i = 0; i < 10000; i++) timers[i].refresh();
  report(1e6);
  for (const t of timers) clearTimeout(t);
} else if (kind === 'churn') {
  start = process.cpuUsage();
  for (let j = 0; j < 100; j++) {
    const timers = [];
    for (let i = 0; i < 10000; i++) timers.push(setTimeout(() => {}, 1000));
    for (const t of timers) clearTimeout(t);
  }
  report(1e6);
} else {
  throw new Error(`unknown case ${kind}`);
}
