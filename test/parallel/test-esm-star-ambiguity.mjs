// export * that brings one name from two modules: the name is left out of the
// namespace, and importing it is a SyntaxError. The same binding twice is fine.
import '../common/index.js';
import assert from 'node:assert';
import * as both from '../fixtures/esm/ambiguous/both.mjs';
import { dup } from '../fixtures/esm/ambiguous/same.mjs';

assert.deepStrictEqual(Object.keys(both), ['one', 'two']);
assert.strictEqual(dup, 1);
await assert.rejects(import('../fixtures/esm/ambiguous/import-dup.mjs'), {
  name: 'SyntaxError',
  message: "The requested module './both.mjs' contains conflicting star exports for name 'dup'",
});
