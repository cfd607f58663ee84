'use strict';
// Inside a vm context, the global's own keys include its constant values
// (NaN, Infinity, undefined), as they do for the main global.
require('../common');
const assert = require('assert');
const vm = require('vm');

const context = vm.createContext({ extra: 1 });
const names = vm.runInContext('Object.getOwnPropertyNames(globalThis)', context);
for (const name of ['NaN', 'Infinity', 'undefined', 'Object', 'extra']) {
  assert(names.includes(name), name);
}
assert.strictEqual(names.filter((n) => n === 'NaN').length, 1);
assert.strictEqual(vm.runInContext('Reflect.ownKeys(globalThis).includes("Infinity")', context), true);
