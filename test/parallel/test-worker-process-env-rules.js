'use strict';
// A worker's own process.env (not shared) keeps process.env's rules: values
// become strings, accessors and non-plain descriptors are refused, and what the
// worker sets stays in the worker. One made with SHARE_ENV shares the parent's:
// each sees what the other set, even after the worker started.
const common = require('../common');
const assert = require('assert');
const { Worker, SHARE_ENV } = require('worker_threads');

const own = new Worker(`
  const { parentPort } = require('worker_threads');
  process.env.NUMBER = 42;
  let refused;
  try {
    Object.defineProperty(process.env, 'X', { value: 'x' });
  } catch (err) {
    refused = err.code;
  }
  parentPort.postMessage({ number: process.env.NUMBER, refused, keys: Object.keys(process.env).sort() });
`, { eval: true, env: { GIVEN: true } });
own.on('message', common.mustCall((m) => {
  assert.deepStrictEqual(m, { number: '42', refused: 'ERR_INVALID_OBJECT_DEFINE_PROPERTY', keys: ['GIVEN', 'NUMBER'] });
  assert.strictEqual(process.env.NUMBER, undefined);
}));

process.env.EDDY_SHARED_BEFORE = 'before';
const shared = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.once('message', () => {
    parentPort.postMessage([process.env.EDDY_SHARED_BEFORE, process.env.EDDY_SHARED_AFTER,
                            'EDDY_SHARED_AFTER' in process.env]);
    process.env.EDDY_SHARED_WORKER = 'worker';
    delete process.env.EDDY_SHARED_BEFORE;
  });
`, { eval: true, env: SHARE_ENV });
process.env.EDDY_SHARED_AFTER = 'after';
shared.postMessage('go');
shared.on('message', common.mustCall((m) => {
  assert.deepStrictEqual(m, ['before', 'after', true]);
}));
shared.on('exit', common.mustCall(() => {
  assert.strictEqual(process.env.EDDY_SHARED_WORKER, 'worker');
  assert.strictEqual('EDDY_SHARED_BEFORE' in process.env, false);
  assert.ok(Object.keys(process.env).includes('EDDY_SHARED_WORKER'));
}));
