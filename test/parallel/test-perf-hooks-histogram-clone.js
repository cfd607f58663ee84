'use strict';
// A histogram copied by structuredClone() or to another thread shares its values
// with the original, as node's copies share one native histogram: what either
// records, both report. A monitorEventLoopDelay() histogram is copied as a plain
// Histogram, which cannot be enabled.
const common = require('../common');
const assert = require('assert');
const { createHistogram, monitorEventLoopDelay } = require('perf_hooks');
const { Worker } = require('worker_threads');

const h = createHistogram();
h.record(3);
h.record(5);
const copy = structuredClone(h);
assert.notStrictEqual(copy, h);
assert.strictEqual(copy.constructor, h.constructor);
assert.strictEqual(copy.count, 2);
assert.strictEqual(copy.min, 3);
copy.record(1);
copy.record(2n);
assert.strictEqual(h.count, 4);
assert.strictEqual(h.min, 1);
assert.strictEqual(h.max, 5);
assert.strictEqual(h.mean, 11 / 4);
assert.deepStrictEqual(h.percentiles, copy.percentiles);

// Past the room first reserved for distinct values.
for (let i = 10; i < 1010; i++) h.record(i);
assert.strictEqual(copy.count, 1004);
assert.strictEqual(copy.percentile(100), 1009);
assert.strictEqual(copy.percentile(50), 507);

// Values out of range count as exceeds for both.
const bounded = createHistogram({ lowest: 1, highest: 100 });
const boundedCopy = structuredClone(bounded);
boundedCopy.record(1000);
assert.strictEqual(bounded.exceeds, 1);
assert.strictEqual(bounded.count, 0);

// add() of a copy into its original reads before it writes.
const a = createHistogram();
a.record(7);
a.add(structuredClone(a));
assert.strictEqual(a.count, 2);

copy.reset();
assert.strictEqual(h.count, 0);
assert.strictEqual(h.max, 0);

const eld = monitorEventLoopDelay();
const eldCopy = structuredClone(eld);
assert.strictEqual(eldCopy.enable, undefined);
assert.strictEqual(eldCopy.disable, undefined);
assert.strictEqual(typeof eldCopy.percentile, 'function');

// Another thread records through its copy; this thread sees the values.
const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.once('message', (copy) => {
    for (let i = 0; i < 100; i++) copy.record(42);
    parentPort.postMessage(copy.count);
  });
`, { eval: true });
worker.on('message', common.mustCall((countThere) => {
  assert.strictEqual(countThere, 100);
  assert.strictEqual(h.count, 100);
  assert.strictEqual(h.percentile(50), 42);
  worker.terminate();
}));
worker.postMessage(h);
