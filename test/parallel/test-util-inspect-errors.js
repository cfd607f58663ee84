'use strict';
// util.inspect of errors: stacks, class names, cause, AggregateError, extra properties.
require('../common');
const assert = require('assert');
const util = require('util');
const S = '\n    at foo (file.js:1:1)\n    at bar (file.js:2:2)';
function mk(Ctor, msg, stack, props) { const e = new Ctor(msg); e.stack = stack; return Object.assign(e, props); }
class MyError extends Error {}
class NotNamedError extends TypeError {}
const nullProto = mk(RangeError, 'r', 'RangeError: r' + S); Object.setPrototypeOf(nullProto, null);
const withCause = mk(Error, 'outer', 'Error: outer' + S, {}); Object.defineProperty(withCause, 'cause', { value: mk(Error, 'inner', 'Error: inner' + S), enumerable: false, configurable: true, writable: true });
const causeStr = mk(Error, 'outer', 'Error: outer' + S); Object.defineProperty(causeStr, 'cause', { value: 'a string', enumerable: false });
const agg = new AggregateError([mk(Error, 'a', 'Error: a' + S), mk(TypeError, 'b', 'TypeError: b' + S)], 'agg'); agg.stack = 'AggregateError: agg' + S;
const sharedFrames = '\n    at a (x.js:1:1)\n    at b (x.js:2:1)\n    at c (x.js:3:1)\n    at d (x.js:4:1)\n    at e (x.js:5:1)';
const folded = mk(Error, 'top', 'Error: top\n    at top (x.js:9:9)' + sharedFrames); Object.defineProperty(folded, 'cause', { value: mk(Error, 'low', 'Error: low\n    at low (x.js:8:8)' + sharedFrames), enumerable: false });

