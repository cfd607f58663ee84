// The main module runs in a promise job: awaits that settle through promise jobs
// alone (an import() of a CommonJS or ES module already loaded) complete before
// process.nextTick callbacks queued meanwhile.
import '../common/index.js';
import assert from 'node:assert';
const order = [];
process.nextTick(() => order.push('tick'));
await import('../fixtures/esm/cjs/object.cjs');
await import('node:fs');
order.push('imported');
await new Promise((resolve) => setImmediate(resolve));
assert.deepStrictEqual(order, ['imported', 'tick']);
