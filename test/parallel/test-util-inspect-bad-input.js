'use strict';
// util.inspect survives hostile values: throwing getters (with `getters`), proxies
// whose traps throw (never run), very deep nesting, and reports a throwing custom
// inspector's error to the caller, as node does.
require('../common');
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.inspect({ get a() { throw new Error('g'); } }, { getters: true }),
                   '{ a: [Getter: <Inspection threw (g)>] }');
assert.strictEqual(util.inspect({ get a() { throw new Error('g'); } }), '{ a: [Getter] }');

const trap = () => { throw new Error('trap ran'); };
const hostile = new Proxy({ a: 1 }, {
  get: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap, has: trap,
});
assert.strictEqual(util.inspect(hostile), '{ a: 1 }');
assert.strictEqual(util.inspect(hostile, { showProxy: true }),
                   'Proxy [\n' +
                   '  { a: 1 },\n' +
                   '  {\n' +
                   '    get: [Function: trap],\n' +
                   '    ownKeys: [Function: trap],\n' +
                   '    getOwnPropertyDescriptor: [Function: trap],\n' +
                   '    getPrototypeOf: [Function: trap],\n' +
                   '    has: [Function: trap]\n' +
                   '  }\n' +
                   ']');
assert.strictEqual(util.format('%s', hostile), '{ a: 1 }');

assert.throws(() => util.inspect({ a: { [util.inspect.custom]() { throw new Error('boom'); } } }),
              { message: 'boom' });

let deep = {};
const root = deep;
for (let i = 0; i < 10000; i++) {
  deep.a = {};
  deep = deep.a;
}
assert.strictEqual(util.inspect(root), '{ a: { a: { a: [Object] } } }');
const full = util.inspect(root, { depth: 20 });
assert.strictEqual(full.split('\n').length, 37);
// No depth limit: either the whole structure or node's "interrupted" marker, never a crash.
assert.strictEqual(typeof util.inspect(root, { depth: 2000 }), 'string');

const arr = [];
let cur = arr;
for (let i = 0; i < 10000; i++) {
  const next = [];
  cur.push(next);
  cur = next;
}
assert.strictEqual(util.inspect(arr), '[ [ [ [Array] ] ] ]');

// Values whose toString or Symbol.toPrimitive throw are still inspected.
const noString = { toString() { throw new Error('no'); }, [Symbol.toPrimitive]() { throw new Error('no'); } };
assert.strictEqual(util.inspect(noString).startsWith('{'), true);
assert.strictEqual(util.inspect(Object.create(null, { x: { get() { return 1; }, enumerable: true } })),
                   '[Object: null prototype] { x: [Getter] }');

// Huge arrays and typed arrays print their first entries without listing every index.
assert.strictEqual(util.inspect(new Uint8Array(1e7), { maxArrayLength: 2 }),
                   'Uint8Array(10000000) [ 0, 0, ... 9999998 more items ]');
assert.strictEqual(util.inspect(new Array(1e6).fill(7), { maxArrayLength: 1 }),
                   '[ 7, ... 999999 more items ]');
const big = new Array(1e5).fill(0);
big.extra = 'kept';
assert.strictEqual(util.inspect(big, { maxArrayLength: 1 }), "[ 0, ... 99999 more items, extra: 'kept' ]");
