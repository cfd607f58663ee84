'use strict';
// CommonJS resolution: a file missing at one require() is found once it exists;
// `../x` is still resolved from a module whose folder was removed; relative
// `paths` of require.resolve are taken from the working directory (`.` included);
// Module._stat says 0 for a file, 1 for a folder, a negative errno otherwise.
const common = require('../common');
const tmpdir = require('../common/tmpdir');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const Module = require('module');

tmpdir.refresh();
const json = path.join(tmpdir.path, 'later.json');
assert.throws(() => require(json), { code: 'MODULE_NOT_FOUND' });
fs.writeFileSync(json, '[1]');
assert.deepStrictEqual(require(json), [1]);

const foo = path.join(tmpdir.path, 'foo.cjs');
fs.writeFileSync(foo, 'module.exports = {};');
const sub = path.join(tmpdir.path, 'sub');
fs.mkdirSync(sub);
fs.writeFileSync(path.join(sub, 'bar.cjs'), "module.exports = () => require('../foo.cjs');");
require(foo).mark = common.mustCall(() => 'found');
const bar = require(path.join(sub, 'bar.cjs'));
fs.rmSync(sub, { recursive: true });
assert.strictEqual(bar().mark(), 'found');

fs.mkdirSync(path.join(tmpdir.path, 'pkg', 'inner'), { recursive: true });
fs.writeFileSync(path.join(tmpdir.path, 'pkg', 'index.js'), '');
const cwd = process.cwd();
process.chdir(path.join(tmpdir.path, 'pkg', 'inner'));
try {
  const index = path.join(fs.realpathSync(tmpdir.path), 'pkg', 'index.js');
  assert.strictEqual(require.resolve('.', { paths: ['..'] }), index);
  assert.strictEqual(require.resolve('./index.js', { paths: ['../'] }), index);
} finally {
  process.chdir(cwd);
}

assert.strictEqual(Module._stat(tmpdir.path), 1);
assert.strictEqual(Module._stat(foo), 0);
assert.ok(Module._stat(path.join(tmpdir.path, 'nope')) < 0);

// Relative requests with `paths` need strings there.
for (const bad of [1, null, {}]) {
  assert.throws(() => require.resolve('.', { paths: [bad] }), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
}
