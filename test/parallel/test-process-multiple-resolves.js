'use strict';
// 'multipleResolves' (deprecated, DEP0160): resolve/reject calls on a new Promise
// after the first are reported from a tick, with the promise and the value; adding
// the listener warns once; without listeners nothing is reported.
const common = require('../common');
const assert = require('node:assert');

process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'DeprecationWarning');
  assert.strictEqual(warning.code, 'DEP0160');
  assert.strictEqual(warning.message, 'The multipleResolves event has been deprecated.');
}));

const seen = [];
function listener(type, promise, value) {
  seen.push([type, promise, value]);
}
process.on('multipleResolves', listener);

let promise;
const order = [];
promise = new Promise((resolve, reject) => {
  resolve('first');
  resolve('second');
  reject('third');
});
Promise.resolve().then(() => order.push('promise job'));
process.nextTick(() => order.push('tick'));
assert.deepStrictEqual(seen, []);

setImmediate(common.mustCall(() => {
  assert.deepStrictEqual(seen, [['resolve', promise, 'second'], ['reject', promise, 'third']]);
  assert.deepStrictEqual(order, ['tick', 'promise job']);
  process.off('multipleResolves', listener);
  promise = new Promise((resolve) => {
    resolve(1);
    resolve(2);
  });
  setImmediate(common.mustCall(() => assert.strictEqual(seen.length, 2)));
}));
