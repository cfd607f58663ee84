'use strict';
// Timers due in the same turn of the loop run one after another, and what each
// callback queues runs before the next callback: its nextTicks, its promise jobs,
// and the 'unhandledRejection' of a promise it rejected. Timers of one duration fire
// in the order they were armed or re-armed (refresh()), and the lists of timers
// survive a callback that clears or adds timers of the list being run.
// clearImmediate() of a Timeout does nothing.
const common = require('../common');
const assert = require('assert');

const events = [];
let rejected;
process.on('unhandledRejection', common.mustCall((err, p) => {
  assert.strictEqual(p, rejected);
  events.push('unhandledRejection');
}));

function busyWait(ms) {
  const end = Date.now() + ms;
  while (Date.now() < end);
}

// Three timers of one duration, armed in one turn: all due together below.
const a = setTimeout(common.mustCall(() => {
  events.push('a');
  process.nextTick(() => events.push('a tick'));
  Promise.resolve().then(() => events.push('a job'));
  rejected = Promise.reject(new Error('rejected in a'));
}), 5);
setTimeout(common.mustCall(() => {
  events.push('b');
}), 5);
setTimeout(common.mustCall(() => {
  events.push('c');
  queueMicrotask(() => events.push('c job'));
}), 5);
clearImmediate(a); // not an Immediate: a still fires
busyWait(10);

setTimeout(common.mustCall(() => {
  assert.deepStrictEqual(events, [
    'a', 'a tick', 'a job', 'unhandledRejection', 'b', 'c', 'c job',
  ]);
  refreshOrder();
}), 20);

// refresh() moves a timer behind the others of its duration.
function refreshOrder() {
  const order = [];
  const x = setTimeout(() => order.push('x'), 10);
  setTimeout(() => order.push('y'), 10);
  setTimeout(() => order.push('z'), 10);
  x.refresh();
  busyWait(15);
  setTimeout(common.mustCall(() => {
    assert.deepStrictEqual(order, ['y', 'z', 'x']);
    changesWhileRunning();
  }), 30);
}

// A callback clears the rest of its own list, then arms a timer of the same duration
// (which waits its whole delay); then an interval clears itself on its third run.
function changesWhileRunning() {
  const order = [];
  setTimeout(common.mustCall(() => {
    order.push('first');
    clearTimeout(t2);
    clearTimeout(t3);
    setTimeout(common.mustCall(() => {
      order.push('again');
      assert.deepStrictEqual(order, ['first', 'again']);
      intervalClearsItself();
    }), 3);
  }), 3);
  const t2 = setTimeout(common.mustNotCall(), 3);
  const t3 = setTimeout(common.mustNotCall(), 3);
  busyWait(5);
}

function intervalClearsItself() {
  let runs = 0;
  const interval = setInterval(common.mustCall(() => {
    if (++runs === 3) clearInterval(interval);
  }, 3), 1);
}
