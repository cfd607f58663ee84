'use strict';
// import() of an ES module (linking it and making its namespace) still works after
// the program deleted Array.prototype[Symbol.iterator] and
// %ArrayIteratorPrototype%.next: the loader does not iterate arrays with them.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { pathToFileURL } = require('url');

const url = pathToFileURL(path.join(__dirname, '..', 'fixtures', 'array-iterator-deleted', 'child.mjs'));
const ArrayIteratorPrototype = Object.getPrototypeOf([][Symbol.iterator]());
const iterator = Array.prototype[Symbol.iterator];
const next = ArrayIteratorPrototype.next;
delete Array.prototype[Symbol.iterator];
delete ArrayIteratorPrototype.next;
const restore = () => {
  Array.prototype[Symbol.iterator] = iterator;
  ArrayIteratorPrototype.next = next;
};

import(url.href).then(common.mustCall((ns) => {
  restore();
  assert.strictEqual(ns.default, 'child');
  assert.strictEqual(ns.named, 'named');
  assert.deepStrictEqual(Object.keys(ns), ['default', 'named']);
}), (err) => {
  restore();
  throw err;
});
