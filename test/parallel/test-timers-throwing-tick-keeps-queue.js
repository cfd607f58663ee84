'use strict';
// A nextTick that throws between two immediates, or two timers, of one turn (handled
// by 'uncaughtException') does not lose the next one: it still runs, and the process
// then exits as it would (nothing stays counted as pending).
const common = require('../common');
const assert = require('assert');

const errors = [];
process.on('uncaughtException', (err) => errors.push(err.message));

const order = [];
setImmediate(() => {
  order.push('immediate 1');
  process.nextTick(() => { throw new Error('tick after immediate 1'); });
});
setImmediate(common.mustCall(() => order.push('immediate 2')));

setTimeout(() => {
  order.push('timer 1');
  process.nextTick(() => { throw new Error('tick after timer 1'); });
}, 1);
setTimeout(common.mustCall(() => order.push('timer 2')), 1);

process.on('exit', () => {
  assert.deepStrictEqual(errors.sort(), ['tick after immediate 1', 'tick after timer 1']);
  assert.ok(order.indexOf('immediate 1') < order.indexOf('immediate 2'));
  assert.ok(order.indexOf('timer 1') < order.indexOf('timer 2'));
});
