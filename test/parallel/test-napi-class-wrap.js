'use strict';
// Flags: --expose-gc
// napi_define_class through a test addon: constructor with new.target, instance
// methods and getters on the prototype (only for instances: "Illegal
// invocation" otherwise), static members, subclassing from JS, napi_wrap /
// unwrap / remove_wrap, and wrap finalizers running on the loop after collection.
const common = require('../common');
const assert = require('assert');
const { loadAddon } = require('../common/napi');

const { Counter, unwrapRemove, finalizedCount } = loadAddon('objects');

const c = new Counter(5);
c.inc().inc();
assert.strictEqual(c.value, 7);
assert.strictEqual(Counter.name, 'Counter');
assert.strictEqual(Counter.LIMIT, 7);
assert.strictEqual(Counter.create().value, 100);
assert.ok(Counter.create() instanceof Counter);
assert.deepStrictEqual(Object.keys(Counter), ['LIMIT']);
assert.deepStrictEqual(Object.keys(Counter.prototype), []);
assert.strictEqual(typeof Object.getOwnPropertyDescriptor(Counter.prototype, 'value').get, 'function');

class Sub extends Counter {
  constructor() {
    super(10);
    this.extra = true;
  }
  twice() { return this.inc().inc(); }
}
const s = new Sub();
assert.strictEqual(s.twice().value, 12);
assert.strictEqual(s.extra, true);
assert.ok(s instanceof Counter);

assert.throws(() => Counter(1), { name: 'TypeError', message: 'Counter needs new' });
assert.throws(() => Counter.prototype.inc.call({}), { name: 'TypeError', message: 'Illegal invocation' });
assert.throws(() => Object.getOwnPropertyDescriptor(Counter.prototype, 'value').get.call(1),
              { name: 'Error', message: 'Invalid argument' });

// remove_wrap hands the native value back and never runs its finalizer.
const removed = new Counter(3);
assert.strictEqual(unwrapRemove(removed), 3);
assert.throws(() => removed.value, { message: 'Invalid argument' });

const before = finalizedCount();
(function() {
  for (let i = 0; i < 200; i++) new Counter(i);
})();
function check(tries) {
  globalThis.gc();
  setImmediate(common.mustCall(() => {
    if (finalizedCount() > before) return;
    assert.ok(tries > 0, 'no wrap finalizer ran');
    setTimeout(() => check(tries - 1), 10);
  }));
}
check(50);
