'use strict';
// performance.markResourceTiming() makes PerformanceResourceTiming entries with
// node's getters, and the resource buffer overflows into
// 'resourcetimingbufferfull', where a listener can make room.
const common = require('../common');
const assert = require('node:assert');
const { performance, PerformanceResourceTiming } = require('node:perf_hooks');

const info = (startTime) => ({
  startTime, endTime: startTime + 4, finalServiceWorkerStartTime: 0, redirectStartTime: 0,
  redirectEndTime: 0, postRedirectStartTime: startTime + 1, finalConnectionTimingInfo: null,
  finalNetworkRequestStartTime: startTime + 2, finalNetworkResponseStartTime: startTime + 3,
  encodedBodySize: 10, decodedBodySize: 20,
});
const mark = (t, cache = '') =>
  performance.markResourceTiming(info(t), `http://x/${t}`, 'fetch', globalThis, cache, {}, 200);

const entry = mark(1);
assert.ok(entry instanceof PerformanceResourceTiming);
assert.strictEqual(Object.prototype.toString.call(entry), '[object PerformanceResourceTiming]');
assert.strictEqual(entry.name, 'http://x/1');
assert.strictEqual(entry.duration, 4);
assert.strictEqual(entry.fetchStart, 2);
assert.strictEqual(entry.responseEnd, 5);
assert.strictEqual(entry.transferSize, 310);
assert.strictEqual(entry.connectStart, undefined);
assert.strictEqual(entry.deliveryType, '');
assert.strictEqual(mark(2, 'local').transferSize, 0);
assert.strictEqual(performance.markResourceTiming.length, 7);
performance.clearResourceTimings();

performance.setResourceTimingBufferSize(1);
mark(10);
mark(11);
mark(12);
assert.deepStrictEqual(performance.getEntriesByType('resource').map((e) => e.startTime), [10]);
const onFull = common.mustCall((event) => {
  assert.strictEqual(event.type, 'resourcetimingbufferfull');
  performance.removeEventListener('resourcetimingbufferfull', onFull);
  performance.setResourceTimingBufferSize(2);
});
performance.addEventListener('resourcetimingbufferfull', onFull);
setImmediate(common.mustCall(() => {
  // Room for one more: 11 moved over, 12 dropped.
  assert.deepStrictEqual(performance.getEntriesByType('resource').map((e) => e.startTime), [10, 11]);
}));
