'use strict';
// worker.cpuUsage([prev]) resolves with the CPU time the worker's thread used,
// validates prev synchronously, and rejects once the worker has exited.
const common = require('../common');
const assert = require('assert');
const { once } = require('events');
const { Worker } = require('worker_threads');

(async () => {
  const w = new Worker(`
    const { parentPort } = require('worker_threads');
    const end = Date.now() + 60;
    while (Date.now() < end);
    parentPort.postMessage('busy done');
    setInterval(() => {}, 1000);
  `, { eval: true });
  await once(w, 'message');
  assert.throws(() => w.cpuUsage(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => w.cpuUsage({ user: -1, system: 0 }), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "prev.user" is out of range. It must be >= 0 && <= 9007199254740991. Received -1',
  });
  const first = await w.cpuUsage();
  assert.deepStrictEqual(Object.keys(first), ['user', 'system']);
  assert.ok(first.user + first.system >= 20000, `${first.user} + ${first.system}`);
  const delta = await w.cpuUsage(first);
  assert.ok(delta.user >= 0 && delta.system >= 0);
  await w.terminate();
  await assert.rejects(w.cpuUsage(), { code: 'ERR_WORKER_NOT_RUNNING' });
})().then(common.mustCall());
