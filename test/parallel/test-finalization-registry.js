// Flags: --expose-gc
'use strict';
// FinalizationRegistry callbacks run once their targets are collected (the engine
// schedules them as deferred work the runtime's loop must drive).
const common = require('../common');
const assert = require('assert');

const held = new Set();
const registry = new FinalizationRegistry(common.mustCallAtLeast((value) => {
  held.add(value);
}, 1));
(function register() {
  for (let i = 0; i < 100; i++) registry.register({ payload: new Array(100).fill(i) }, i);
})();

let attempts = 0;
const timer = setInterval(() => {
  globalThis.gc();
  if (held.size > 0 || ++attempts === 50) {
    clearInterval(timer);
    assert.ok(held.size > 0, 'no FinalizationRegistry callback ran');
  }
}, 10);
