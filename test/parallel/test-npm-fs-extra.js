'use strict';
// fs-extra from npm (through graceful-fs, which patches node:fs using node:constants):
// directories made recursively, JSON written and read back, copies, moves and
// removal, sync and promise forms. `make npm-packages` installs it; without it the
// test is skipped.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const tmpdir = require('../common/tmpdir');
const { createRequire } = require('module');

const fixtureRequire = createRequire(path.join(__dirname, '..', 'fixtures', 'npm-packages', 'package.json'));
let fse;
try {
  fse = fixtureRequire('fs-extra');
} catch {
  common.skip('run `make npm-packages` to install the npm fixtures');
}

if (fse) {
  tmpdir.refresh();
  const deep = path.join(tmpdir.path, 'a', 'b', 'c');
  fse.ensureDirSync(deep);
  fse.outputJsonSync(path.join(deep, 'x.json'), { n: 1, list: [1, 2] });
  assert.deepStrictEqual(fse.readJsonSync(path.join(deep, 'x.json')), { n: 1, list: [1, 2] });
  fse.copySync(path.join(tmpdir.path, 'a'), path.join(tmpdir.path, 'copy'));
  assert.ok(fse.pathExistsSync(path.join(tmpdir.path, 'copy', 'b', 'c', 'x.json')));

  (async () => {
    await fse.move(path.join(tmpdir.path, 'copy'), path.join(tmpdir.path, 'moved'));
    assert.strictEqual(await fse.pathExists(path.join(tmpdir.path, 'copy')), false);
    await fse.outputFile(path.join(tmpdir.path, 'moved', 'note.txt'), 'hello');
    assert.strictEqual(await fse.readFile(path.join(tmpdir.path, 'moved', 'note.txt'), 'utf8'), 'hello');
    await fse.emptyDir(path.join(tmpdir.path, 'moved'));
    assert.deepStrictEqual(await fse.readdir(path.join(tmpdir.path, 'moved')), []);
    await fse.remove(path.join(tmpdir.path, 'a'));
    assert.strictEqual(fse.existsSync(path.join(tmpdir.path, 'a')), false);
  })().then(common.mustCall());
}
