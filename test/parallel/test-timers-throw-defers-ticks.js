'use strict';
// A callback that throws (handled by 'uncaughtException') does not run its nextTick
// queue right away: the rest of the immediate queue runs first, as in node.
const common = require('../common');
const assert = require('assert');

const order = [];
process.on('uncaughtException', common.mustCall((err) => order.push(`caught ${err.message}`), 2));
setImmediate(() => {
  process.nextTick(() => order.push('tick'));
  throw new Error('immediate');
});
setImmediate(() => order.push('immediate 2'));
setImmediate(() => {
  order.push('immediate 3');
  setTimeout(() => {
    process.nextTick(() => order.push('timer tick'));
    throw new Error('timer');
  }, 1);
});
process.on('exit', () => {
  assert.deepStrictEqual(order.slice(0, 4),
                         ['caught immediate', 'immediate 2', 'tick', 'immediate 3']);
  assert.deepStrictEqual(order.slice(4), ['caught timer', 'timer tick']);
});
