'use strict';
// The `+ actual - expected` line diffs of failed assertions, as node 24 writes them.
const common = require('../common');
const assert = require('assert');
const { inspect } = require('util');

if (inspect({ a: 1 }, { compact: false }) !== '{\n  a: 1\n}') {
  common.skip('util.inspect does not support compact: false yet');
  return;
}

function message(fn) {
  try {
    fn();
  } catch (err) {
    return err.message;
  }
  assert.fail('did not throw');
}
const range = (n, f) => Array.from({ length: n }, (_, i) => f(i));

assert.strictEqual(message(() => assert.strictEqual({ a: 1 }, { a: 1 })),
                   'Values have same structure but are not reference-equal:\n\n{\n  a: 1\n}\n');
assert.strictEqual(message(() => assert.strictEqual([1, 2, 3], [1, 2, 4])),
                   'Expected "actual" to be reference-equal to "expected":\n+ actual - expected\n\n' +
                   '  [\n    1,\n    2,\n+   3\n-   4\n  ]\n');
assert.strictEqual(message(() => assert.deepStrictEqual({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] })),
                   'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
                   '  {\n    a: 1,\n    b: [\n      1,\n+     2\n-     3\n    ]\n  }\n');
assert.strictEqual(message(() => assert.deepStrictEqual(range(10, (i) => i + 1),
                                                        range(10, (i) => (i === 9 ? 11 : i + 1)))),
                   'Expected values to be strictly deep-equal:\n+ actual - expected\n... Skipped lines\n\n' +
                   '  [\n    1,\n    2,\n    3,\n    4,\n...\n    9,\n+   10\n-   11\n  ]\n');
assert.strictEqual(message(() => assert.deepStrictEqual(range(30, (i) => i),
                                                        range(30, (i) => (i === 15 ? -1 : i)))),
                   'Expected values to be strictly deep-equal:\n+ actual - expected\n... Skipped lines\n\n' +
                   '  [\n    0,\n    1,\n    2,\n    3,\n...\n    14,\n+   15,\n-   -1,\n' +
                   '    16,\n    17,\n    18,\n    19,\n    20,\n');
assert.strictEqual(message(() => assert.deepStrictEqual([1, 2], [1, 2, 3])),
                   'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
                   '  [\n    1,\n    2,\n-   3\n  ]\n');
assert.strictEqual(message(() => assert.deepStrictEqual(new Map([[1, 2]]), new Map([[1, 3]]))),
                   'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
                   '  Map(1) {\n+   1 => 2\n-   1 => 3\n  }\n');
assert.strictEqual(message(() => assert.deepEqual({ a: 1 }, { a: 2 })),
                   'Expected values to be loosely deep-equal:\n\n{\n  a: 1\n}\n\n' +
                   'should loosely deep-equal\n\n{\n  a: 2\n}');
assert.strictEqual(message(() => assert.notDeepStrictEqual({ a: 1 }, { a: 1 })),
                   'Expected "actual" not to be strictly deep-equal to:\n\n{\n  a: 1\n}\n');
assert.strictEqual(message(() => assert.partialDeepStrictEqual({ a: 1, b: 2 }, { a: 2 })),
                   'Expected values to be partially and strictly deep-equal:\n+ actual - expected\n\n' +
                   '  {\n+   a: 1,\n+   b: 2\n-   a: 2\n  }\n');
assert.strictEqual(message(() => assert.deepStrictEqual({ a: 1 }, { a: 1, b: 2 }, 'custom')),
                   'custom\n+ actual - expected\n\n  {\n    a: 1,\n-   b: 2\n  }\n');
assert.strictEqual(message(() => assert.strictEqual(1, { a: 1 })),
                   'Expected values to be strictly equal:\n+ actual - expected\n\n+ 1\n- {\n-   a: 1\n- }\n');
assert.strictEqual(message(() => assert.deepStrictEqual(new Error('a'), new Error('b'))),
                   'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
                   '+ [Error: a]\n- [Error: b]\n');
assert.strictEqual(
  message(() => assert.throws(() => { throw new TypeError('x'); }, { message: /y/, name: 'TypeError' })),
  'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
  "  Comparison {\n+   message: 'x',\n-   message: /y/,\n    name: 'TypeError'\n  }\n");
assert.strictEqual(message(() => assert.throws(() => { throw new Error('x'); }, { code: 'E' })),
                   'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
                   "+ Comparison {}\n- Comparison {\n-   code: 'E'\n- }\n");
