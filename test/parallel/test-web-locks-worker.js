'use strict';
// A lock is process-wide: held in the main thread it blocks a worker's request of
// the same name, and a worker that ends holding or waiting for a lock lets it go.
const common = require('../common');
const assert = require('node:assert');
const { Worker } = require('node:worker_threads');

const lm = navigator.locks;
const events = [];

(async () => {
  let release;
  const mainHold = lm.request('shared-name', () => new Promise((resolve) => { release = resolve; }));
  const worker = new Worker(`
    const { parentPort } = require('node:worker_threads');
    // A request waiting for a lock does not keep a thread alive: this does.
    setInterval(() => {}, 1000);
    parentPort.postMessage('asking');
    navigator.locks.request('shared-name', (lock) => {
      parentPort.postMessage('granted ' + lock.name);
      return new Promise(() => {}); // held until the worker is terminated
    });
  `, { eval: true });
  const message = () => new Promise((resolve) => worker.once('message', resolve));
  assert.strictEqual(await message(), 'asking');
  // The worker waits while the main thread holds the lock.
  await new Promise((resolve) => setTimeout(resolve, 50));
  events.push('main releasing');
  const granted = message();
  release();
  await mainHold;
  events.push(await granted);
  // Now the worker holds it: the main thread cannot get it.
  assert.strictEqual(await lm.request('shared-name', { ifAvailable: true }, (l) => l), null);
  // Terminating the worker frees its lock.
  await worker.terminate();
  events.push(await lm.request('shared-name', (l) => `main again ${l.name}`));
  assert.deepStrictEqual(events, ['main releasing', 'granted shared-name', 'main again shared-name']);
})().then(common.mustCall());
