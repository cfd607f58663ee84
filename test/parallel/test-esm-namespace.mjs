// Module namespace objects: null prototype, sorted keys, @@toStringTag 'Module',
// writable non-configurable data properties that cannot be assigned, sealed, live.
import '../common/index.js';
import assert from 'node:assert';
import * as ns from '../fixtures/esm/counter.mjs';
import * as again from '../fixtures/esm/counter.mjs';

assert.strictEqual(ns, again);
assert.strictEqual(Object.getPrototypeOf(ns), null);
assert.strictEqual(ns[Symbol.toStringTag], 'Module');
assert.strictEqual(Object.prototype.toString.call(ns), '[object Module]');
assert.deepStrictEqual(Object.keys(ns), ['count', 'increment', 'reset']);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(ns, 'count'),
  { value: 0, writable: true, enumerable: true, configurable: false });
assert.strictEqual(Object.isSealed(ns), true);
assert.strictEqual(Object.isFrozen(ns), false);
assert.strictEqual(Object.isExtensible(ns), false);
assert.throws(() => { ns.count = 1; }, TypeError);
assert.throws(() => { ns.added = 1; }, TypeError);
assert.throws(() => { delete ns.count; }, TypeError);
assert.strictEqual('count' in ns, true);
assert.strictEqual('missing' in ns, false);
ns.increment();
assert.strictEqual(ns.count, 1);
ns.reset();
