'use strict';
// util.inspect of functions and classes: names, kinds, extends, extra properties.
require('../common');
const assert = require('assert');
const util = require('util');
class A {}
class B extends A {}
class WithStatic { static s = 1; }
const anon = (() => () => {})();
function named() {}
const withProps = Object.assign(function withProps() {}, { x: 1, y: 'two' });
const nullProto = Object.setPrototypeOf(function np() {}, null);
const bound = named.bind(null);

const cases = [
  ["named", undefined,
   "[Function: named]"],
  ["anon", undefined,
   "[Function (anonymous)]"],
  ["() => {}", undefined,
   "[Function (anonymous)]"],
  ["(function () {})", undefined,
   "[Function (anonymous)]"],
  ["A", undefined,
   "[class A]"],
  ["B", undefined,
   "[class B extends A]"],
  ["(class {})", undefined,
   "[class (anonymous)]"],
  ["(class extends A {})", undefined,
   "[class (anonymous) extends A]"],
  ["WithStatic", undefined,
   "[class WithStatic] { s: 1 }"],
  ["(async function af() {})", undefined,
   "[AsyncFunction: af]"],
  ["async () => {}", undefined,
   "[AsyncFunction (anonymous)]"],
  ["(function* gen() {})", undefined,
   "[GeneratorFunction: gen]"],
  ["(async function* agen() {})", undefined,
   "[AsyncGeneratorFunction: agen]"],
  ["withProps", undefined,
   "[Function: withProps] { x: 1, y: 'two' }"],
  ["nullProto", undefined,
   "[Function (null prototype): np]"],
  ["bound", undefined,
   "[Function: bound named]"],
  ["Math.max", undefined,
   "[Function: max]"],
  ["Object", undefined,
   "[Function: Object]"],
  ["Array.prototype.push", undefined,
   "[Function: push]"],
  ["{ fn: named, cls: B, arrow: () => 1 }", undefined,
   "{\n  fn: [Function: named],\n  cls: [class B extends A],\n  arrow: [Function: arrow]\n}"],
  ["[named, A]", undefined,
   "[ [Function: named], [class A] ]"],
  ["Object.defineProperty(function renamed() {}, 'name', { value: 'other' })", undefined,
   "[Function: other]"],
  ["new Function('return function sloppy(a) {}')()", "{ showHidden: true }",
   "<ref *1> [Function: sloppy] {\n  [length]: 1,\n  [name]: 'sloppy',\n  [arguments]: null,\n  [caller]: null,\n  [prototype]: { [constructor]: [Circular *1] }\n}"],
  ["named", "{ showHidden: true }",
   "<ref *1> [Function: named] {\n  [length]: 0,\n  [name]: 'named',\n  [prototype]: { [constructor]: [Circular *1] }\n}"],
  ["(function () { 'use strict'; })", "{ showHidden: true }",
   "<ref *1> [Function (anonymous)] {\n  [length]: 0,\n  [name]: '',\n  [prototype]: { [constructor]: [Circular *1] }\n}"],
  ["A", "{ showHidden: true }",
   "<ref *1> [class A] {\n  [length]: 0,\n  [name]: 'A',\n  [prototype]: { [constructor]: [Circular *1] }\n}"],
  ["() => {}", "{ showHidden: true }",
   "[Function (anonymous)] { [length]: 0, [name]: '' }"],
  ["{ m() {} }", "{ showHidden: true }",
   "{ m: [Function: m] { [length]: 0, [name]: 'm' } }"],
  ["Object.defineProperty(function () {}, 'name', { value: '' })", undefined,
   "[Function (anonymous)]"],
];

for (const [src, opts, expected] of cases) {
  const value = eval(`(${src})`);
  const actual = opts === undefined ? util.inspect(value) : util.inspect(value, eval(`(${opts})`));
  assert.strictEqual(actual, expected, `inspect(${src}${opts ? `, ${opts}` : ''})`);
}
