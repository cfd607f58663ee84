// An export assigned by a destructuring assignment or a for-of/for-in head stays
// live for importers and on the namespace.
import '../common/index.js';
import assert from 'node:assert';
import { pair, first, key, last, fixed, swap, pick, each } from '../fixtures/esm/destructure-counter.mjs';
import * as ns from '../fixtures/esm/destructure-counter.mjs';

assert.deepStrictEqual([pair, first, key, last, fixed], [null, 0, '', undefined, 'fixed']);
swap(1, 2);
assert.strictEqual(first, 1);
assert.deepStrictEqual(pair, [1, 2]);
assert.deepStrictEqual(ns.pair, [1, 2]);
pick({ key: 'k' });
assert.strictEqual(key, 'k');
assert.strictEqual(ns.key, 'k');
each(['a', 'b', 'c']);
assert.strictEqual(last, 'c');
assert.strictEqual(ns.last, 'c');
assert.strictEqual(key, 'z');
assert.strictEqual(ns.fixed, 'fixed');
