'use strict';
// A vm context's global object takes a new prototype, as V8's does (JSC's global
// objects have immutable prototypes): jsdom gives its window one, with a Proxy (its
// named-properties object) on the chain, and then runs scripts in the context.
require('../common');
const assert = require('assert');
const vm = require('vm');

function check(context, global) {
  const proto = Object.create(vm.runInContext('Object.prototype', context), {
    inherited: { value: 'from the prototype', writable: true, configurable: true },
  });
  assert.strictEqual(Object.setPrototypeOf(global, proto), global);
  assert.strictEqual(Object.getPrototypeOf(global), proto);
  assert.strictEqual(vm.runInContext('Object.getPrototypeOf(this) === ' +
                                     'Object.getPrototypeOf(globalThis)', context), true);
  assert.strictEqual(vm.runInContext('inherited', context), 'from the prototype');
  assert.strictEqual(vm.runInContext('typeof inherited', context), 'string');
  assert.strictEqual(Reflect.setPrototypeOf(global, proto), true);

  // A cycle is refused, as for any object.
  assert.throws(() => Object.setPrototypeOf(proto, global), TypeError);
  // Other objects are not affected.
  const plain = {};
  assert.strictEqual(Object.setPrototypeOf(plain, null), plain);
  assert.strictEqual(Object.getPrototypeOf(plain), null);
  assert.throws(() => Object.setPrototypeOf(Object.preventExtensions({}), {}), TypeError);

  // With a Proxy on the chain, scripts still run: declarations, results, errors.
  const handler = {
    has: (target, key) => key === 'viaProxy' || Reflect.has(target, key),
    get: (target, key, receiver) => (key === 'viaProxy' ? 'proxied' : Reflect.get(target, key, receiver)),
  };
  const withProxy = Object.create(new Proxy(Object.create(proto), handler));
  Object.setPrototypeOf(global, withProxy);
  assert.strictEqual(vm.runInContext('var declared = 40; declared + 2', context), 42);
  assert.strictEqual(vm.runInContext('declared', context), 40);
  assert.strictEqual(vm.runInContext('viaProxy', context), 'proxied');
  assert.strictEqual(vm.runInContext('inherited + "!"', context), 'from the prototype!');
  assert.strictEqual(vm.runInContext('function hoisted() { return 7 } hoisted()', context), 7);
  assert.strictEqual(vm.runInContext('typeof hoisted', context), 'function');
  assert.strictEqual(new vm.Script('this === globalThis').runInContext(context), true);
  assert.throws(() => vm.runInContext('\n\nthrow new RangeError("where")', context, { filename: 'page.js' }),
                (err) => err instanceof vm.runInContext('RangeError', context) && err.message === 'where');
}

// A contextified object: its global is what `this` is inside.
const sandbox = {};
vm.createContext(sandbox);
check(sandbox, vm.runInContext('this', sandbox));

// A context made without contextifying: the returned object is its global.
const global = vm.createContext(vm.constants.DONT_CONTEXTIFY);
assert.strictEqual(vm.runInContext('this', global), global);
check(global, global);
