'use strict';
// Node-API asynchronous work through a test addon: async work completing on the
// loop (resolving a promise, calling back with nextTicks run after), cancelling
// queued work, a thread-safe function fed from a thread (blocking calls on a
// queue of 2, finalized on the loop), napi_make_callback, and an exception
// thrown from a complete callback reaching 'uncaughtException'.
const common = require('../common');
const assert = require('assert');
const { loadAddon } = require('../common/napi');

const addon = loadAddon('async');

const promise = addon.sumAsync(100);
assert.strictEqual(addon.isPromise(promise), true);
assert.strictEqual(addon.isPromise({ then() {} }), false);
assert.strictEqual(addon.loopOk(), true);
promise.then(common.mustCall((v) => assert.strictEqual(v, 5050)));

addon.sumCallback(10, common.mustCall((v) => {
  assert.strictEqual(v, 55);
  process.nextTick(common.mustCall());
}), false);

const pool = Number(process.env.UV_THREADPOOL_SIZE) || 4;
addon.cancelDemo(pool).then(common.mustNotCall(), common.mustCall((e) => assert.strictEqual(e, 'cancelled')));

const got = [];
addon.produce(20, (v) => got.push(v), common.mustCall(() => {
  assert.deepStrictEqual(got, Array.from({ length: 20 }, (_, i) => i));
}));

assert.deepStrictEqual(addon.makeCallback(function(x, y) { return [typeof this, x, y]; }, 1, 2), ['object', 1, 2]);

process.on('uncaughtException', common.mustCall((e) => {
  assert.strictEqual(e.message, 'thrown in complete');
  assert.strictEqual(e.code, 'ECOMPLETE');
}));
addon.sumCallback(3, common.mustCall((v) => assert.strictEqual(v, 6)), true);
