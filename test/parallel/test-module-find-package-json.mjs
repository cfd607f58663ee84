// module.findPackageJSON, and the compile cache API eddy accepts without a cache.
import '../common/index.js';
import assert from 'node:assert';
import path from 'node:path';
import module from 'node:module';
import fixtureTree from '../common/fixture-tree.js';

// A tmpdir copy of fixtures/esm/pkgs, its node_modules laid out from node_modules.json.
const pkgs = fixtureTree.materialize('esm', 'pkgs');
const app = path.join(pkgs, 'app', 'main.js');
assert.strictEqual(module.findPackageJSON('./internal.js', app), path.join(pkgs, 'app', 'package.json'));
assert.strictEqual(module.findPackageJSON(`file://${app}`), path.join(pkgs, 'app', 'package.json'));
assert.strictEqual(module.findPackageJSON('dual', `file://${app}`),
  path.join(pkgs, 'node_modules', 'dual', 'package.json'));
assert.strictEqual(module.findPackageJSON('dual/feature', app),
  path.join(pkgs, 'node_modules', 'dual', 'package.json'));
// '.' and '..' name directories: the search starts in them.
assert.strictEqual(module.findPackageJSON('.', app), path.join(pkgs, 'app', 'package.json'));
assert.strictEqual(module.findPackageJSON('..', path.join(pkgs, 'app', 'sub', 'x.js')),
  path.join(pkgs, 'app', 'package.json'));
assert.throws(() => module.findPackageJSON(), {
  code: 'ERR_MISSING_ARGS', message: 'The "specifier" argument must be specified',
});

const result = module.enableCompileCache();
assert.strictEqual(typeof result.status, 'number');
assert.ok(Object.values(module.constants.compileCacheStatus).includes(result.status));
