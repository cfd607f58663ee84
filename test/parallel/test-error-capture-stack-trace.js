'use strict';
// V8's stack API: Error.captureStackTrace (with a function to hide frames above),
// Error.stackTraceLimit, and Error.prepareStackTrace with CallSite objects.
require('../common');
const assert = require('assert');

function outer() { return middle(); }
function middle() { return inner(); }
function inner() {
  const o = { message: 'custom', name: 'MyName' };
  Error.captureStackTrace(o);
  return o;
}
const captured = outer();
const lines = captured.stack.split('\n');
assert.strictEqual(lines[0], 'MyName: custom');
assert.strictEqual(lines[1], `    at inner (${__filename}:11:9)`);
assert.strictEqual(lines[2], `    at middle (${__filename}:8:28)`);
assert.strictEqual(lines[3], `    at outer (${__filename}:7:27)`);
assert.strictEqual(Object.getOwnPropertyDescriptor(captured, 'stack').enumerable, false);

// Frames above (and including) the given function are left out.
function hideMe() {
  const o = {};
  Error.captureStackTrace(o, hideMe);
  return o.stack;
}
function caller() { return hideMe(); }
const hidden = caller().split('\n');
assert.strictEqual(hidden[0], 'Error');
assert.strictEqual(hidden[1], `    at caller (${__filename}:28:28)`);

// stackTraceLimit bounds the frames.
const saved = Error.stackTraceLimit;
assert.strictEqual(saved, 10);
Error.stackTraceLimit = 1;
assert.strictEqual(outer().stack.split('\n').length, 2);
Error.stackTraceLimit = 0;
assert.strictEqual(outer().stack, 'MyName: custom');
Error.stackTraceLimit = saved;

// prepareStackTrace receives the error and CallSites.
Error.prepareStackTrace = (err, callSites) => callSites;
const holder = {};
(function named() { Error.captureStackTrace(holder); })();
const sites = holder.stack;
Error.prepareStackTrace = undefined;
assert.ok(Array.isArray(sites));
assert.strictEqual(sites[0].getFunctionName(), 'named');
assert.strictEqual(sites[0].getFileName(), __filename);
assert.strictEqual(sites[0].getLineNumber(), 45);
assert.strictEqual(sites[0].getColumnNumber(), 27);
assert.strictEqual(typeof sites[0].isNative(), 'boolean');
assert.strictEqual(typeof sites[0].isToplevel(), 'boolean');
assert.strictEqual(typeof sites[0].isEval(), 'boolean');
assert.strictEqual(typeof sites[0].isConstructor(), 'boolean');
assert.strictEqual(sites[0].toString(), `named (${__filename}:45:27)`);

assert.throws(() => Error.captureStackTrace(1), TypeError);
