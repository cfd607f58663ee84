'use strict';
// resourceLimits.stackSizeMb sets how deep a worker's JS can recurse: a worker given
// twice the stack reaches well past the depth of the smaller one, and both end with
// the stack overflow's RangeError.
require('../common');
const assert = require('assert');
const { once } = require('events');
const { Worker } = require('worker_threads');

async function depth(stackSizeMb) {
  const counter = new Uint32Array(new SharedArrayBuffer(4));
  const worker = new Worker(`
    const { workerData } = require('worker_threads');
    function f() { workerData[0]++; f(); }
    f();`, { eval: true, workerData: counter, resourceLimits: { stackSizeMb } });
  assert.strictEqual(worker.resourceLimits.stackSizeMb, stackSizeMb);
  const [err] = await once(worker, 'error');
  assert.strictEqual(err.name, 'RangeError');
  assert.strictEqual(err.message, 'Maximum call stack size exceeded');
  return counter[0];
}

(async () => {
  const small = await depth(0.5);
  const large = await depth(1);
  assert.ok(large > small * 1.4, `${small} vs ${large}`);
})().then(require('../common').mustCall());
