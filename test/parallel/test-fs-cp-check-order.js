'use strict';
// cp/cpSync/promises.cp refuse a copy into src itself before they refuse a directory
// without `recursive`: dest under src, or under a symlink that leads back to src,
// is ERR_FS_CP_EINVAL even without the option (node's order of checks).
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const p = (...n) => path.join(tmpdir.path, ...n);
fs.mkdirSync(p('src', 'a'), { recursive: true });
fs.mkdirSync(p('dest'));
fs.symlinkSync(p('src'), p('dest', 'b'));

const inside = p('src', 'a');
const viaLink = p('dest', 'b', 'c');
for (const dest of [inside, viaLink]) {
  assert.throws(() => fs.cpSync(p('src'), dest), {
    code: 'ERR_FS_CP_EINVAL', message: `Cannot copy ${p('src')}/ to a subdirectory of self ${dest}`,
  });
  fs.cp(p('src'), dest, common.mustCall((err) => assert.strictEqual(err.code, 'ERR_FS_CP_EINVAL')));
  assert.rejects(fs.promises.cp(p('src'), dest), { code: 'ERR_FS_CP_EINVAL' }).then(common.mustCall());
}
// Elsewhere, a directory still needs `recursive`.
assert.throws(() => fs.cpSync(p('src'), p('dest', 'x')), { code: 'ERR_FS_EISDIR' });
fs.cp(p('src'), p('dest', 'y'), common.mustCall((err) => assert.strictEqual(err.code, 'ERR_FS_EISDIR')));
