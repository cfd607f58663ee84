'use strict';
// util.inspect options: depth, showHidden, compact, breakLength, sorted, getters, colors.
require('../common');
const assert = require('assert');
const util = require('util');
const sample = { a: 1, b: 'two', c: [1, 2, { d: new Map([[1, { e: 2 }]]) }], f: new Set([1]), g: Symbol('g') };
const hidden = Object.defineProperty({ shown: 1 }, 'hid', { value: 2, enumerable: false });
Object.defineProperty(hidden, Symbol('hs'), { value: 3, enumerable: false });
const accessors = { get plain() { return 1; }, get obj() { return { nested: true }; }, get nul() { return null; },
  get str() { return 'str'; }, set str(v) {}, get thrower() { throw new Error('oops'); } };
const wide = Array.from({ length: 4 }, (_, i) => ({ id: i, name: 'name' + i, tags: ['a', 'b'] }));

const cases = [
  ["sample", "{ depth: 0 }",
   "{ a: 1, b: 'two', c: [Array], f: [Set], g: Symbol(g) }"],
  ["sample", "{ depth: 1 }",
   "{\n  a: 1,\n  b: 'two',\n  c: [ 1, 2, [Object] ],\n  f: Set(1) { 1 },\n  g: Symbol(g)\n}"],
  ["sample", "{ depth: null }",
   "{\n  a: 1,\n  b: 'two',\n  c: [\n    1,\n    2,\n    { d: Map(1) { 1 => { e: 2 } } }\n  ],\n  f: Set(1) { 1 },\n  g: Symbol(g)\n}"],
  ["sample", "{ depth: Infinity }",
   "{\n  a: 1,\n  b: 'two',\n  c: [\n    1,\n    2,\n    { d: Map(1) { 1 => { e: 2 } } }\n  ],\n  f: Set(1) { 1 },\n  g: Symbol(g)\n}"],
  ["sample", "{ depth: -1 }",
   "[Object]"],
  ["sample", "{ compact: false }",
   "{\n  a: 1,\n  b: 'two',\n  c: [\n    1,\n    2,\n    {\n      d: [Map]\n    }\n  ],\n  f: Set(1) {\n    1\n  },\n  g: Symbol(g)\n}"],
  ["sample", "{ compact: true }",
   "{ a: 1, b: 'two', c: [ 1, 2, { d: [Map] } ], f: Set(1) { 1 }, g: Symbol(g) }"],
  ["sample", "{ compact: 1 }",
   "{\n  a: 1,\n  b: 'two',\n  c: [\n    1,\n    2,\n    { d: [Map] }\n  ],\n  f: Set(1) { 1 },\n  g: Symbol(g)\n}"],
  ["sample", "{ compact: 0 }",
   "{\n  a: 1,\n  b: 'two',\n  c: [\n    1,\n    2,\n    {\n      d: [Map]\n    }\n  ],\n  f: Set(1) {\n    1\n  },\n  g: Symbol(g)\n}"],
  ["sample", "{ breakLength: 20 }",
   "{\n  a: 1,\n  b: 'two',\n  c: [\n    1,\n    2,\n    {\n      d: [Map]\n    }\n  ],\n  f: Set(1) {\n    1\n  },\n  g: Symbol(g)\n}"],
  ["sample", "{ breakLength: Infinity }",
   "{ a: 1, b: 'two', c: [ 1, 2, { d: [Map] } ], f: Set(1) { 1 }, g: Symbol(g) }"],
  ["sample", "{ breakLength: Infinity, compact: true }",
   "{ a: 1, b: 'two', c: [ 1, 2, { d: [Map] } ], f: Set(1) { 1 }, g: Symbol(g) }"],
  ["sample", "{ sorted: true }",
   "{\n  a: 1,\n  b: 'two',\n  c: [ 1, 2, { d: [Map] } ],\n  f: Set(1) { 1 },\n  g: Symbol(g)\n}"],
  ["{ b: 1, a: 2, c: [3, 1, 2] }", "{ sorted: (a, b) => a < b ? 1 : -1 }",
   "{ c: [ 3, 1, 2 ], b: 1, a: 2 }"],
  ["new Map([['b', 1], ['a', 2]])", "{ sorted: true }",
   "Map(2) { 'a' => 2, 'b' => 1 }"],
  ["hidden", "{ showHidden: true }",
   "{ shown: 1, [hid]: 2, [Symbol(hs)]: 3 }"],
  ["[1, 2]", "{ showHidden: true }",
   "[ 1, 2, [length]: 2 ]"],
  ["accessors", undefined,
   "{\n  plain: [Getter],\n  obj: [Getter],\n  nul: [Getter],\n  str: [Getter/Setter],\n  thrower: [Getter]\n}"],
  ["accessors", "{ getters: true }",
   "{\n  plain: [Getter: 1],\n  obj: [Getter] { nested: true },\n  nul: [Getter: null],\n  str: [Getter/Setter: 'str'],\n  thrower: [Getter: <Inspection threw (oops)>]\n}"],
  ["accessors", "{ getters: 'get' }",
   "{\n  plain: [Getter: 1],\n  obj: [Getter] { nested: true },\n  nul: [Getter: null],\n  str: [Getter/Setter],\n  thrower: [Getter: <Inspection threw (oops)>]\n}"],
  ["accessors", "{ getters: 'set' }",
   "{\n  plain: [Getter],\n  obj: [Getter],\n  nul: [Getter],\n  str: [Getter/Setter: 'str'],\n  thrower: [Getter]\n}"],
  ["wide", undefined,
   "[\n  { id: 0, name: 'name0', tags: [ 'a', 'b' ] },\n  { id: 1, name: 'name1', tags: [ 'a', 'b' ] },\n  { id: 2, name: 'name2', tags: [ 'a', 'b' ] },\n  { id: 3, name: 'name3', tags: [ 'a', 'b' ] }\n]"],
  ["wide", "{ compact: 1 }",
   "[\n  {\n    id: 0,\n    name: 'name0',\n    tags: [ 'a', 'b' ]\n  },\n  {\n    id: 1,\n    name: 'name1',\n    tags: [ 'a', 'b' ]\n  },\n  {\n    id: 2,\n    name: 'name2',\n    tags: [ 'a', 'b' ]\n  },\n  {\n    id: 3,\n    name: 'name3',\n    tags: [ 'a', 'b' ]\n  }\n]"],
  ["wide", "{ compact: false, breakLength: 200 }",
   "[\n  {\n    id: 0,\n    name: 'name0',\n    tags: [\n      'a',\n      'b'\n    ]\n  },\n  {\n    id: 1,\n    name: 'name1',\n    tags: [\n      'a',\n      'b'\n    ]\n  },\n  {\n    id: 2,\n    name: 'name2',\n    tags: [\n      'a',\n      'b'\n    ]\n  },\n  {\n    id: 3,\n    name: 'name3',\n    tags: [\n      'a',\n      'b'\n    ]\n  }\n]"],
  ["sample", "{ colors: true }",
   "{\n  a: \u001b[33m1\u001b[39m,\n  b: \u001b[32m'two'\u001b[39m,\n  c: [ \u001b[33m1\u001b[39m, \u001b[33m2\u001b[39m, { d: \u001b[36m[Map]\u001b[39m } ],\n  f: Set(1) { \u001b[33m1\u001b[39m },\n  g: \u001b[32mSymbol(g)\u001b[39m\n}"],
  ["[null, undefined, true, 1n, 'x', Symbol(), new Date(0), /r/, () => {}]", "{ colors: true }",
   "[\n  \u001b[1mnull\u001b[22m,\n  \u001b[90mundefined\u001b[39m,\n  \u001b[33mtrue\u001b[39m,\n  \u001b[33m1n\u001b[39m,\n  \u001b[32m'x'\u001b[39m,\n  \u001b[32mSymbol()\u001b[39m,\n  \u001b[35m1970-01-01T00:00:00.000Z\u001b[39m,\n  \u001b[31m/r/\u001b[39m,\n  \u001b[36m[Function (anonymous)]\u001b[39m\n]"],
  ["Array.from({ length: 26 }, (_, i) => 'x'.repeat(i % 7))", "{ colors: true }",
   "[\n  \u001b[32m''\u001b[39m,       \u001b[32m'x'\u001b[39m,      \u001b[32m'xx'\u001b[39m,     \u001b[32m'xxx'\u001b[39m,\n  \u001b[32m'xxxx'\u001b[39m,   \u001b[32m'xxxxx'\u001b[39m,  \u001b[32m'xxxxxx'\u001b[39m, \u001b[32m''\u001b[39m,\n  \u001b[32m'x'\u001b[39m,      \u001b[32m'xx'\u001b[39m,     \u001b[32m'xxx'\u001b[39m,    \u001b[32m'xxxx'\u001b[39m,\n  \u001b[32m'xxxxx'\u001b[39m,  \u001b[32m'xxxxxx'\u001b[39m, \u001b[32m''\u001b[39m,       \u001b[32m'x'\u001b[39m,\n  \u001b[32m'xx'\u001b[39m,     \u001b[32m'xxx'\u001b[39m,    \u001b[32m'xxxx'\u001b[39m,   \u001b[32m'xxxxx'\u001b[39m,\n  \u001b[32m'xxxxxx'\u001b[39m, \u001b[32m''\u001b[39m,       \u001b[32m'x'\u001b[39m,      \u001b[32m'xx'\u001b[39m,\n  \u001b[32m'xxx'\u001b[39m,    \u001b[32m'xxxx'\u001b[39m\n]"],
  ["{ a: 1 }", "{ stylize: (s, t) => t + ':' + s, colors: false }",
   "{ name:a: number:1 }"],
  ["{ a: { b: 1 } }", "{ depth: 0, unknownOption: 1 }",
   "{ a: [Object] }"],
];

for (const [src, opts, expected] of cases) {
  const value = eval(`(${src})`);
  const actual = opts === undefined ? util.inspect(value) : util.inspect(value, eval(`(${opts})`));
  assert.strictEqual(actual, expected, `inspect(${src}${opts ? `, ${opts}` : ''})`);
}
