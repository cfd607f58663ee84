'use strict';
// worker.getHeapSnapshot() validates its options and rejects with
// ERR_WORKER_NOT_RUNNING once the worker has exited.
const common = require('../common');
const assert = require('assert');
const { once } = require('events');
const { Worker } = require('worker_threads');

(async () => {
  const w = new Worker('', { eval: true });
  for (const bad of [1, true, null, 'x']) {
    assert.throws(() => w.getHeapSnapshot(bad), { code: 'ERR_INVALID_ARG_TYPE' });
  }
  await once(w, 'exit');
  await assert.rejects(w.getHeapSnapshot(), { name: 'Error', code: 'ERR_WORKER_NOT_RUNNING' });
})().then(common.mustCall());
