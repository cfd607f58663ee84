'use strict';
// Error.captureStackTrace takes the frames now and formats them when the stack is
// first read, as V8 does: the header shows the object's name and message as they are
// then, Error.prepareStackTrace runs at that first read (not at the capture), and
// once read the stack stays as it was.
require('../common');
const assert = require('assert');

function capture(obj) { Error.captureStackTrace(obj); return obj; }

const obj = capture({ name: 'Custom', message: 'first' });
const desc = Object.getOwnPropertyDescriptor(obj, 'stack');
assert.strictEqual(typeof desc.get, 'function');
assert.strictEqual(desc.enumerable, false);
obj.message = 'second';
assert.match(obj.stack, /^Custom: second\n {4}at capture /);
obj.message = 'third';
assert.match(obj.stack, /^Custom: second\n/);

let calls = 0;
Error.prepareStackTrace = (err, callSites) => {
  calls++;
  assert.strictEqual(err, prepared);
  assert.strictEqual(callSites[0].getFunctionName(), 'capture');
  return 'prepared';
};
const prepared = capture({});
assert.strictEqual(calls, 0);
assert.strictEqual(prepared.stack, 'prepared');
assert.strictEqual(prepared.stack, 'prepared');
assert.strictEqual(calls, 1);
Error.prepareStackTrace = undefined;

const assigned = capture({});
assigned.stack = 'set by the program';
assert.strictEqual(assigned.stack, 'set by the program');
