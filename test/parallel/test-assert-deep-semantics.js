'use strict';
// Which values deepEqual, deepStrictEqual and partialDeepStrictEqual accept.
require('../common');
const assert = require('assert');

function passes(fn, a, b) {
  try {
    fn(a, b);
    return true;
  } catch (err) {
    assert.strictEqual(err.code, 'ERR_ASSERTION');
    return false;
  }
}
const loose = (a, b) => passes(assert.deepEqual, a, b);
const strict = (a, b) => passes(assert.deepStrictEqual, a, b);
const partial = (a, b) => passes(assert.partialDeepStrictEqual, a, b);

assert.strictEqual(strict([, 1], [undefined, 1]), false); // eslint-disable-line no-sparse-arrays
assert.strictEqual(loose({ a: undefined }, {}), false);
assert.strictEqual(loose(new Set([1]), new Set(['1'])), true);
assert.strictEqual(loose({ a: 1 }, { a: '1' }), true);
assert.strictEqual(strict({ a: 1 }, { a: '1' }), false);
assert.strictEqual(loose(Object.create({ x: 1 }), {}), true);
assert.strictEqual(strict(Object.create(null), {}), false);
assert.strictEqual(loose(new Number(1), 1), false);
assert.strictEqual(strict(new Number(1), new Number(1)), true);
assert.strictEqual(strict(new Error('a'), new Error('a')), true);
assert.strictEqual(strict(new Error('a', { cause: 1 }), new Error('a')), false);
assert.strictEqual(loose(new Error('a'), new Error('b')), false);
const re = /a/g;
re.lastIndex = 1;
assert.strictEqual(strict(/a/g, re), false);
assert.strictEqual(strict(new Date(0), new Date(0)), true);
assert.strictEqual(loose(new Date(0), new Date(1)), false);
assert.strictEqual(strict(new Float64Array([NaN]), new Float64Array([NaN])), true);
assert.strictEqual(loose(new Float64Array([-0]), new Float64Array([0])), true);
assert.strictEqual(strict(new Float64Array([-0]), new Float64Array([0])), false);
assert.strictEqual(loose(new Uint8Array([1]), new Int8Array([1])), false);
assert.strictEqual(strict(new WeakMap(), new WeakMap()), false);
assert.strictEqual(strict({ [Symbol.for('a')]: 1 }, { [Symbol.for('a')]: 2 }), false);
assert.strictEqual(loose({ [Symbol.for('a')]: 1 }, { [Symbol.for('a')]: 2 }), true);
assert.strictEqual(strict(NaN, NaN), true);
assert.strictEqual(strict(-0, 0), false);
assert.strictEqual(loose(-0, 0), true);
assert.strictEqual(strict([-0], [0]), false);
assert.strictEqual(strict(new Set([-0]), new Set([0])), true);
{
  const a = {};
  a.a = a;
  const b = {};
  b.a = b;
  assert.strictEqual(strict(a, b), true);
  const c = { a: {} };
  c.a.a = c;
  assert.strictEqual(strict(a, c), false);
}
assert.strictEqual(strict(new Set([{ a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 1 }])), true);
assert.strictEqual(strict(new Map([[{ a: 1 }, 1]]), new Map([[{ a: 1 }, 1]])), true);
assert.strictEqual(strict(new Map([[{ a: 1 }, 1]]), new Map([[{ a: 1 }, 2]])), false);
assert.strictEqual(strict(Object(Symbol()), Object(Symbol())), false);
assert.strictEqual(strict(new ArrayBuffer(2), new ArrayBuffer(3)), false);
assert.strictEqual(strict({ get a() { return 1; } }, { a: 1 }), true);
assert.strictEqual(strict(new AggregateError([1], 'x'), new AggregateError([2], 'x')), false);
(function() {
  assert.strictEqual(strict(arguments, [1]), false);
})(1);

assert.strictEqual(partial({ a: 1, b: 2 }, { a: 1 }), true);
assert.strictEqual(partial({ a: 1 }, { a: 1, b: 2 }), false);
assert.strictEqual(partial([1, 2, 3], [1, 3]), true);
assert.strictEqual(partial([1, 2, 3], [3, 1]), false);
assert.strictEqual(partial([0, -0, 0], [0, 0]), true);
assert.strictEqual(partial([0, 0, 0], [0, -0]), false);
assert.strictEqual(partial(new Set([{ a: 1 }, { b: 1 }]), new Set([{ a: 1 }])), true);
assert.strictEqual(partial(new Set([{ a: 1 }]), new Set([{ a: 1 }, { b: 1 }])), false);
assert.strictEqual(partial({ a: { b: 2, c: 3 } }, { a: { b: '2' } }), false);
assert.strictEqual(partial(new Uint8Array([1, 2, 3, 4, 5]), new Uint8Array([1, 2, 3, 5])), true);

const skip = new assert.Assert({ skipPrototype: true });
class A { constructor() { this.x = 1; } }
class B { constructor() { this.x = 1; } }
skip.deepStrictEqual(new A(), new B());
assert.throws(() => assert.deepStrictEqual(new A(), new B()), { code: 'ERR_ASSERTION' });
assert.strictEqual(require('util').isDeepStrictEqual === undefined ||
                   require('util').isDeepStrictEqual({ a: [1] }, { a: [1] }), true);
