'use strict';
// Past `depth`, a null-prototype built-in prints its type, as node reads it from the
// engine: [Array: null prototype], [Promise: null prototype], [Uint8Array: ...].
require('../common');
const assert = require('assert');
const util = require('util');

const np = (value) => Object.setPrototypeOf(value, null);
const cases = [
  [np([1]), '[ [Array: null prototype] ]'],
  [np(Promise.resolve()), '[ [Promise: null prototype] ]'],
  [np(new WeakMap()), '[ [WeakMap: null prototype] ]'],
  [np(new ArrayBuffer(2)), '[ [ArrayBuffer: null prototype] ]'],
  [np(new DataView(new ArrayBuffer(1))), '[ [DataView: null prototype] ]'],
  [np(new Uint8Array(1)), '[ [Uint8Array: null prototype] ]'],
  [np(new Map().entries()), '[ [MapIterator: null prototype] ]'],
  [np(new Set([1])), '[ [Set: null prototype] ]'],
  [np({}), '[ [Object: null prototype] {} ]'],
  [np({ a: 1 }), '[ [Object: null prototype] ]'],
];
for (const [value, expected] of cases) {
  assert.strictEqual(util.inspect([value], { depth: 0 }), expected);
}
