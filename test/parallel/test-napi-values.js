'use strict';
// Node-API primitives through a test addon: strings in and out (with node's
// truncation and NUL rules), typeof, numbers, BigInts, coercion, symbols, the
// global values, last-error info, run_script and dates.
require('../common');
const assert = require('assert');
const { loadAddon } = require('../common/napi');

const addon = loadAddon('values');

assert.deepStrictEqual(addon.utf8Copy('héllo✓', 100), ['héllo✓', 9, 9]);
// A character that does not fit whole is left out; the NUL always follows.
assert.deepStrictEqual(addon.utf8Copy('héllo✓', 3), ['h', 1, 9]);
assert.deepStrictEqual(addon.utf8Copy('héllo✓', 2), ['h', 1, 9]);
assert.deepStrictEqual(addon.utf8Copy('abc', 0), ['', 0, 3]);
assert.strictEqual(addon.latin1Copy('café', 3), 'ca');
assert.strictEqual(addon.utf16Copy('h€llo', 3), 'h€');
assert.deepStrictEqual(addon.madeStrings(), ['café', 'hé€😀', 'naïve ✓', 'abc']);

const types = [undefined, null, true, 1, 's', Symbol('x'), {}, () => {}, 1n].map(addon.typeOf);
assert.deepStrictEqual(types,
                       ['undefined', 'null', 'boolean', 'number', 'string', 'symbol', 'object', 'function', 'bigint']);

// int32/uint32 wrap, int64 saturates, non-finite is 0.
assert.deepStrictEqual(addon.numbers(-1.9), [-1, 4294967295, -1, -1.9]);
assert.deepStrictEqual(addon.numbers(2 ** 32 + 5), [5, 5, 4294967301, 4294967301]);
assert.deepStrictEqual(addon.numbers(NaN), [0, 0, 0, NaN]);
assert.deepStrictEqual(addon.numbers(1e20), [1661992960, 1661992960, 9223372036854776000, 1e20]);
assert.deepStrictEqual(addon.numbers(-1e20), [-1661992960, 2632974336, -9223372036854776000, -1e20]);
assert.throws(() => addon.numbers('x'), { message: 'A number was expected' });

assert.deepStrictEqual(addon.bigints(-5n), [-5n, true, 18446744073709551611n, false]);
assert.deepStrictEqual(addon.bigints(2n ** 64n + 3n), [3n, false, 3n, false]);
assert.deepStrictEqual(addon.bigints(2n ** 63n), [-9223372036854775808n, false, 9223372036854775808n, true]);
for (const v of [0n, -(2n ** 130n) - 7n, 123456789012345678901234567890n, 2n ** 64n - 1n, -1n])
  assert.strictEqual(addon.bigintWords(v), v);

assert.deepStrictEqual(addon.coerce('12'), [true, 12, '12']);
assert.deepStrictEqual(addon.coerce({}), [true, NaN, '[object Object]']);
assert.deepStrictEqual(addon.coerce(0), [false, 0, '0']);
assert.strictEqual(typeof addon.coerceObject('s'), 'object');
assert.throws(() => addon.coerce({ valueOf() { throw new Error('boom'); } }), { message: 'boom' });

assert.strictEqual(addon.strictEquals(1, 1), true);
assert.strictEqual(addon.strictEquals('a', 'a'), true);
assert.strictEqual(addon.strictEquals({}, {}), false);
assert.strictEqual(addon.symbol('desc').toString(), 'Symbol(desc)');

const [global, ...rest] = addon.globals();
assert.strictEqual(global, globalThis);
assert.deepStrictEqual(rest, [undefined, null, true, 10, 24, 'node']);

assert.deepStrictEqual(addon.lastError(), [6, 6, 'A number was expected']);
assert.strictEqual(addon.runScript('1 + 2'), 3);
assert.throws(() => addon.runScript('throw new RangeError("r")'), RangeError);
assert.strictEqual(addon.dates(5).getTime(), 5);
assert.strictEqual(addon.dates(new Date(7)), 7);

assert.strictEqual(addon.utf8Copy.name, 'utf8Copy');
assert.strictEqual(addon.utf8Copy instanceof Function, true);
