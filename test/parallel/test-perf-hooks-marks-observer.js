'use strict';
// performance marks/measures/entries, PerformanceObserver delivery in the check
// phase, timerify, histograms and monitorEventLoopDelay.
const common = require('../common');
const assert = require('node:assert');
const {
  performance, PerformanceObserver, PerformanceMark, monitorEventLoopDelay, createHistogram,
} = require('node:perf_hooks');

const order = [];
const obs = new PerformanceObserver(common.mustCall((list, observer) => {
  order.push('observer');
  assert.deepStrictEqual(list.getEntries().map((e) => e.name), ['s', 'a', 'a-b', 'b']);
  observer.disconnect();
}));
obs.observe({ entryTypes: ['mark', 'measure'] });
performance.mark('a');
setImmediate(common.mustCall(() => {
  order.push('immediate');
  assert.deepStrictEqual(order, ['observer', 'immediate']);
}));

assert.strictEqual(globalThis.performance, performance);
assert.strictEqual(globalThis.PerformanceMark, PerformanceMark);
const now = performance.now();
assert.ok(now > 0 && now < 60000);
assert.ok(Math.abs(performance.timeOrigin + now - Date.now()) < 1000);
const b = performance.mark('b', { detail: { x: 1 } });
assert.deepStrictEqual(b.detail, { x: 1 });
assert.strictEqual(Object.prototype.toString.call(b), '[object PerformanceMark]');
const m = performance.measure('a-b', 'a', 'b');
assert.strictEqual(m.entryType, 'measure');
assert.ok(m.duration >= 0);
assert.strictEqual(performance.measure('s', { start: 1, end: 3 }).duration, 2);
assert.deepStrictEqual(performance.getEntriesByType('mark').map((e) => e.name), ['a', 'b']);
performance.clearMarks('a');
assert.deepStrictEqual(performance.getEntriesByType('mark').map((e) => e.name), ['b']);
assert.throws(() => performance.measure('x', 'nomark'), {
  name: 'SyntaxError', message: 'The "nomark" performance mark has not been set',
});

const t = performance.timerify(function foo(a) { return a * 2; });
assert.strictEqual(t.name, 'timerified foo');
assert.strictEqual(t.length, 1);
assert.strictEqual(t(3), 6);
assert.deepStrictEqual(performance.eventLoopUtilization(), { idle: 0, active: 0, utilization: 0 });

const h = createHistogram();
h.record(1);
h.record(3);
h.record(5);
assert.deepStrictEqual([h.min, h.max, h.mean, h.count, h.percentile(50)], [1, 5, 3, 3, 3]);

const delay = monitorEventLoopDelay({ resolution: 5 });
delay.enable();
setTimeout(common.mustCall(() => {
  delay.disable();
  assert.ok(delay.count > 0);
  assert.ok(delay.min > 0);
  const elu = performance.eventLoopUtilization();
  assert.ok(elu.utilization >= 0 && elu.utilization <= 1);
  assert.ok(performance.nodeTiming.loopStart > 0);
}), 50);
