'use strict';
// Flags: --expose-gc
// A gc() in the loop's last callback still gets 'destroy' for the AsyncResources it
// collected: node emits those from an immediate, so they come before the process
// ends even when nothing else keeps the loop alive.
const common = require('../common');
const assert = require('assert');
const async_hooks = require('async_hooks');

const made = new Set();
let destroyedMade = 0;
async_hooks.createHook({
  init(id, type) {
    if (type === 'DESTROY_BEFORE_EXIT') made.add(id);
  },
  destroy(id) {
    if (made.has(id)) destroyedMade++;
  },
}).enable();

function makeSome() {
  const kept = new WeakMap();
  for (let i = 0; i < 50; i++) kept.set({}, new async_hooks.AsyncResource('DESTROY_BEFORE_EXIT'));
}
makeSome();

setImmediate(common.mustCall(() => globalThis.gc()));

process.on('exit', () => {
  assert.strictEqual(made.size, 50);
  // The engine may keep a few alive (JavaScriptCore scans its stack
  // conservatively), but a collection that freed them must be reported.
  assert.ok(destroyedMade > 0, `destroy hooks seen before exit: ${destroyedMade}`);
});
