'use strict';
// terminate() of an unref()'ed worker still settles its promise with the exit
// code: the process stays alive until the thread has stopped.
const common = require('../common');
const assert = require('assert');
const { once } = require('events');
const { Worker } = require('worker_threads');

(async () => {
  const worker = new Worker('setInterval(() => {}, 1000);', { eval: true });
  await once(worker, 'online');
  worker.unref();
  assert.strictEqual(await worker.terminate(), 1);
})().then(common.mustCall());
