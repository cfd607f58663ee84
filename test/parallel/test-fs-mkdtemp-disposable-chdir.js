'use strict';
// mkdtempDisposableSync / promises.mkdtempDisposable remove the directory they
// made even after process.chdir(): the path is resolved when it is made.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const cwd = process.cwd();
process.chdir(tmpdir.path);
const d = fs.mkdtempDisposableSync('sync.');
assert.ok(!path.isAbsolute(d.path));
const full = path.join(tmpdir.path, d.path);
fs.mkdirSync(path.join(full, 'x'));
process.chdir(full);
d.remove();
assert.ok(!fs.existsSync(full));
process.chdir(tmpdir.path);

(async () => {
  const p = await fs.promises.mkdtempDisposable('async.');
  const fullP = path.join(tmpdir.path, p.path);
  process.chdir(fullP);
  await p.remove();
  process.chdir(cwd);
  assert.ok(!fs.existsSync(fullP));
})().then(common.mustCall());
