'use strict';
// Promises made with `new Promise` while an async hook is enabled are PROMISE
// resources (init, then promiseResolve when settled), and v8.promiseHooks sees them
// settle; promises keep their identity: the same prototype, instanceof Promise and
// Promise.resolve(p) === p, subclasses work.
const common = require('../common');
const assert = require('node:assert');
const async_hooks = require('node:async_hooks');
const { promiseHooks } = require('node:v8');

let inits = 0;
const resolved = [];
const hook = async_hooks.createHook({
  init(id, type) {
    if (type === 'PROMISE') inits++;
  },
  promiseResolve(id) {
    resolved.push(id);
  },
}).enable().disable();

new Promise((resolve) => resolve(1));
assert.strictEqual(inits, 0);
hook.enable();
const p = new Promise((resolve) => resolve(1));
assert.strictEqual(inits, 1);
assert.strictEqual(resolved.length, 1);
assert.strictEqual(Promise.resolve(p), p);
assert(p instanceof Promise);
assert.strictEqual(Object.getPrototypeOf(p), Promise.prototype);
class Sub extends Promise {}
const sub = new Sub((resolve) => resolve(2));
assert(sub instanceof Sub);
assert.strictEqual(sub.constructor, Sub);
new Promise(() => {
  throw new Error('executor');
}).catch(common.mustCall((err) => assert.strictEqual(err.message, 'executor')));
hook.disable();

let seen;
const stop = promiseHooks.onSettled(common.mustCallAtLeast((promise) => {
  seen = promise;
}, 2));
const later = new Promise((resolve) => {
  setImmediate(common.mustCall(() => {
    seen = undefined;
    resolve();
    assert.strictEqual(seen, later);
    const rejected = Promise.reject(new Error('x'));
    assert.strictEqual(seen, rejected);
    stop();
    rejected.catch(() => {});
  }));
});
