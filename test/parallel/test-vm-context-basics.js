'use strict';
// vm contexts: sandbox globals, declarations copied back, separate builtins,
// runInThisContext on the main global, compileFunction and Script reuse.
require('../common');
const assert = require('node:assert');
const vm = require('node:vm');

assert.strictEqual(vm.runInThisContext('this'), globalThis);
assert.strictEqual(vm.runInThisContext('1 + 2'), 3);

const sandbox = { a: 1 };
assert.strictEqual(vm.createContext(sandbox), sandbox);
assert.strictEqual(vm.isContext(sandbox), true);
assert.strictEqual(vm.isContext({}), false);
assert.throws(() => vm.isContext(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(vm.runInContext('a + 1', sandbox), 2);
vm.runInContext('b = a * 10; var c = 3; function f() { return 4; }', sandbox);
assert.strictEqual(sandbox.b, 10);
assert.strictEqual(sandbox.c, 3);
assert.strictEqual(sandbox.f(), 4);
assert.strictEqual(vm.runInNewContext('x + y', { x: 2, y: 3 }), 5);
assert.strictEqual(vm.runInNewContext('Object.keys(globalThis).join()', { q: 1 }), 'q');

// Each context has its own builtins.
const arr = vm.runInNewContext('[1, 2]');
assert.strictEqual(arr instanceof Array, false);
assert.strictEqual(Array.isArray(arr), true);
assert.notStrictEqual(vm.runInNewContext('Array'), Array);

assert.throws(() => vm.runInNewContext('throw new TypeError("boom")', {}), (err) => {
  assert.strictEqual(err.message, 'boom');
  assert.strictEqual(err.name, 'TypeError');
  assert.strictEqual(err instanceof TypeError, false);
  return true;
});
assert.throws(() => new vm.Script('let let = 1'), { name: 'SyntaxError' });
assert.throws(() => vm.runInContext('1', {}), { code: 'ERR_INVALID_ARG_TYPE' });

const script = new vm.Script('n = (typeof n === "number" ? n : 0) + 1');
const ctx = vm.createContext({});
script.runInContext(ctx);
script.runInContext(ctx);
assert.strictEqual(ctx.n, 2);

const fn = vm.compileFunction('return a + b + c', ['a', 'b'], { contextExtensions: [{ c: 100 }] });
assert.strictEqual(fn(1, 2), 103);
const inCtx = vm.compileFunction('return typeof z', [], { parsingContext: vm.createContext({ z: 's' }) });
assert.strictEqual(inCtx(), 'string');
assert.strictEqual(typeof vm.constants.DONT_CONTEXTIFY, 'symbol');
