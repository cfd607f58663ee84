'use strict';
// Package resolution for require(): the node_modules walk, "main", directory index,
// scoped packages, "exports" (subpaths, "*" patterns, null targets, conditions,
// fallback arrays), "imports" (#specifiers, including one that maps to a package) and
// a package requiring itself by name. The packages are laid out from
// fixtures/cjs/packages.json in a temporary folder.
require('../common');
const assert = require('assert');
const path = require('path');
const { createRequire } = require('module');
const tmpdir = require('../common/tmpdir');
const { writeTree } = require('../common/tree');

tmpdir.refresh();
writeTree(tmpdir.path, require('../fixtures/cjs/packages.json'));
const req = createRequire(path.join(tmpdir.path, 'entry.js'));

assert.strictEqual(req('plain'), 'plain:entry.js');
assert.strictEqual(req('dir-index'), 'dir-index');
assert.strictEqual(req('@scope/pkg'), 'scoped');
assert.deepStrictEqual(req('./app/main.js'), { nested: 'nested-from-app', plain: 'plain:entry.js' });

// "exports": the "require" condition wins over "import" and "default".
assert.strictEqual(req('exp'), 'exp:cjs');
assert.strictEqual(req('exp/feat/a'), 'exp:feat:a');
// A fallback array moves on past invalid targets only, not past a missing file.
assert.throws(() => req('exp/arr'), {
  code: 'MODULE_NOT_FOUND',
  path: path.join(tmpdir.path, 'node_modules', 'exp'),
  message: `Cannot find module '${path.join(tmpdir.path, 'node_modules', 'exp', 'dist', 'missing-but-first.js')}'`,
});
assert.strictEqual(req('exp/cond'), 'exp:node-require');
assert.strictEqual(req.resolve('exp/package.json'), path.join(tmpdir.path, 'node_modules', 'exp', 'package.json'));
const exportsDir = path.join(tmpdir.path, 'node_modules', 'exp');
assert.throws(() => req('exp/feat/private/x'), {
  code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
  message: `Package subpath './feat/private/x' is not defined by "exports" in ${exportsDir}/package.json`,
});
assert.throws(() => req('exp/dist/cjs.js'), { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' });

// "imports" and self-reference.
assert.deepStrictEqual(req('./imports'), ['imp-dep', 'imp-ext-a', 'plain:entry.js']);
assert.deepStrictEqual(req('./self'), { me: 'self', sub: 'self-sub' });
