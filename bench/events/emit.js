'use strict';
// EventEmitter.emit with 1, 2 and 3 listeners and 0-3 arguments.
// Run: hyperfine 'build/eddy bench/events/emit.js' 'node bench/events/emit.js'
const EventEmitter = require('events');

const N = Number(process.argv[2]) || 2e6;
let sink = 0;
for (const listeners of [1, 2, 3]) {
  const ee = new EventEmitter();
  for (let i = 0; i < listeners; i++) ee.on('data', (a, b, c) => { sink += (a | 0) + (b | 0) + (c | 0); });
  const start = process.hrtime.bigint();
  for (let i = 0; i < N; i++) {
    ee.emit('data');
    ee.emit('data', i);
    ee.emit('data', i, 1);
    ee.emit('data', i, 1, 2);
  }
  const ns = Number(process.hrtime.bigint() - start);
  if (process.env.VERBOSE) console.log(`${listeners} listener(s): ${(ns / (4 * N)).toFixed(1)} ns/emit`);
}
if (sink === 0.5) console.log(sink);
