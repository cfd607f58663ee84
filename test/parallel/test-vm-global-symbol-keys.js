'use strict';
// Symbol keys on a context's global: the sandbox's own symbols read (and write)
// through from inside, a symbol written inside stays on the global, and a symbol
// never stands for the string property named by its description.
require('../common');
const assert = require('assert');
const vm = require('vm');

const tag = Symbol('tag');
class Doc {
  constructor() { this[tag] = 'doc'; }
  read() { return this[tag]; }
}
const sandbox = new Doc();
sandbox.q = 'string q';
vm.createContext(sandbox);

// A method of the sandbox called on the global reads the sandbox's symbol.
assert.strictEqual(vm.runInContext('this.read()', sandbox), 'doc');

// Symbols written inside the context: on the global, not on the sandbox, and the
// sandbox's string property of the same description is untouched.
const result = vm.runInContext(`
  this[Symbol.for('q')] = 1;
  [this[Symbol.for('q')], this.q, q, Symbol.for('q') in this]
`, sandbox);
assert.deepStrictEqual([...result], [1, 'string q', 'string q', true]);
assert.strictEqual(sandbox.q, 'string q');
assert.deepStrictEqual(Object.getOwnPropertySymbols(sandbox), [tag]);
const global = vm.runInContext('this', sandbox);
assert.ok(Object.getOwnPropertySymbols(global).includes(Symbol.for('q')));

// A symbol whose description names a sandbox property reads as absent.
assert.strictEqual(vm.runInContext('this[Symbol("q")]', sandbox), undefined);

// A symbol the sandbox gains later is seen by the next run.
const late = Symbol('late');
sandbox[late] = 42;
assert.strictEqual(vm.runInContext('this', sandbox)[late], 42);
vm.runInContext('(k) => { this[k] = 43; }', sandbox)(late);
assert.strictEqual(sandbox[late], 43);
