'use strict';
// Hooks see Timeout, Immediate and TickObject resources: init (with the current
// execution id as trigger), before, after, and destroy reported in a batch after
// the ticks of the callback that ended the resource.
const common = require('../common');
const assert = require('assert');
const async_hooks = require('async_hooks');

const events = [];
const types = new Map();
const top = async_hooks.executionAsyncId();
let clearedId;
const hook = async_hooks.createHook({
  init(id, type, triggerAsyncId, resource) {
    if (!['Timeout', 'Immediate', 'TickObject'].includes(type)) return;
    if (clearedId === 'next') {
      clearedId = id;
      return;
    }
    types.set(id, type);
    events.push(`init ${type}`);
    if (type === 'Timeout') {
      assert.strictEqual(triggerAsyncId, top);
      assert.strictEqual(typeof resource.refresh, 'function');
    }
  },
  before(id) {
    if (types.has(id)) events.push(`before ${types.get(id)}`);
  },
  after(id) {
    if (types.has(id)) events.push(`after ${types.get(id)}`);
  },
  destroy(id) {
    // When node reports a cleared immediate's destroy depends on timing.
    if (id === clearedId) clearedId = 'destroyed';
    else if (types.has(id)) events.push(`destroy ${types.get(id)}`);
  },
}).enable();

setTimeout(common.mustCall(() => {
  setImmediate(common.mustCall(() => {
    process.nextTick(common.mustCall(() => {
      setImmediate(common.mustCall(() => {
        hook.disable();
        assert.strictEqual(clearedId, 'destroyed');
        assert.deepStrictEqual(events, [
          'init Timeout',
          'before Timeout', 'init Immediate', 'after Timeout', 'destroy Timeout',
          'before Immediate', 'init TickObject', 'after Immediate',
          'before TickObject', 'init Immediate', 'after TickObject',
          'destroy Immediate', 'destroy TickObject',
          'before Immediate',
        ]);
      }));
    }));
  }));
}), 1);
clearedId = 'next';
clearImmediate(setImmediate(common.mustNotCall()));
