'use strict';
// util.callbackify: a promise-returning function becomes callback-last; rejections
// (including falsy ones) arrive as the callback's error, asynchronously.
const common = require('../common');
const assert = require('assert');
const util = require('util');

async function add(a, b) { return a + b; }
const cbAdd = util.callbackify(add);
assert.strictEqual(cbAdd.name, 'addCallbackified');
assert.strictEqual(cbAdd.length, 3);
let sync = true;
cbAdd(1, 2, common.mustSucceed((v) => {
  assert.strictEqual(v, 3);
  assert.strictEqual(sync, false);
}));
sync = false;

util.callbackify(() => Promise.reject(new Error('nope')))(common.mustCall((err) => {
  assert.strictEqual(err.message, 'nope');
}));
util.callbackify(() => Promise.reject(null))(common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_FALSY_VALUE_REJECTION');
  assert.strictEqual(err.message, 'Promise was rejected with falsy value');
  assert.strictEqual(err.reason, null);
}));
util.callbackify(function() { return Promise.resolve(this.v); }).call({ v: 'this' },
  common.mustSucceed((v) => assert.strictEqual(v, 'this')));

assert.throws(() => util.callbackify('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "original" argument must be of type function. Received type string (\'x\')',
});
assert.throws(() => cbAdd(1, 2), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The last argument must be of type function. Received type number (2)',
});
