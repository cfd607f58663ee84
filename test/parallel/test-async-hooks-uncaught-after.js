'use strict';
// A callback that throws skips its 'after' hook (an AsyncResource's scope does
// not: its 'after' comes as the exception leaves it); once 'uncaughtException'
// handled the error, 'after' is emitted for the callbacks the exception unwound.
const common = require('../common');
const assert = require('node:assert');
const async_hooks = require('node:async_hooks');

const open = [];
const afters = [];
const hook = async_hooks.createHook({
  before(id) {
    open.push(id);
  },
  after(id) {
    afters.push(id);
    open.splice(open.lastIndexOf(id), 1);
  },
}).enable();

const ids = [];
process.once('uncaughtException', common.mustCall((err) => {
  assert.strictEqual(err.message, 'bye');
  const [immediate, outer, inner] = ids;
  assert.deepStrictEqual(open, [immediate]);
  assert.deepStrictEqual(afters, [inner, outer]);
}));

setImmediate(common.mustCall(() => {
  process.nextTick(common.mustCall(() => {
    const [immediate, outer, inner] = ids;
    assert.deepStrictEqual(afters.slice(0, 3), [inner, outer, immediate]);
    hook.disable();
  }));
  const outer = new async_hooks.AsyncResource('Outer');
  ids.push(async_hooks.executionAsyncId(), outer.asyncId());
  outer.runInAsyncScope(() => {
    const inner = new async_hooks.AsyncResource('Inner');
    ids.push(inner.asyncId());
    inner.runInAsyncScope(() => {
      throw new Error('bye');
    });
  });
}));
