// An import of a CommonJS module sees its exports as the module finished loading,
// as node does: a later change to module.exports (even before the import) is not seen.
import '../common/index.js';
import assert from 'node:assert';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
require('../fixtures/esm/snapshot/mutator.cjs');
assert.strictEqual(require('../fixtures/esm/snapshot/one.cjs'), 2);
const { default: one } = await import('../fixtures/esm/snapshot/one.cjs');
assert.strictEqual(one, 1);
