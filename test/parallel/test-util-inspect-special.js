'use strict';
// util.inspect of dates, regexps, boxed primitives, promises, proxies and custom inspectors.
require('../common');
const assert = require('assert');
const util = require('util');
const custom = { [util.inspect.custom](depth, options, inspect) { return { depth, colors: options.colors, same: inspect === util.inspect }; } };
const customString = { inner: { [util.inspect.custom]() { return 'line1\nline2'; } } };
const customThis = { x: 1, [util.inspect.custom]() { return this; } };
const customDepth = { a: { b: { [util.inspect.custom](depth) { return 'depth=' + depth; } } } };
const customOpts = { [util.inspect.custom](d, opts) { return opts.extraOption; } };
const revocable = Proxy.revocable({}, {}); revocable.revoke();
const proxied = new Proxy({ target: true }, { get() { throw new Error('trap'); }, ownKeys() { throw new Error('trap'); } });
const proxiedFn = new Proxy(function target() {}, {});
const nestedProxy = new Proxy(new Proxy({ deep: 1 }, {}), {});
const datePlus = Object.assign(new Date(0), { extra: 1 });
const rePlus = Object.assign(/x/g, { extra: 1 });
class MyDate extends Date {}
class MyRe extends RegExp {}
const rejected = Promise.reject(new Error('no')); rejected.catch(() => {});
const rejectedPrimitive = Promise.reject(3); rejectedPrimitive.catch(() => {});
class MyPromise extends Promise {}

const cases = [
  ["new Date(0)", undefined,
   "1970-01-01T00:00:00.000Z"],
  ["new Date(NaN)", undefined,
   "Invalid Date"],
  ["datePlus", undefined,
   "1970-01-01T00:00:00.000Z { extra: 1 }"],
  ["new MyDate(0)", undefined,
   "MyDate 1970-01-01T00:00:00.000Z"],
  ["/ab+c/gi", undefined,
   "/ab+c/gi"],
  ["/[/]\\n/u", undefined,
   "/[/]\\n/u"],
  ["rePlus", undefined,
   "/x/g { extra: 1 }"],
  ["new MyRe('x', 'y')", undefined,
   "MyRe /x/y"],
  ["new Number(3)", undefined,
   "[Number: 3]"],
  ["new Number(-0)", undefined,
   "[Number: -0]"],
  ["new String('abc')", undefined,
   "[String: 'abc']"],
  ["new Boolean(false)", undefined,
   "[Boolean: false]"],
  ["Object(Symbol('bx'))", undefined,
   "[Symbol: Symbol(bx)]"],
  ["Object(10n)", undefined,
   "[BigInt: 10n]"],
  ["Object.assign(new Number(1), { a: 1 })", undefined,
   "[Number: 1] { a: 1 }"],
  ["new String('ab')", "{ showHidden: true }",
   "[String: 'ab'] { [length]: 2 }"],
  ["Promise.resolve(42)", undefined,
   "Promise { 42 }"],
  ["rejectedPrimitive", undefined,
   "Promise { <rejected> 3 }"],
  ["new Promise(() => {})", undefined,
   "Promise { <pending> }"],
  ["Promise.resolve({ a: { b: { c: 1 } } })", undefined,
   "Promise { { a: { b: [Object] } } }"],
  ["MyPromise.resolve(1)", undefined,
   "MyPromise { 1 }"],
  ["Object.assign(Promise.resolve(1), { tag: 'x' })", undefined,
   "Promise { 1, tag: 'x' }"],
  ["[Promise.resolve('str')]", undefined,
   "[ Promise { 'str' } ]"],
  ["revocable.proxy", undefined,
   "<Revoked Proxy>"],
  ["proxied", undefined,
   "{ target: true }"],
  ["proxied", "{ showProxy: true }",
   "Proxy [\n  { target: true },\n  { get: [Function: get], ownKeys: [Function: ownKeys] }\n]"],
  ["proxiedFn", undefined,
   "[Function: target]"],
  ["nestedProxy", undefined,
   "{ deep: 1 }"],
  ["nestedProxy", "{ showProxy: true }",
   "Proxy [ Proxy [ { deep: 1 }, {} ], {} ]"],
  ["new Proxy([1, 2], {})", undefined,
   "[ 1, 2 ]"],
  ["new Proxy({}, {})", "{ showProxy: true, depth: 0 }",
   "Proxy [ {}, {} ]"],
  ["custom", undefined,
   "{ depth: 2, colors: false, same: true }"],
  ["customString", undefined,
   "{\n  inner: line1\n  line2\n}"],
  ["customThis", undefined,
   "{\n  x: 1,\n  Symbol(nodejs.util.inspect.custom): [Function: [nodejs.util.inspect.custom]]\n}"],
  ["customDepth", undefined,
   "{ a: { b: depth=0 } }"],
  ["customDepth", "{ depth: 5 }",
   "{ a: { b: depth=3 } }"],
  ["customOpts", "{ extraOption: 'passed' }",
   "passed"],
  ["custom", "{ customInspect: false }",
   "{\n  Symbol(nodejs.util.inspect.custom): [Function: [nodejs.util.inspect.custom]]\n}"],
  ["{ inspect() { return 'legacy'; } }", undefined,
   "{ inspect: [Function: inspect] }"],
  ["globalThis.Symbol", undefined,
   "[Function: Symbol]"],
  ["[new Date(0), /x/, new Number(1)]", undefined,
   "[ 1970-01-01T00:00:00.000Z, /x/, [Number: 1] ]"],
];

for (const [src, opts, expected] of cases) {
  const value = eval(`(${src})`);
  const actual = opts === undefined ? util.inspect(value) : util.inspect(value, eval(`(${opts})`));
  assert.strictEqual(actual, expected, `inspect(${src}${opts ? `, ${opts}` : ''})`);
}
