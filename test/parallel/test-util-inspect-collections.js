'use strict';
// util.inspect of Map, Set, their iterators, weak collections and subclasses.
require('../common');
const assert = require('assert');
const util = require('util');
class MyMap extends Map {}
class MySet extends Set {}
const partly = new Map([[1, 'a'], [2, 'b'], [3, 'c']]).keys(); partly.next();
const done = new Set([1]).values(); done.next(); done.next();
const holed = new Map([[1, 1], [2, 2], [3, 3], [4, 4]]); holed.delete(1); holed.delete(3);
const afterDelete = holed.keys(); afterDelete.next();
const grown = new Set([1, 2]); const grownIt = grown.values(); grownIt.next();
for (let i = 10; i < 40; i++) grown.add(i);

const cases = [
  ["new Map()", undefined,
   "Map(0) {}"],
  ["new Set()", undefined,
   "Set(0) {}"],
  ["new Map([[1, 2], ['a', { b: 1 }]])", undefined,
   "Map(2) { 1 => 2, 'a' => { b: 1 } }"],
  ["new Set([1, 'a', [2], { c: 3 }])", undefined,
   "Set(4) { 1, 'a', [ 2 ], { c: 3 } }"],
  ["new Map([[{ k: 1 }, new Set([1])]])", undefined,
   "Map(1) { { k: 1 } => Set(1) { 1 } }"],
  ["new WeakMap()", undefined,
   "WeakMap { <items unknown> }"],
  ["new WeakSet()", undefined,
   "WeakSet { <items unknown> }"],
  ["new MyMap([[1, 2]])", undefined,
   "MyMap(1) { 1 => 2 }"],
  ["new MySet([1])", undefined,
   "MySet(1) { 1 }"],
  ["new MyMap()", undefined,
   "MyMap(0) {}"],
  ["Object.assign(new Map([[1, 2]]), { extra: true })", undefined,
   "Map(1) { 1 => 2, extra: true }"],
  ["new Map([[1, 2]]).entries()", undefined,
   "[Map Entries] { [ 1, 2 ] }"],
  ["new Map([[1, 2], [3, 4]]).keys()", undefined,
   "[Map Iterator] { 1, 3 }"],
  ["new Map([[1, 2], [3, 4]]).values()", undefined,
   "[Map Iterator] { 2, 4 }"],
  ["new Set([1, 2]).values()", undefined,
   "[Set Iterator] { 1, 2 }"],
  ["new Set([5]).entries()", undefined,
   "[Set Entries] { [ 5, 5 ] }"],
  ["new Map([[1, 2]])[Symbol.iterator]()", undefined,
   "[Map Entries] { [ 1, 2 ] }"],
  ["partly", undefined,
   "[Map Iterator] { 2, 3 }"],
  ["done", undefined,
   "[Set Iterator] {  }"],
  ["afterDelete", undefined,
   "[Map Iterator] { 4 }"],
  ["grownIt", undefined,
   "[Set Iterator] {\n  2,\n  10,\n  11,\n  12,\n  13,\n  14,\n  15,\n  16,\n  17,\n  18,\n  19,\n  20,\n  21,\n  22,\n  23,\n  24,\n  25,\n  26,\n  27,\n  28,\n  29,\n  30,\n  31,\n  32,\n  33,\n  34,\n  35,\n  36,\n  37,\n  38,\n  39\n}"],
  ["new Map(Array.from({ length: 5 }, (_, i) => [i, i]))", "{ maxArrayLength: 2 }",
   "Map(5) { 0 => 0, 1 => 1, ... 3 more items }"],
  ["new Set(Array.from({ length: 5 }, (_, i) => i))", "{ maxArrayLength: 2 }",
   "Set(5) { 0, 1, ... 3 more items }"],
  ["new Map([[1, 2], [3, 4]]).entries()", "{ maxArrayLength: 1 }",
   "[Map Entries] { [ 1, 2 ], ... 1 more item }"],
  ["new Map(Array.from({ length: 12 }, (_, i) => ['key' + i, 'value' + i]))", undefined,
   "Map(12) {\n  'key0' => 'value0',\n  'key1' => 'value1',\n  'key2' => 'value2',\n  'key3' => 'value3',\n  'key4' => 'value4',\n  'key5' => 'value5',\n  'key6' => 'value6',\n  'key7' => 'value7',\n  'key8' => 'value8',\n  'key9' => 'value9',\n  'key10' => 'value10',\n  'key11' => 'value11'\n}"],
  ["{ m: new Map([[1, { deep: { deeper: 1 } }]]) }", undefined,
   "{ m: Map(1) { 1 => { deep: [Object] } } }"],
  ["new Set([new Set([new Set([new Set([1])])])])", undefined,
   "Set(1) { Set(1) { Set(1) { [Set] } } }"],
  ["new Map([[1, 2]])", "{ compact: false }",
   "Map(1) {\n  1 => 2\n}"],
  ["new Set([[1, 2]])", "{ depth: 0 }",
   "Set(1) { [Array] }"],
];

for (const [src, opts, expected] of cases) {
  const value = eval(`(${src})`);
  const actual = opts === undefined ? util.inspect(value) : util.inspect(value, eval(`(${opts})`));
  assert.strictEqual(actual, expected, `inspect(${src}${opts ? `, ${opts}` : ''})`);
}