const cases = [
  ["mk(Error, 'x', 'Error: x' + S)", undefined,
   "Error: x\n    at foo (file.js:1:1)\n    at bar (file.js:2:2)"],
  ["mk(Error, 'x', 'Error: x')", undefined,
   "[Error: x]"],
  ["mk(TypeError, 'x', 'TypeError: x' + S, { code: 'ERR_X', errno: 3 })", undefined,
   "TypeError: x\n    at foo (file.js:1:1)\n    at bar (file.js:2:2) {\n  code: 'ERR_X',\n  errno: 3\n}"],
  ["mk(Error, 'x', 'Error: x' + S, { name: 'Foo' })", undefined,
   "Error: x\n    at foo (file.js:1:1)\n    at bar (file.js:2:2) {\n  name: 'Foo'\n}"],
  ["mk(Error, 'x', 'Error: x' + S, { name: 'FooError' })", undefined,
   "Error: x\n    at foo (file.js:1:1)\n    at bar (file.js:2:2) {\n  name: 'FooError'\n}"],
  ["mk(Error, 'x', 'Error: x', { name: 'Foo' })", undefined,
   "[Error: x] { name: 'Foo' }"],
  ["mk(MyError, 'x', 'Error: x' + S)", undefined,
   "MyError: x\n    at foo (file.js:1:1)\n    at bar (file.js:2:2)"],
  ["mk(MyError, 'x', 'MyError: x' + S)", undefined,
   "MyError: x\n    at foo (file.js:1:1)\n    at bar (file.js:2:2)"],
  ["mk(NotNamedError, 'x', 'TypeError: x' + S)", undefined,
   "NotNamedError [TypeError]: x\n    at foo (file.js:1:1)\n    at bar (file.js:2:2)"],
  ["nullProto", undefined,
   "[RangeError: null prototype]: r\n    at foo (file.js:1:1)\n    at bar (file.js:2:2)"],
  ["mk(Error, 'multi\\nline', 'Error: multi\\nline' + S)", undefined,
   "Error: multi\nline\n    at foo (file.js:1:1)\n    at bar (file.js:2:2)"],
  ["mk(Error, 'x', 'Totally custom stack')", undefined,
   "[Totally custom stack]"],
  ["mk(Error, '', 'Error' + S)", undefined,
   "Error\n    at foo (file.js:1:1)\n    at bar (file.js:2:2)"],
  ["mk(Error, 'x', 'Error: x' + S, { name: 5 })", undefined,
   "Error: x\n    at foo (file.js:1:1)\n    at bar (file.js:2:2)"],
  ["mk(Error, 'x', 'Error: x' + S, { message: 'x' })", undefined,
   "Error: x\n    at foo (file.js:1:1)\n    at bar (file.js:2:2)"],
  ["{ nested: mk(Error, 'x', 'Error: x' + S, { code: 'E' }) }", undefined,
   "{\n  nested: Error: x\n      at foo (file.js:1:1)\n      at bar (file.js:2:2) {\n    code: 'E'\n  }\n}"],
  ["[mk(Error, 'x', 'Error: x' + S)]", undefined,
   "[\n  Error: x\n      at foo (file.js:1:1)\n      at bar (file.js:2:2)\n]"],
  ["[mk(Error, 'x', 'Error: x')]", undefined,
   "[ [Error: x] ]"],
  ["withCause", undefined,
   "Error: outer\n    at foo (file.js:1:1)\n    at bar (file.js:2:2) {\n  [cause]: Error: inner\n      at foo (file.js:1:1)\n      at bar (file.js:2:2)\n}"],
  ["causeStr", undefined,
   "Error: outer\n    at foo (file.js:1:1)\n    at bar (file.js:2:2) {\n  [cause]: 'a string'\n}"],
  ["agg", undefined,
   "AggregateError: agg\n    at foo (file.js:1:1)\n    at bar (file.js:2:2) {\n  [errors]: [\n    Error: a\n        at foo (file.js:1:1)\n        at bar (file.js:2:2),\n    TypeError: b\n        at foo (file.js:1:1)\n        at bar (file.js:2:2)\n  ]\n}"],
  ["folded", undefined,
   "Error: top\n    at top (x.js:9:9)\n    at a (x.js:1:1)\n    ... 3 lines matching cause stack trace ...\n    at e (x.js:5:1) {\n  [cause]: Error: low\n      at low (x.js:8:8)\n      at a (x.js:1:1)\n      at b (x.js:2:1)\n      at c (x.js:3:1)\n      at d (x.js:4:1)\n      at e (x.js:5:1)\n}"],
  ["Object.create(Error.prototype)", undefined,
   "[Error]"],
  ["mk(Error, 'x', 'Error: x' + S, { extra: { deep: [1, 2] } })", undefined,
   "Error: x\n    at foo (file.js:1:1)\n    at bar (file.js:2:2) {\n  extra: { deep: [ 1, 2 ] }\n}"],
  ["mk(Error, 'x', 'Error: x' + S)", "{ compact: false }",
   "Error: x\n    at foo (file.js:1:1)\n    at bar (file.js:2:2)"],
  ["{ e: mk(Error, 'x', 'Error: x' + S) }", "{ depth: 0 }",
   "{\n  e: Error: x\n      at foo (file.js:1:1)\n      at bar (file.js:2:2)\n}"],
  ["mk(Error, 'c', 'Error: c\\n    at f (/app/node_modules/pkg/i.js:1:1)\\n    at g (node:internal/modules/cjs/loader:1:1)\\n    at h (/app/a.js:1:1)', { code: 1 })", "{ colors: true }",
   "Error: c\n    at f (/app/node_modules/\u001b[4mpkg\u001b[24m/i.js:1:1)\n\u001b[90m    at g (node:internal/modules/cjs/loader:1:1)\u001b[39m\n    at h (/app/a.js:1:1) {\n  code: \u001b[33m1\u001b[39m\n}"],
];

for (const [src, opts, expected] of cases) {
  const value = eval(`(${src})`);
  const actual = opts === undefined ? util.inspect(value) : util.inspect(value, eval(`(${opts})`));
  assert.strictEqual(actual, expected, `inspect(${src}${opts ? `, ${opts}` : ''})`);
}
