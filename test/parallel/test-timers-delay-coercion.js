'use strict';
// Delays are coerced to numbers; anything outside 1..2^31-1 becomes 1. Overflows
// warn every time; negative and NaN delays warn once per process.
const common = require('../common');
const assert = require('assert');

const warnings = [];
process.on('warning', (w) => warnings.push([w.name, w.message]));
for (const delay of [2 ** 31, -5, -6, NaN, 'abc', undefined, null, '2', true, Infinity]) {
  const t = setTimeout(common.mustCall(), delay);
  assert.strictEqual(t._idleTimeout, delay === '2' ? 2 : 1);
}
setTimeout(common.mustCall(() => {
  assert.deepStrictEqual(warnings, [
    ['TimeoutOverflowWarning', '2147483648 does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.'],
    ['TimeoutNegativeWarning', '-5 is a negative number.\nTimeout duration was set to 1.'],
    ['TimeoutNaNWarning', 'NaN is not a number.\nTimeout duration was set to 1.'],
    ['TimeoutOverflowWarning', 'Infinity does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.'],
  ]);
}), 5);
