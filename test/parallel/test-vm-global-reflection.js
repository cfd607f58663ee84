'use strict';
// Reflection inside a context on its global answers from the sandbox: exact
// descriptors, defineProperty onto the sandbox, and own keys including symbols.
require('../common');
const assert = require('assert');
const vm = require('vm');

const sym = Symbol('s');
const sandbox = { a: 1, sym };
Object.defineProperty(sandbox, 'fixed', { value: 'v' });
Object.defineProperty(sandbox, 'acc', { get() { return 'got'; }, enumerable: true });
Object.defineProperty(sandbox, sym, { value: 'symbol value', enumerable: true });
const ctx = vm.createContext(sandbox);

assert.deepStrictEqual(
  JSON.parse(vm.runInContext('JSON.stringify(Object.getOwnPropertyDescriptor(this, "a"))', ctx)),
  { value: 1, writable: true, enumerable: true, configurable: true });
assert.strictEqual(
  vm.runInContext('Object.keys(Object.getOwnPropertyDescriptor(this, "fixed")).join()', ctx),
  'value,writable,enumerable,configurable');
assert.strictEqual(vm.runInContext('Object.getOwnPropertyDescriptor(this, "fixed").writable', ctx),
                   false);
assert.strictEqual(vm.runInContext('typeof Object.getOwnPropertyDescriptor(this, "acc").get', ctx),
                   'function');
assert.strictEqual(vm.runInContext('Reflect.getOwnPropertyDescriptor(this, sym).value', ctx),
                   'symbol value');
assert.strictEqual(vm.runInContext('Object.getOwnPropertyDescriptor(this, "nope")', ctx),
                   undefined);

const fresh = vm.runInNewContext('Reflect.ownKeys(this)');
const keys = [...vm.runInContext('Reflect.ownKeys(this)', ctx)].filter((k) => !fresh.includes(k));
assert.deepStrictEqual(keys, ['a', 'sym', 'fixed', 'acc', sym]);
assert.strictEqual(vm.runInContext('Object.getOwnPropertySymbols(this).includes(sym)', ctx), true);
assert.strictEqual(vm.runInContext('Object.hasOwn(this, "fixed")', ctx), true);
assert.strictEqual(vm.runInContext('this.propertyIsEnumerable("fixed")', ctx), false);

vm.runInContext('Object.defineProperty(this, "d", { get() { return a + 1; }, enumerable: true })',
                ctx);
assert.strictEqual(typeof Object.getOwnPropertyDescriptor(sandbox, 'd').get, 'function');
assert.strictEqual(sandbox.d, 2);
assert.strictEqual(vm.runInContext('d', ctx), 2);

vm.runInContext('Object.defineProperty(this, "encodeURI", { value: 42 })', ctx);
assert.strictEqual(sandbox.encodeURI, 42);
assert.strictEqual(vm.runInContext('encodeURI', ctx), 42);

assert.throws(() => vm.runInContext('Object.defineProperty(this, "fixed", { value: 1 })', ctx),
              /^TypeError: Cannot redefine property: fixed$/);
