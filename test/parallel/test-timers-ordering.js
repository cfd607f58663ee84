'use strict';
// nextTick before promise jobs, repeated until both queues are empty, after each
// macrotask; timers and immediates interleave as in node.
require('../common');
const assert = require('assert');

const log = [];
setTimeout(() => {
  log.push('timeout1');
  process.nextTick(() => log.push('tick-in-timeout1'));
  Promise.resolve().then(() => log.push('micro-in-timeout1'));
}, 0);
setTimeout(() => log.push('timeout2'), 0);
setImmediate(() => {
  log.push('immediate1');
  process.nextTick(() => log.push('tick-in-immediate1'));
});
setImmediate(() => log.push('immediate2'));
process.nextTick(() => {
  log.push('tick1');
  Promise.resolve().then(() => {
    log.push('micro-from-tick1');
    process.nextTick(() => log.push('tick-from-micro'));
  });
  process.nextTick(() => log.push('tick-nested'));
});
Promise.resolve().then(() => log.push('micro1'));
queueMicrotask(() => log.push('qm1'));

process.on('exit', () => {
  const head = log.slice(0, 6);
  assert.deepStrictEqual(head, ['tick1', 'tick-nested', 'micro1', 'qm1', 'micro-from-tick1', 'tick-from-micro']);
  // Each timer callback is followed by its ticks and promise jobs before anything else.
  const t1 = log.indexOf('timeout1');
  assert.deepStrictEqual(log.slice(t1, t1 + 3), ['timeout1', 'tick-in-timeout1', 'micro-in-timeout1']);
  assert.ok(log.indexOf('timeout2') > t1);
  const i1 = log.indexOf('immediate1');
  assert.deepStrictEqual(log.slice(i1, i1 + 3), ['immediate1', 'tick-in-immediate1', 'immediate2']);
});
