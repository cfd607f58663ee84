'use strict';
// Histogram percentiles follow HdrHistogram's iteration (0, 50, 75, 87.5, ...,
// 100), the empty minimum is INT64_MAX, histograms inspect as node's, and cannot
// be constructed directly.
require('../common');
const assert = require('node:assert');
const { inspect } = require('node:util');
const { createHistogram } = require('node:perf_hooks');

function percentiles(values) {
  const h = createHistogram();
  for (const v of values) h.record(v);
  return [...h.percentiles];
}

assert.deepStrictEqual(percentiles([]), [[100, 0]]);
assert.deepStrictEqual(percentiles([1]), [[0, 1], [100, 1]]);
assert.deepStrictEqual(percentiles([1, 2]), [[0, 1], [50, 1], [75, 2], [100, 2]]);
assert.deepStrictEqual(percentiles([5, 5, 5, 10]), [[0, 5], [50, 5], [75, 5], [87.5, 10], [100, 10]]);
assert.deepStrictEqual(percentiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
                       [[0, 1], [50, 5], [75, 8], [87.5, 9], [93.75, 10], [100, 10]]);

const empty = createHistogram();
assert.strictEqual(empty.minBigInt, 9223372036854775807n);
assert.strictEqual(empty.min, 9223372036854776000);

const h = createHistogram();
h.record(3);
assert.strictEqual(inspect(h), `Histogram {
  min: 3,
  max: 3,
  mean: 3,
  exceeds: 0,
  stddev: 0,
  count: 1,
  percentiles: Map(2) { 0 => 3, 100 => 3 }
}`);
assert.strictEqual(inspect(h, { depth: -1 }), '[RecordableHistogram]');
assert.throws(() => new h.constructor(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
