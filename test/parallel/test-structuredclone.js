'use strict';
// structuredClone as node 24 applies it.
require('../common');
const assert = require('assert');

const o = { n: 1, s: 'x', nested: { d: new Date(0), r: /a/gi } };
o.self = o;
const c = structuredClone(o);
assert.notStrictEqual(c, o);
assert.strictEqual(c.self, c);
assert.strictEqual(c.nested.d.getTime(), 0);
assert.strictEqual(String(c.nested.r), '/a/gi');

const m = structuredClone(new Map([[1, { a: 1 }]]));
assert.deepStrictEqual([...m], [[1, { a: 1 }]]);
assert.deepStrictEqual([...structuredClone(new Set([1, 2]))], [1, 2]);
assert.strictEqual(typeof structuredClone(Object(1n)), 'object');
assert.strictEqual(structuredClone(10n), 10n);

const arr = [1, , 3];
arr.p = 5;
const ac = structuredClone(arr);
assert.strictEqual(ac.length, 3);
assert.strictEqual(1 in ac, false);
assert.strictEqual(ac.p, 5);

class X { constructor() { this.a = 1; } }
const x = structuredClone(new X());
assert.strictEqual(Object.getPrototypeOf(x), Object.prototype);
assert.deepStrictEqual(x, { a: 1 });
assert.deepStrictEqual(structuredClone({ get x() { return 5; } }), { x: 5 });

// A view keeps its offset into a copy of the whole buffer; shared buffers stay shared.
const ab = new ArrayBuffer(8);
const u = new Uint8Array(ab, 2, 3);
u[0] = 7;
const [uc, vc] = structuredClone([u, new DataView(ab)]);
assert.strictEqual(uc.byteOffset, 2);
assert.strictEqual(uc.buffer.byteLength, 8);
assert.strictEqual(uc[0], 7);
assert.strictEqual(uc.buffer, vc.buffer);

// Transfer moves the buffer: the original is detached.
const ab2 = new ArrayBuffer(4);
const moved = structuredClone(ab2, { transfer: [ab2] });
assert.strictEqual(ab2.byteLength, 0);
assert.strictEqual(moved.byteLength, 4);

const e = new TypeError('m', { cause: 1 });
e.extra = 2;
const ec = structuredClone(e);
assert.ok(ec instanceof TypeError);
assert.strictEqual(ec.message, 'm');
assert.strictEqual(ec.cause, 1);
assert.strictEqual(ec.extra, undefined);
assert.strictEqual(ec.stack, e.stack);

for (const [value, text] of [
  [() => {}, '() => {} could not be cloned.'],
  [Symbol('x'), 'Symbol(x) could not be cloned.'],
  [new WeakMap(), '#<WeakMap> could not be cloned.'],
  [Promise.resolve(), '#<Promise> could not be cloned.'],
  [{ a: function f() {} }, 'function f() {} could not be cloned.'],
  [new Proxy({}, {}), '#<Object> could not be cloned.'],
]) {
  assert.throws(() => structuredClone(value), (err) => {
    assert.strictEqual(err.name, 'DataCloneError');
    assert.strictEqual(err.code, 25);
    assert.strictEqual(err.message, text);
    return true;
  });
}
assert.throws(() => structuredClone(), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "The value argument must be specified" argument must be specified',
});
assert.throws(() => structuredClone(1, { transfer: 1 }), {
  name: 'TypeError',
  message: "Failed to execute 'structuredClone': transfer in Options can not be converted to sequence.",
});
assert.throws(() => structuredClone(1, ''), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: "Failed to execute 'structuredClone': Options cannot be converted to a dictionary",
});
// Only ArrayBuffers and ports transfer; anything else in the list is refused alike.
for (const item of [{}, new Map(), new EventTarget()]) {
  assert.throws(() => structuredClone(1, { transfer: [item] }), {
    name: 'DataCloneError', message: 'Found invalid value in transferList.',
  });
}
// A class instance (whatever its Symbol.toStringTag) clones as a plain object of its
// own enumerable properties.
class Tagged { constructor() { this.x = 1; } get [Symbol.toStringTag]() { return 'Special'; } }
assert.deepStrictEqual(structuredClone(new Tagged()), { x: 1 });
assert.deepStrictEqual(structuredClone(new EventTarget()), {});
