'use strict';
// cp/cpSync/promises.cp: trees, symlinks made absolute, filter (sync and async),
// errorOnExist, preserveTimestamps, and the refusals node makes.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const p = (...n) => path.join(tmpdir.path, ...n);
fs.mkdirSync(p('src', 'sub'), { recursive: true });
fs.writeFileSync(p('src', 'a.txt'), 'hi');
fs.writeFileSync(p('src', 'sub', 'b.txt'), 'yo');
fs.symlinkSync('a.txt', p('src', 'link'));

assert.throws(() => fs.cpSync(p('src'), p('d1')), {
  code: 'ERR_FS_EISDIR', message: `Recursive option not enabled, cannot copy a directory: ${p('src')}/`,
});
assert.throws(() => fs.cpSync(p('src'), p('src')), { code: 'ERR_FS_CP_EINVAL' });
assert.throws(() => fs.cpSync(p('src'), p('src', 'sub', 'x'), { recursive: true }), {
  code: 'ERR_FS_CP_EINVAL', message: `Cannot copy ${p('src')}/ to a subdirectory of self ${p('src', 'sub', 'x')}`,
});
assert.throws(() => fs.cpSync(p('nope'), p('d2')), { code: 'ENOENT', syscall: 'lstat' });
fs.cpSync(p('src', 'a.txt'), p('c.txt'));
assert.throws(() => fs.cpSync(p('src', 'a.txt'), p('c.txt'), { errorOnExist: true, force: false }), {
  code: 'ERR_FS_CP_EEXIST', name: 'SystemError',
});
assert.throws(() => fs.cpSync(p('src', 'a.txt'), p('src', 'sub')), { code: 'ERR_FS_CP_NON_DIR_TO_DIR' });
assert.throws(() => fs.cpSync(p('src', 'sub'), p('c.txt'), { recursive: true }), { code: 'ERR_FS_CP_DIR_TO_NON_DIR' });

fs.cpSync(p('src'), p('d3'), { recursive: true });
assert.deepStrictEqual(fs.readdirSync(p('d3'), { recursive: true }).sort(), ['a.txt', 'link', 'sub', 'sub/b.txt']);
assert.strictEqual(fs.readlinkSync(p('d3', 'link')), p('src', 'a.txt'));
fs.cpSync(p('src'), p('d4'), { recursive: true, filter: (s) => !s.endsWith('b.txt') });
assert.deepStrictEqual(fs.readdirSync(p('d4'), { recursive: true }).sort(), ['a.txt', 'link', 'sub']);

fs.cp(p('src'), p('d5'), { recursive: true, filter: async (s) => !s.endsWith('a.txt') }, common.mustSucceed(() => {
  assert.deepStrictEqual(fs.readdirSync(p('d5'), { recursive: true }).sort(), ['link', 'sub', 'sub/b.txt']);
  fs.promises.cp(p('src'), p('d6'), { recursive: true, preserveTimestamps: true }).then(common.mustCall(() => {
    assert(Math.abs(fs.statSync(p('d6', 'a.txt')).mtimeMs - fs.statSync(p('src', 'a.txt')).mtimeMs) < 1);
  }));
}));
