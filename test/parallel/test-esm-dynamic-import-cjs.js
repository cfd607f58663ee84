'use strict';
// import() from CommonJS: a promise of the namespace, settled after the caller's
// synchronous code; import() is a method name and a string elsewhere.
const common = require('../common');
const assert = require('assert');

const order = [];
const promise = import('../fixtures/esm/counter.mjs');
order.push('sync');
promise.then(common.mustCall((ns) => {
  assert.deepStrictEqual(order, ['sync']);
  assert.strictEqual(ns.count, 0);
  assert.strictEqual(typeof ns.increment, 'function');
}));

const obj = { import(x) { return `method ${x}`; } };
assert.strictEqual(obj.import(1), 'method 1');
assert.strictEqual('import("x")'.length, 11);

import('node:path').then(common.mustCall((path) => {
  assert.strictEqual(path.default, require('path'));
  assert.strictEqual(path.join, require('path').join);
}));
import('../fixtures/esm/does-not-exist.mjs').catch(common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_MODULE_NOT_FOUND');
}));
