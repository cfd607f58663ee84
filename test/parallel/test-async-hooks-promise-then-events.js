'use strict';
// With a hook enabled, Promise.resolve() and then() make PROMISE resources: the
// derived promise is triggered by its parent, its reaction runs between before
// and after with the derived promise as execution id and resource, and
// promiseResolve follows each settlement.
const common = require('../common');
const assert = require('assert');
const async_hooks = require('async_hooks');

const events = [];
const ids = [];
const hook = async_hooks.createHook({
  init(id, type, triggerAsyncId, resource) {
    if (type !== 'PROMISE') return;
    ids.push(id);
    events.push(['init', ids.indexOf(id), triggerAsyncId === 1 ? 'top' : ids.indexOf(triggerAsyncId)]);
    assert.ok(resource instanceof Promise);
  },
  before(id) {
    if (ids.includes(id)) events.push(['before', ids.indexOf(id)]);
  },
  after(id) {
    if (ids.includes(id)) events.push(['after', ids.indexOf(id)]);
  },
  promiseResolve(id) {
    if (ids.includes(id)) events.push(['resolve', ids.indexOf(id)]);
  },
}).enable();

const first = Promise.resolve(1);
const second = first.then(common.mustCall((value) => {
  assert.strictEqual(value, 1);
  assert.strictEqual(async_hooks.executionAsyncId(), ids[1]);
  assert.strictEqual(async_hooks.triggerAsyncId(), ids[0]);
  assert.strictEqual(async_hooks.executionAsyncResource(), second);
  return 2;
}));
second.then(common.mustCall(() => {
  hook.disable();
  assert.deepStrictEqual(events, [
    ['init', 0, 'top'], ['resolve', 0],
    ['init', 1, 0],
    ['init', 2, 1],
    ['before', 1], ['resolve', 1], ['after', 1],
    ['before', 2],
  ]);
}));
