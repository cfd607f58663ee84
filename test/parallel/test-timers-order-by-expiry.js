'use strict';
// Timers fire by expiry time, then in creation order.
const common = require('../common');
const assert = require('assert');

const order = [];
setTimeout(() => order.push(30), 30);
setTimeout(() => order.push(10), 10);
setTimeout(() => order.push('10b'), 10);
setTimeout(() => order.push(1), 1);
setTimeout(common.mustCall(() => {
  assert.deepStrictEqual(order, [1, 10, '10b', 30]);
}), 40);
