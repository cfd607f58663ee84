'use strict';
// util.diff: Myers' shortest edit script, 1 = only in actual, -1 = only in expected.
require('../common');
const assert = require('assert');
const util = require('util');

assert.deepStrictEqual(util.diff('abc', 'abd'), [[0, 'a'], [0, 'b'], [1, 'c'], [-1, 'd']]);
assert.deepStrictEqual(util.diff('abcabba', 'cbabac'), [
  [1, 'a'], [1, 'b'], [0, 'c'], [-1, 'b'], [0, 'a'], [0, 'b'], [1, 'b'], [0, 'a'], [-1, 'c'],
]);
assert.deepStrictEqual(util.diff(['a', 'b', 'c'], ['b', 'c', 'd']),
                       [[1, 'a'], [0, 'b'], [0, 'c'], [-1, 'd']]);
assert.deepStrictEqual(util.diff('same', 'same'), []);
assert.deepStrictEqual(util.diff('', 'x'), [[-1, 'x']]);
assert.deepStrictEqual(util.diff(['x'], []), [[1, 'x']]);
assert.throws(() => util.diff(1, 'a'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "actual" argument must be of type string. Received type number (1)',
});
assert.throws(() => util.diff('a', {}), { code: 'ERR_INVALID_ARG_TYPE' });
// Arrays must hold strings only; the first other element is named.
assert.throws(() => util.diff(['1', { b: 2 }], ['1']), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "actual[1]" argument must be of type string. Received an instance of Object',
});
assert.throws(() => util.diff(['a'], [1]), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "expected[0]" argument must be of type string. Received type number (1)',
});
