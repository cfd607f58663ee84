'use strict';
// mock.fn records calls (arguments, result, error, this, target) and swaps
// implementations: always, once, for `times` calls, and back on restore().
require('../common');
const assert = require('assert');
const { mock } = require('node:test');

const add = mock.fn(function add(a, b) { return a + b; });
assert.strictEqual(add.name, 'add');
assert.strictEqual(add.length, 2);
assert.strictEqual(add(1, 2), 3);
const [call] = add.mock.calls;
assert.deepStrictEqual(Object.keys(call), ['arguments', 'error', 'result', 'stack', 'target', 'this']);
assert.deepStrictEqual(call.arguments, [1, 2]);
assert.strictEqual(call.result, 3);
assert.strictEqual(call.this, undefined);
assert.ok(call.stack instanceof Error);

add.mock.mockImplementationOnce(() => 'once');
assert.strictEqual(add(1, 1), 'once');
assert.strictEqual(add(1, 1), 2);
add.mock.mockImplementation(() => 'always');
assert.strictEqual(add(), 'always');
add.mock.restore();
assert.strictEqual(add(2, 2), 4);
assert.strictEqual(add.mock.callCount(), 5);
add.mock.resetCalls();
assert.strictEqual(add.mock.callCount(), 0);

const thrower = mock.fn(() => { throw new Error('boom'); });
assert.throws(() => thrower(), /boom/);
assert.strictEqual(thrower.mock.calls[0].error.message, 'boom');

const twice = mock.fn(() => 'orig', () => 'mocked', { times: 2 });
assert.deepStrictEqual([twice(), twice(), twice()], ['mocked', 'mocked', 'orig']);

class Point { constructor(x) { this.x = x; } }
const P = mock.fn(Point);
const p = new P(3);
assert.strictEqual(p.x, 3);
assert.strictEqual(P.mock.calls[0].target, Point);
assert.strictEqual(P.mock.calls[0].this, p);

assert.throws(() => mock.fn(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "original" argument must be of type function. Received type number (5)',
});
assert.throws(() => mock.fn().mock.mockImplementation(3), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "implementation" argument must be of type function. Received type number (3)',
});
