'use strict';
// CallTracker wrappers and new Error() keep working when a program has patched
// Object.prototype.get or %ArrayIteratorPrototype%.next.
const common = require('../common');
const assert = require('assert');

const tracker = new assert.CallTracker();
tracker.calls(() => {}, 1)(); // load everything before patching

const ArrayIteratorPrototype = Reflect.getPrototypeOf([].values());
const { next } = ArrayIteratorPrototype;
ArrayIteratorPrototype.next = common.mustNotCall('%ArrayIteratorPrototype%.next');
Object.prototype.get = common.mustNotCall('%Object.prototype%.get');
let err, sum, custom;
try {
  function func(a, b, c = 2) { return a + b + c; }
  func.customProperty = 'custom';
  const callsfunc = tracker.calls(func);
  custom = callsfunc.customProperty;
  sum = callsfunc(1, 2, 3);
  err = new Error('made while patched');
} finally {
  ArrayIteratorPrototype.next = next;
  delete Object.prototype.get;
}
assert.strictEqual(custom, 'custom');
assert.strictEqual(sum, 6);
assert.match(err.stack, /^Error: made while patched\n {4}at /);
