'use strict';
// AsyncLocalStorage carries its store into timers, immediates, intervals, ticks,
// microtasks, promise reactions and an await resumed by a timer.
const common = require('../common');
const assert = require('node:assert');
const { AsyncLocalStorage } = require('node:async_hooks');

const als = new AsyncLocalStorage();
const store = { id: 1 };
als.run(store, () => {
  assert.strictEqual(als.getStore(), store);
  setTimeout(common.mustCall(() => assert.strictEqual(als.getStore(), store)), 1);
  setImmediate(common.mustCall(() => assert.strictEqual(als.getStore(), store)));
  process.nextTick(common.mustCall(() => assert.strictEqual(als.getStore(), store)));
  queueMicrotask(common.mustCall(() => assert.strictEqual(als.getStore(), store)));
  Promise.resolve().then(common.mustCall(() => assert.strictEqual(als.getStore(), store)));
  Promise.reject(new Error('x')).catch(common.mustCall(() => assert.strictEqual(als.getStore(), store)));
  const iv = setInterval(common.mustCall(() => {
    assert.strictEqual(als.getStore(), store);
    clearInterval(iv);
  }), 2);
  (async () => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    assert.strictEqual(als.getStore(), store);
  })().then(common.mustCall());
});
assert.strictEqual(als.getStore(), undefined);
setTimeout(common.mustCall(() => assert.strictEqual(als.getStore(), undefined)), 3);
