// Packages: "exports" with the import condition, subpath patterns and null
// targets, a legacy "main", scoped names, "imports" (#x), and self-reference.
import '../common/index.js';
import assert from 'node:assert';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import fixtureTree from '../common/fixture-tree.js';

// The packages are laid out from fixtures/esm/pkgs/node_modules.json in a tmpdir copy.
const base = pathToFileURL(`${fixtureTree.materialize('esm', 'pkgs')}/app`).href;
const app = await import(`${base}/main.js`);
assert.strictEqual(app.internal, 'internal');
assert.strictEqual(app.kind, 'esm');
assert.deepStrictEqual(app.selfKeys(), ['internal', 'kind', 'selfKeys']);

const probe = await import(`${base}/probe.js`);
assert.strictEqual(probe.dual.kind, 'esm');
assert.strictEqual(probe.feature.feature, 'feature');
assert.strictEqual(probe.util.util, 'x');
assert.strictEqual(probe.legacy.default.legacy, true);
assert.strictEqual(probe.scoped.scoped, 'scoped');
assert.deepStrictEqual(probe.errors, {
  'dual/private/x': 'ERR_PACKAGE_PATH_NOT_EXPORTED',
  'dual/missing': 'ERR_PACKAGE_PATH_NOT_EXPORTED',
  '#missing': 'ERR_PACKAGE_IMPORT_NOT_DEFINED',
});

// The same package under require() takes its "require" condition.
const require = createRequire(import.meta.resolve(`${base}/main.js`));
assert.strictEqual(require('dual').kind, 'cjs');

