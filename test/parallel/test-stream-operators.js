'use strict';
// The Readable iterator helpers: map (with concurrency, keeping order), filter,
// flatMap, take, drop, toArray, forEach, some, every, find, reduce.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

(async () => {
  const from = (arr) => Readable.from(arr);
  assert.deepStrictEqual(await from([1, 2, 3, 4]).map((x) => x * 2).filter((x) => x > 2).toArray(), [4, 6, 8]);
  const delays = [30, 1, 10];
  const mapped = await from([0, 1, 2]).map(async (i) => {
    await new Promise((resolve) => setTimeout(resolve, delays[i]));
    return i;
  }, { concurrency: 3 }).toArray();
  assert.deepStrictEqual(mapped, [0, 1, 2]);
  assert.deepStrictEqual(await from([1, 2]).flatMap((x) => [x, x]).toArray(), [1, 1, 2, 2]);
  assert.deepStrictEqual(await from([1, 2, 3]).take(2).toArray(), [1, 2]);
  assert.deepStrictEqual(await from([1, 2, 3]).drop(2).toArray(), [3]);
  const seen = [];
  await from([1, 2]).forEach((x) => seen.push(x));
  assert.deepStrictEqual(seen, [1, 2]);
  assert.strictEqual(await from([1, 2, 3]).some((x) => x > 2), true);
  assert.strictEqual(await from([1, 2, 3]).every((x) => x > 2), false);
  assert.strictEqual(await from([1, 2, 3]).find((x) => x > 1), 2);
  assert.strictEqual(await from([1, 2, 3]).reduce((a, b) => a + b, 10), 16);
  assert.strictEqual(await from([1, 2, 3]).reduce((a, b) => a + b), 6);
  await assert.rejects(from([]).reduce((a, b) => a + b), {
    code: 'ERR_MISSING_ARGS', message: 'Reduce of an empty stream requires an initial value',
  });
  assert.throws(() => from([1]).map(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => from([1]).map((x) => x, { concurrency: 0 }), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => from([1]).take(-1), { code: 'ERR_OUT_OF_RANGE' });
  assert.strictEqual(Object.keys(Readable.prototype).includes('map'), false);
})().then(common.mustCall());
