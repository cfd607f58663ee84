'use strict';
// console.table draws node's box layout for arrays of objects and primitives, objects,
// Maps, Sets, iterators and a column filter; anything else is logged as is.
require('../common');
const assert = require('assert');

const out = [];
const origOut = process.stdout.write;
process.stdout.write = (chunk) => { out.push(chunk); return true; };
try {
  console.table([{ a: 1, b: 'xyz' }, { a: 22, c: true }]);
  console.table([1, 'two', [3]]);
  console.table(new Map([['k', { v: 1 }]]));
  console.table({ x: { a: 1 }, y: { a: 12345 } }, ['a']);
  console.table(new Set(['a', 1]));
  console.table(new Map([[1, 2]]).entries());
  console.table([{ '全角': 'テスト' }]);
  console.table([{ deep: { a: 1, b: 2, c: 3 }, arr: [1, 2, 3, 4] }]);
  console.table(5);
  console.table(null);
} finally {
  process.stdout.write = origOut;
}
const expected = [
  `┌─────────┬────┬───────┬──────┐
│ (index) │ a  │ b     │ c    │
├─────────┼────┼───────┼──────┤
│ 0       │ 1  │ 'xyz' │      │
│ 1       │ 22 │       │ true │
└─────────┴────┴───────┴──────┘`,
  `┌─────────┬───┬────────┐
│ (index) │ 0 │ Values │
├─────────┼───┼────────┤
│ 0       │   │ 1      │
│ 1       │   │ 'two'  │
│ 2       │ 3 │        │
└─────────┴───┴────────┘`,
  `┌───────────────────┬─────┬──────────┐
│ (iteration index) │ Key │ Values   │
├───────────────────┼─────┼──────────┤
│ 0                 │ 'k' │ { v: 1 } │
└───────────────────┴─────┴──────────┘`,
  `┌─────────┬───────┐
│ (index) │ a     │
├─────────┼───────┤
│ x       │ 1     │
│ y       │ 12345 │
└─────────┴───────┘`,
  `┌───────────────────┬────────┐
│ (iteration index) │ Values │
├───────────────────┼────────┤
│ 0                 │ 'a'    │
│ 1                 │ 1      │
└───────────────────┴────────┘`,
  `┌───────────────────┬─────┬────────┐
│ (iteration index) │ Key │ Values │
├───────────────────┼─────┼────────┤
│ 0                 │ 1   │ 2      │
└───────────────────┴─────┴────────┘`,
  `┌─────────┬──────────┐
│ (index) │ 全角     │
├─────────┼──────────┤
│ 0       │ 'テスト' │
└─────────┴──────────┘`,
  `┌─────────┬──────────┬──────────────────────────────┐
│ (index) │ deep     │ arr                          │
├─────────┼──────────┼──────────────────────────────┤
│ 0       │ [Object] │ [ 1, 2, 3, ... 1 more item ] │
└─────────┴──────────┴──────────────────────────────┘`,
  '5',
  'null',
];
assert.deepStrictEqual(out, expected.map((s) => `${s}\n`));
assert.throws(() => console.table([], 'a'), { code: 'ERR_INVALID_ARG_TYPE' });
