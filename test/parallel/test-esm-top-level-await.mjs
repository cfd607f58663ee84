// Top-level await: a module waits for its own awaiting dependencies only, so a
// synchronous sibling runs while the awaiting one is suspended.
import '../common/index.js';
import assert from 'node:assert';
import '../fixtures/esm/tla/main.mjs';
import { events } from '../fixtures/esm/tla/log.mjs';
import { sum } from '../fixtures/esm/tla/forawait.mjs';

assert.deepStrictEqual(events, ['slow start', 'sync', 'slow end', 'main sees slow']);
assert.strictEqual(sum, 3);
const value = await Promise.resolve('awaited here');
assert.strictEqual(value, 'awaited here');
const parenthesized = await (Promise.resolve(7));
assert.strictEqual(parenthesized, 7);
const later = async (x) => await x;
assert.strictEqual(await later(8), 8);
