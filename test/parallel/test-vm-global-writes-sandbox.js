'use strict';
// Writes of globals in a context land on its sandbox: assignments (also in strict
// code), var and function declarations (a redeclaration replaces the function),
// while a read-only global keeps its value.
require('../common');
const assert = require('assert');
const vm = require('vm');

const sandbox = { x: 42 };
const context = vm.createContext(sandbox);
vm.runInContext('"use strict"; x = 1', context);
assert.strictEqual(sandbox.x, 1);
vm.runInContext('y = 2; var v = 3; function f() { return 0; }', context);
assert.deepStrictEqual(Object.keys(sandbox).sort(), ['f', 'v', 'x', 'y']);
assert.strictEqual(sandbox.v, 3);
vm.runInContext('function f() { return 1; }', context);
assert.strictEqual(vm.runInContext('f()', context), 1);
assert.strictEqual(sandbox.f(), 1);

const window = vm.runInContext('this', vm.createContext({ open() {} }));
window.open = 123;
assert.strictEqual(window.open, 123);

const ctx = vm.createContext();
vm.runInContext('Object.defineProperty(this, "ro", { value: 42 })', ctx);
vm.runInContext('ro = 0', ctx);
assert.strictEqual(vm.runInContext('ro', ctx), 42);
