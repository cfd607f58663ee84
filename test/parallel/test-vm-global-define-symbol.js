'use strict';
// Inside a context, a symbol-keyed property defined on globalThis reads back (jest
// defines its state on the test context's global under Symbol.for keys), and lands
// on the sandbox as node's definer puts it there.
require('../common');
const assert = require('assert');
const vm = require('vm');

const sandbox = {};
const context = vm.createContext(sandbox);
const result = vm.runInContext(`
  Object.defineProperty(globalThis, Symbol.for('state'), { value: 1, configurable: true, writable: true });
  Reflect.defineProperty(globalThis, Symbol.iterator, { value: 3, configurable: true });
  [globalThis[Symbol.for('state')], Object.prototype.hasOwnProperty.call(globalThis, Symbol.for('state')),
   globalThis[Symbol.iterator]];
`, context);
assert.deepStrictEqual([...result], [1, true, 3]); // (an array of the other realm)
assert.strictEqual(sandbox[Symbol.for('state')], 1);
assert.strictEqual(context[Symbol.iterator], 3);
