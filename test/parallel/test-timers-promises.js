'use strict';
// timers/promises: values, ordering, intervals as async iterators, scheduler.
const common = require('../common');
const assert = require('assert');
const timersPromises = require('timers/promises');
const { setTimeout: sleep, setImmediate: immediate, setInterval: every, scheduler } = timersPromises;

assert.strictEqual(require('timers').promises, timersPromises);

(async () => {
  assert.strictEqual(await sleep(2, 'v'), 'v');
  assert.strictEqual(await immediate('i'), 'i');
  assert.strictEqual(await scheduler.wait(1), undefined);
  assert.strictEqual(await scheduler.yield(), undefined);

  const order = [];
  await Promise.all([
    sleep(20).then(() => order.push('t20')),
    sleep(1).then(() => order.push('t1')),
    immediate().then(() => order.push('imm')),
  ]);
  assert.strictEqual(order[2], 't20');

  let n = 0;
  for await (const v of every(1, 'tick')) {
    assert.strictEqual(v, 'tick');
    if (++n === 3) break;
  }
  assert.strictEqual(n, 3);

  await assert.rejects(sleep(1, null, { ref: 'no' }), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(sleep(1, null, 'x'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options" argument must be of type object. Received type string (\'x\')',
  });
  await assert.rejects(sleep(1, null, { signal: {} }), { code: 'ERR_INVALID_ARG_TYPE' });
})().then(common.mustCall());
