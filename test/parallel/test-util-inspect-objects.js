'use strict';
// util.inspect of objects: keys, prototypes, class instances, accessors, symbols, circular references, depth.
require('../common');
const assert = require('assert');
const util = require('util');
class Foo { constructor() { this.x = 1; } }
class Bar extends Foo {}
class Empty {}
function Legacy() { this.a = 1; }
const circular = { name: 'root' }; circular.self = circular; circular.list = [circular, { back: circular }];
const twoCycles = { a: {}, b: {} }; twoCycles.a.a = twoCycles.a; twoCycles.b.b = twoCycles.b; twoCycles.b.other = twoCycles;

const cases = [
  ["({})", undefined,
   "{}"],
  ["({ a: 1, b: 'two', c: null, d: undefined })", undefined,
   "{ a: 1, b: 'two', c: null, d: undefined }"],
  ["({ 'a-b': 1, $d: 2, _u: 3, 1: 4, '01': 5, 'sp ace': 6, \"q'uote\": 7, '': 8 })", undefined,
   "{\n  '1': 4,\n  'a-b': 1,\n  '$d': 2,\n  _u: 3,\n  '01': 5,\n  'sp ace': 6,\n  \"q'uote\": 7,\n  '': 8\n}"],
  ["({ [Symbol('s')]: 1, [Symbol()]: 2, [Symbol.iterator]: 3 })", undefined,
   "{ Symbol(s): 1, Symbol(): 2, Symbol(Symbol.iterator): 3 }"],
  ["({ __proto__: null })", undefined,
   "[Object: null prototype] {}"],
  ["Object.assign(Object.create(null), { a: 1 })", undefined,
   "[Object: null prototype] { a: 1 }"],
  ["({ ['__proto__']: 1 })", undefined,
   "{ ['__proto__']: 1 }"],
  ["new Foo()", undefined,
   "Foo { x: 1 }"],
  ["new Bar()", undefined,
   "Bar { x: 1 }"],
  ["new Empty()", undefined,
   "Empty {}"],
  ["new Legacy()", undefined,
   "Legacy { a: 1 }"],
  ["Object.create(new Foo())", undefined,
   "Foo {}"],
  ["Object.create(Object.create(null))", undefined,
   "Object <[Object: null prototype] {}> {}"],
  ["Object.create(Foo.prototype)", undefined,
   "Foo {}"],
  ["Foo.prototype", undefined,
   "{}"],
  ["Object.prototype", undefined,
   "[Object: null prototype] {}"],
  ["Object.create({})", undefined,
   "{}"],
  ["({ get a() { return 1; }, set b(v) {}, get c() { return 1; }, set c(v) {} })", undefined,
   "{ a: [Getter], b: [Setter], c: [Getter/Setter] }"],
  ["({ a: { b: { c: { d: { e: 1 } } } } })", undefined,
   "{ a: { b: { c: [Object] } } }"],
  ["[[[[['deep']]]]]", undefined,
   "[ [ [ [Array] ] ] ]"],
  ["({ a: { b: { c: {} } } })", undefined,
   "{ a: { b: { c: {} } } }"],
  ["({ a: { b: { c: [] } } })", undefined,
   "{ a: { b: { c: [] } } }"],
  ["({ a: { b: { c: new Foo() } } })", undefined,
   "{ a: { b: { c: [Foo] } } }"],
  ["({ a: { b: { c: Object.create(null) } } })", undefined,
   "{ a: { b: { c: [Object: null prototype] {} } } }"],
  ["circular", undefined,
   "<ref *1> {\n  name: 'root',\n  self: [Circular *1],\n  list: [ [Circular *1], { back: [Circular *1] } ]\n}"],
  ["twoCycles", undefined,
   "<ref *3> {\n  a: <ref *1> { a: [Circular *1] },\n  b: <ref *2> { b: [Circular *2], other: [Circular *3] }\n}"],
  ["{ x: { y: circular } }", undefined,
   "{\n  x: { y: <ref *1> { name: 'root', self: [Circular *1], list: [Array] } }\n}"],
  ["({ a: 'a'.repeat(20), b: 'b'.repeat(20), c: 'c'.repeat(20) })", undefined,
   "{\n  a: 'aaaaaaaaaaaaaaaaaaaa',\n  b: 'bbbbbbbbbbbbbbbbbbbb',\n  c: 'cccccccccccccccccccc'\n}"],
  ["({ a: 'a'.repeat(20), b: 'b'.repeat(20), c: 'c'.repeat(21) })", undefined,
   "{\n  a: 'aaaaaaaaaaaaaaaaaaaa',\n  b: 'bbbbbbbbbbbbbbbbbbbb',\n  c: 'ccccccccccccccccccccc'\n}"],
  ["({ k1: { n: 1 }, k2: { n: 2 }, k3: { n: 3 }, k4: { n: 4 }, k5: { n: 5 }, k6: { n: 6 }, k7: { n: 7 } })", undefined,
   "{\n  k1: { n: 1 },\n  k2: { n: 2 },\n  k3: { n: 3 },\n  k4: { n: 4 },\n  k5: { n: 5 },\n  k6: { n: 6 },\n  k7: { n: 7 }\n}"],
  ["({ level1: { level2: { level3: { level4: 'x' } }, sibling: [1, 2, 3] }, other: 'value' })", undefined,
   "{\n  level1: { level2: { level3: [Object] }, sibling: [ 1, 2, 3 ] },\n  other: 'value'\n}"],
  ["({ [Symbol.toStringTag]: 'Tagged', a: 1 })", undefined,
   "{ a: 1, Symbol(Symbol.toStringTag): 'Tagged' }"],
  ["Object.defineProperty({}, Symbol.toStringTag, { value: 'Hidden' })", undefined,
   "Object [Hidden] {}"],
  ["new (class Q { get [Symbol.toStringTag]() { return 'QQ'; } })()", undefined,
   "Q [QQ] {}"],
  ["Object.defineProperty({ a: 1 }, 'hidden', { value: 2, enumerable: false })", undefined,
   "{ a: 1 }"],
  ["(function () { return arguments; })(1, 'two')", undefined,
   "[Arguments] { '0': 1, '1': 'two' }"],
  ["(function () { return arguments; })()", undefined,
   "[Arguments] {}"],
  ["Object.assign(Object.create({ inherited: 1 }), { own: 2 })", undefined,
   "{ own: 2 }"],
];

for (const [src, opts, expected] of cases) {
  const value = eval(`(${src})`);
  const actual = opts === undefined ? util.inspect(value) : util.inspect(value, eval(`(${opts})`));
  assert.strictEqual(actual, expected, `inspect(${src}${opts ? `, ${opts}` : ''})`);
}
