'use strict';
// fs callbacks and fs.promises calls report as FSREQCALLBACK / FSREQPROMISE
// resources while a hook is enabled: init (triggered by the caller), then
// before/after around the completion and destroy; the callback runs with the
// request's async id and resource.
const common = require('../common');
const assert = require('node:assert');
const async_hooks = require('node:async_hooks');
const fs = require('node:fs');

const events = [];
const ids = new Map();
async_hooks.createHook({
  init(id, type, triggerAsyncId) {
    if (!type.startsWith('FSREQ')) return;
    ids.set(id, type);
    assert.strictEqual(triggerAsyncId, async_hooks.executionAsyncId());
    events.push(`init ${type}`);
  },
  before(id) { if (ids.has(id)) events.push(`before ${ids.get(id)}`); },
  after(id) { if (ids.has(id)) events.push(`after ${ids.get(id)}`); },
  destroy(id) { if (ids.has(id)) events.push(`destroy ${ids.get(id)}`); },
}).enable();

fs.stat(__filename, common.mustSucceed(() => {
  assert.strictEqual(ids.get(async_hooks.executionAsyncId()), 'FSREQCALLBACK');
  assert.strictEqual(async_hooks.executionAsyncResource().constructor.name, 'FSReqCallback');
  events.push('callback');
  fs.promises.stat(__filename).then(common.mustCall(() => {
    setImmediate(common.mustCall(() => {
      assert.deepStrictEqual(events, [
        'init FSREQCALLBACK', 'before FSREQCALLBACK', 'callback', 'init FSREQPROMISE',
        'after FSREQCALLBACK', 'destroy FSREQCALLBACK',
        'before FSREQPROMISE', 'after FSREQPROMISE', 'destroy FSREQPROMISE',
      ]);
    }));
  }));
}));
