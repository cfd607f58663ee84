'use strict';
// Many postMessage round trips between the main thread and a worker: every reply
// arrives, in order, with its value intact (a lost wake-up would hang here), and
// posting to a worker that has ended is silently dropped.
const common = require('../common');
const assert = require('node:assert');
const { Worker } = require('node:worker_threads');

const n = 5000;
const w = new Worker(`
  const { parentPort } = require('node:worker_threads');
  parentPort.on('message', (m) => parentPort.postMessage(typeof m === 'number' ? m + 1 : m));
`, { eval: true });

let expected = 1;
w.on('message', common.mustCall((m) => {
  if (expected === n + 1) {
    assert.deepStrictEqual(m, { done: [1, 'two'] });
    w.terminate();
    return;
  }
  assert.strictEqual(m, expected);
  expected += 2;
  if (expected > n) w.postMessage({ done: [1, 'two'] });
  else w.postMessage(m + 1);
}, Math.ceil(n / 2) + 1));
w.on('exit', common.mustCall(() => {
  w.postMessage('after exit'); // no throw, nowhere to go
}));
w.postMessage(0);
