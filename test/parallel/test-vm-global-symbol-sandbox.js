'use strict';
// A contextified object's symbol properties are read through the context's global,
// as its string properties are (jsdom finds a window's implementation through a
// symbol on the object it contextified).
require('../common');
const assert = require('assert');
const vm = require('vm');

const sandbox = { name: 'string key' };
vm.createContext(sandbox);
const global = vm.runInContext('this', sandbox);

const before = Symbol('set before nothing');
const later = Symbol('set after createContext');
sandbox[later] = 'sandbox value';
assert.strictEqual(global[later], 'sandbox value');
assert.strictEqual(later in global, true);
assert.strictEqual(global[before], undefined);
assert.strictEqual(before in global, false);
assert.strictEqual(global.name, 'string key');

// Inside the context too.
const read = vm.runInContext('(s) => globalThis[s]', sandbox);
assert.strictEqual(read(later), 'sandbox value');
sandbox[later] = 'changed';
assert.strictEqual(read(later), 'changed');
// An accessor on the sandbox runs with the sandbox as `this`.
const accessor = Symbol('accessor');
Object.defineProperty(sandbox, accessor, { get() { return this === sandbox; }, configurable: true });
assert.strictEqual(global[accessor], true);
// The sandbox itself reads as the global.
const self = Symbol('self');
sandbox[self] = sandbox;
assert.strictEqual(global[self], global);
// Well-known symbols keep working.
assert.strictEqual(typeof vm.runInContext('Object.prototype.toString.call(globalThis)', sandbox), 'string');
