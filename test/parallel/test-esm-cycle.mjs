// A cycle: b runs first, can call a's hoisted function, and meets a's const in
// its temporal dead zone (ReferenceError).
import '../common/index.js';
import assert from 'node:assert';
import { seenByA, aValue } from '../fixtures/esm/cycle/a.mjs';
import { tdzError } from '../fixtures/esm/cycle/b.mjs';
import { events } from '../fixtures/esm/cycle/log.mjs';

assert.deepStrictEqual(events, ['b evaluated', 'a evaluated']);
assert.deepStrictEqual(seenByA, ['hoisted from a', 'callA']);
assert.strictEqual(aValue, 'a value');
assert.ok(tdzError instanceof ReferenceError);
assert.strictEqual(tdzError.message, "Cannot access 'aValue' before initialization");
