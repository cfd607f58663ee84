'use strict';
// opendir / Dir: readSync, read (callback and promise), async iteration, close twice.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
fs.mkdirSync(path.join(tmpdir.path, 'd', 'sub'), { recursive: true });
fs.writeFileSync(path.join(tmpdir.path, 'd', 'x'), '');
fs.writeFileSync(path.join(tmpdir.path, 'd', 'sub', 'y'), '');
const dirPath = path.join(tmpdir.path, 'd');

const dir = fs.opendirSync(dirPath);
assert.strictEqual(dir.path, dirPath);
const names = [];
let ent;
while ((ent = dir.readSync()) !== null) names.push(ent.name);
assert.deepStrictEqual(names.sort(), ['sub', 'x']);
dir.closeSync();
assert.throws(() => dir.closeSync(), { code: 'ERR_DIR_CLOSED', message: 'Directory handle was closed' });
assert.throws(() => fs.opendirSync(path.join(tmpdir.path, 'nope')), { code: 'ENOENT', syscall: 'opendir' });

(async () => {
  const seen = [];
  for await (const d of await fs.promises.opendir(dirPath, { recursive: true })) {
    seen.push(path.relative(dirPath, path.join(d.parentPath, d.name)));
  }
  assert.deepStrictEqual(seen.sort(), ['sub', 'sub/y', 'x']);
  fs.opendir(dirPath, common.mustSucceed((d) => {
    d.read(common.mustSucceed((e) => {
      assert.strictEqual(typeof e.name, 'string');
      d.close(common.mustSucceed());
    }));
  }));
})().then(common.mustCall());
