'use strict';
// require() of a file, and inspect() of an object, still work after the program
// deleted Array.prototype[Symbol.iterator] and %ArrayIteratorPrototype%.next: the
// lookups they make do not iterate arrays with the program's iterator.
require('../common');
const assert = require('assert');
const path = require('path');
const { inspect } = require('util');

const ArrayIteratorPrototype = Object.getPrototypeOf([][Symbol.iterator]());
const iterator = Array.prototype[Symbol.iterator];
const next = ArrayIteratorPrototype.next;
delete Array.prototype[Symbol.iterator];
delete ArrayIteratorPrototype.next;

let loaded;
let shown;
try {
  // Resolved through the extension list: `child` names child.js.
  loaded = require(path.join(__dirname, '..', 'fixtures', 'array-iterator-deleted', 'child'));
  shown = inspect({ a: 1, [Symbol('s')]: 2 });
} finally {
  Array.prototype[Symbol.iterator] = iterator;
  ArrayIteratorPrototype.next = next;
}
assert.strictEqual(loaded, 'child');
assert.strictEqual(shown, '{ a: 1, Symbol(s): 2 }');
