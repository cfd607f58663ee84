'use strict';
// terminate() stops a worker blocked in Atomics.wait (with or without a timeout), as
// node's does; Atomics.wait itself: woken by another thread's notify, timing out,
// not-equal, and node's errors.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const code = `
  const { workerData: { cells, timeout }, parentPort } = require('worker_threads');
  parentPort.postMessage('blocking');
  const result = Atomics.wait(cells, 0, 0, timeout);
  parentPort.postMessage('returned ' + result);
`;
for (const timeout of [undefined, 60000]) {
  const cells = new Int32Array(new SharedArrayBuffer(4));
  const w = new Worker(code, { eval: true, workerData: { cells, timeout } });
  w.on('message', common.mustCall((m) => {
    assert.strictEqual(m, 'blocking');
    // Give it time to block; termination must reach it either way.
    setTimeout(() => w.terminate().then(common.mustCall((c) => assert.strictEqual(c, 1))), 20);
  }));
  w.on('exit', common.mustCall((c) => assert.strictEqual(c, 1)));
}

// Woken by the main thread's notify.
{
  const cells = new Int32Array(new SharedArrayBuffer(4));
  const w = new Worker(code, { eval: true, workerData: { cells, timeout: undefined } });
  const seen = [];
  w.on('message', common.mustCall((m) => {
    seen.push(m);
    if (m === 'blocking') {
      const notifyWhenBlocked = () => {
        if (Atomics.notify(cells, 0) === 0) setTimeout(notifyWhenBlocked, 5);
      };
      notifyWhenBlocked();
    }
  }, 2));
  w.on('exit', common.mustCall((c) => {
    assert.strictEqual(c, 0);
    assert.deepStrictEqual(seen, ['blocking', 'returned ok']);
  }));
}

// On this thread: not-equal, timed-out, and errors.
const cells = new Int32Array(new SharedArrayBuffer(8));
assert.strictEqual(Atomics.wait(cells, 0, 1), 'not-equal');
assert.strictEqual(Atomics.wait(cells, 0, 0, 0), 'timed-out');
assert.strictEqual(Atomics.wait(cells, 1, 0, 1), 'timed-out');
const big = new BigInt64Array(new SharedArrayBuffer(8));
assert.strictEqual(Atomics.wait(big, 0, 1n), 'not-equal');
assert.strictEqual(Atomics.wait(big, 0, 0n, 0), 'timed-out');
assert.throws(() => Atomics.wait(new Int32Array(4), 0, 0),
              { name: 'TypeError', message: '[object Int32Array] is not a shared typed array.' });
assert.throws(() => Atomics.wait(new Uint8Array(new SharedArrayBuffer(4)), 0, 0),
              { name: 'TypeError', message: '[object Uint8Array] is not an int32 or BigInt64 typed array.' });
assert.throws(() => Atomics.wait(cells, 2, 0), { name: 'RangeError', message: 'Invalid atomic access index' });
