'use strict';
// Prebuilt Node-API addons from npm (napi-rs): rollup 4 bundles two modules with
// its native parser (@rollup/rollup-linux-x64-gnu, sync and async parse), and
// unrs-resolver resolves files and packages, sync and async. `make npm-packages`
// installs them; without them the test is skipped.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');
const { createRequire } = require('module');

const fixtureDir = path.join(__dirname, '..', 'fixtures', 'npm-packages');
const fixtureRequire = createRequire(path.join(fixtureDir, 'package.json'));
let rollup, unrs;
try {
  rollup = fixtureRequire('rollup');
  unrs = fixtureRequire('unrs-resolver');
} catch {
  common.skip('run `make npm-packages` to install the npm fixtures');
}

if (rollup) {
  tmpdir.refresh();
  fs.writeFileSync(path.join(tmpdir.path, 'a.js'), "import { b } from './b.js';\nexport const a = () => b * 2;\n");
  fs.writeFileSync(path.join(tmpdir.path, 'b.js'), 'export const b = 21;\nexport const unused = 5;\n');

  const factory = new unrs.ResolverFactory({ extensions: ['.js', '.json'], conditionNames: ['node', 'require'] });
  assert.strictEqual(factory.sync(tmpdir.path, './b').path, path.join(tmpdir.path, 'b.js'));
  assert.strictEqual(factory.sync(fixtureDir, 'rollup').path,
                     fixtureRequire.resolve('rollup'));
  assert.strictEqual(factory.sync(tmpdir.path, 'no-such-package-here').error,
                     "Cannot find module 'no-such-package-here'");

  (async () => {
    const resolved = await factory.async(tmpdir.path, './a.js');
    assert.strictEqual(resolved.path, path.join(tmpdir.path, 'a.js'));

    const bundle = await rollup.rollup({ input: path.join(tmpdir.path, 'a.js') });
    const { output } = await bundle.generate({ format: 'cjs' });
    await bundle.close();
    assert.strictEqual(output[0].code,
                       "'use strict';\n\nconst b = 21;\n\nconst a = () => b * 2;\n\nexports.a = a;\n");

    const native = fixtureRequire('@rollup/rollup-linux-x64-gnu');
    assert.ok(Buffer.isBuffer(native.parse('const x = 1;', false, false)));
    const ast = await native.parseAsync('let y = 2', false, false);
    assert.ok(ast.byteLength > 0);
    assert.strictEqual(native.xxhashBase64Url(new Uint8Array([1, 2, 3])), '7c64ydpvO69S4xMuI63es');
  })().then(common.mustCall());
}
