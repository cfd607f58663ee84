'use strict';
// Non-integer delays are truncated to whole milliseconds, so timers of 1, 1.8 and
// 1.1 ms set together fire in the order they were set; the delay itself is kept.
const common = require('../common');
const assert = require('assert');

const order = [];
const t = setTimeout(() => order.push(1), 1);
setTimeout(() => order.push(2), 1.8);
setTimeout(() => order.push(3), 1.1);
setTimeout(() => order.push(4), 1);
assert.strictEqual(t._idleTimeout, 1);
assert.strictEqual(setTimeout(() => {}, 1.8)._idleTimeout, 1.8);
setTimeout(common.mustCall(() => assert.deepStrictEqual(order, [1, 2, 3, 4])), 2);
