'use strict';
// performance.nodeTiming.uvMetricsInfo.loopCount counts the event loop's iterations:
// 0 before the loop starts, 1 in the first iteration's immediates, one more per
// iteration after. (Synchronous work does not count.)
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const { performance } = require('perf_hooks');

const loopCount = () => performance.nodeTiming.uvMetricsInfo.loopCount;
assert.strictEqual(loopCount(), 0);
fs.readFileSync(__filename);
assert.strictEqual(loopCount(), 0);
setImmediate(common.mustCall(() => {
  assert.strictEqual(loopCount(), 1);
  setImmediate(common.mustCall(() => {
    assert.strictEqual(loopCount(), 2);
  }));
}));
