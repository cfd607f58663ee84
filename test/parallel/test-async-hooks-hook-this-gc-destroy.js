'use strict';
// Flags: --expose-gc
// Hook callbacks run with `this` = their AsyncHook, and an AsyncResource that is
// collected without emitDestroy() reports 'destroy' (requireManualDestroy ones do not).
const common = require('../common');
const assert = require('assert');
const async_hooks = require('async_hooks');
const { setImmediate: tick } = require('timers/promises');

const destroyed = new Set();
const inits = new Map();
const hook = async_hooks.createHook({
  init(id, type) {
    assert.strictEqual(this, hook);
    if (type === 'TRACKED' || type === 'MANUAL') inits.set(id, type);
  },
  destroy(id) {
    assert.strictEqual(this, hook);
    destroyed.add(id);
  },
}).enable();

const manualIds = [];
let trackedId;
(function() {
  trackedId = new async_hooks.AsyncResource('TRACKED').asyncId();
  manualIds.push(new async_hooks.AsyncResource('MANUAL', { requireManualDestroy: true }).asyncId());
})();
const explicit = new async_hooks.AsyncResource('TRACKED');
explicit.emitDestroy();

(async () => {
  for (let i = 0; i < 20 && !destroyed.has(trackedId); i++) {
    await tick();
    globalThis.gc();
  }
  assert.ok(destroyed.has(explicit.asyncId()));
  assert.ok(destroyed.has(trackedId), 'collected resource reported destroy');
  assert.ok(!destroyed.has(manualIds[0]));
  hook.disable();
})().then(common.mustCall());
