// require() of an ES module that is still being evaluated (a cycle through
// require) throws ERR_REQUIRE_CYCLE_MODULE.
import '../common/index.js';
import assert from 'node:assert';
import path from 'node:path';
import { createRequire } from 'node:module';
import '../fixtures/esm/require-cycle/a.mjs';

const dir = path.join(import.meta.dirname, '..', 'fixtures', 'esm', 'require-cycle');
const err = createRequire(import.meta.url)('../fixtures/esm/require-cycle/b.cjs');
assert.strictEqual(err.code, 'ERR_REQUIRE_CYCLE_MODULE');
assert.strictEqual(err.message, `Cannot require() ES Module ${dir}/a.mjs in a cycle. (from ${dir}/b.cjs) ` +
  'A cycle involving require(esm) is not allowed to maintain invariants mandated by the ECMAScript ' +
  'specification. Try making at least part of the dependency in the graph lazily loaded.');
