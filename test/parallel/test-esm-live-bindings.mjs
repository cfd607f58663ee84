// Imports are live views of the exporter's bindings, through re-exports and
// namespaces too, and cannot be assigned.
import '../common/index.js';
import assert from 'node:assert';
import { count, increment, reset } from '../fixtures/esm/counter.mjs';
import * as ns from '../fixtures/esm/counter.mjs';
import { count as viaReexport, aliased } from '../fixtures/esm/reexport-counter.mjs';

assert.strictEqual(count, 0);
increment();
increment();
assert.strictEqual(count, 2);
assert.strictEqual(ns.count, 2);
assert.strictEqual(viaReexport, 2);
assert.strictEqual(aliased, 2);
reset();
assert.strictEqual(count, 0);

function shadow(count) {
  return count; // a parameter shadows the import
}
assert.strictEqual(shadow('param'), 'param');

assert.throws(() => {
  // eslint-disable-next-line no-import-assign
  count = 5;
}, TypeError);
assert.strictEqual(count, 0);
assert.throws(() => {
  // eslint-disable-next-line no-import-assign
  increment = null;
}, TypeError);
assert.strictEqual(typeof increment, 'function');
