'use strict';
// import() in a function made at run time by new Function (or the AsyncFunction and
// AsyncGeneratorFunction constructors) resolves against the file that made it, as
// for code in that file: packages build `new Function('m', 'return import(m)')` to
// hide import() from their compilers (prettier's CLI loads itself so). Making the
// constructors able to do this leaves them as they were otherwise: names, lengths,
// prototypes, `constructor` links, instanceof, subclassing, native-code printing,
// the engine's errors, and one ToString of each argument.
const common = require('../common');
const assert = require('assert');

const AsyncFunction = async function() {}.constructor;
const GeneratorFunction = function*() {}.constructor;
const AsyncGeneratorFunction = async function*() {}.constructor;

for (const [C, name] of [[Function, 'Function'], [AsyncFunction, 'AsyncFunction'],
  [GeneratorFunction, 'GeneratorFunction'], [AsyncGeneratorFunction, 'AsyncGeneratorFunction']]) {
  assert.strictEqual(C.name, name);
  assert.strictEqual(C.length, 1);
  assert.strictEqual(C.prototype.constructor, C);
  assert.match(Function.prototype.toString.call(C), /\[native code\]/);
  assert.deepStrictEqual(Object.getOwnPropertyNames(C).sort(), ['length', 'name', 'prototype']);
  const d = Object.getOwnPropertyDescriptor(C, 'prototype');
  assert.strictEqual(d.writable || d.enumerable || d.configurable, false);
}
assert.strictEqual(Object.getPrototypeOf(AsyncFunction), Function);
const g = Object.getOwnPropertyDescriptor(globalThis, 'Function');
assert.deepStrictEqual([g.writable, g.enumerable, g.configurable], [true, false, true]);

const add = new Function('a', 'b', 'return a + b');
assert.strictEqual(add(1, 2), 3);
assert.strictEqual(Function('return typeof this')(), 'object');
assert.ok(add instanceof Function);
assert.ok((() => {}) instanceof Function);
assert.strictEqual(Object.getPrototypeOf(add), Function.prototype);
assert.strictEqual(add.name, 'anonymous');
assert.throws(() => new Function('a', '}{'), SyntaxError);
assert.throws(() => new Function('a)', 'return 1'), SyntaxError);
let conversions = 0;
const body = { toString() { conversions++; return 'return "import(" + 1'; } };
assert.strictEqual(new Function(body)(), 'import(1');
assert.strictEqual(conversions, 1);

class Sub extends Function {
  constructor() { super('return import("../fixtures/esm/other.mjs")'); }
}
const sub = new Sub();
assert.ok(sub instanceof Sub);
assert.ok(sub instanceof Function);

const load = new Function('specifier', 'return import(specifier)');
const loadAsync = new AsyncFunction('return (await import("../fixtures/esm/counter.mjs")).count');
const loadEach = new AsyncGeneratorFunction('a', 'b', 'yield (await import(a)).value');
Promise.all([
  load('../fixtures/esm/other.mjs'),
  load('node:path'),
  loadAsync(),
  sub(),
  load('./no-such-module.mjs').catch((err) => err.code),
]).then(common.mustCall(([other, path, count, fromSub, missing]) => {
  assert.strictEqual(other.value, 'other value');
  assert.strictEqual(path.sep, '/');
  assert.strictEqual(count, 0);
  assert.strictEqual(fromSub.default, 'other default');
  assert.strictEqual(missing, 'ERR_MODULE_NOT_FOUND');
}));
loadEach('../fixtures/esm/other.mjs').next().then(common.mustCall((step) => {
  assert.strictEqual(step.value, 'other value');
}));
