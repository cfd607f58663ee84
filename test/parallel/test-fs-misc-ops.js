'use strict';
// rename, copyFile, link/symlink/readlink/realpath, chmod, utimes, truncate, access,
// exists, fsync.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const p = (n) => path.join(tmpdir.path, n);
fs.writeFileSync(p('a'), 'data');
fs.renameSync(p('a'), p('b'));
assert(!fs.existsSync(p('a')));
assert.throws(() => fs.renameSync(p('a'), p('c')), {
  code: 'ENOENT', syscall: 'rename', path: p('a'), dest: p('c'),
  message: `ENOENT: no such file or directory, rename '${p('a')}' -> '${p('c')}'`,
});
fs.copyFileSync(p('b'), p('c'));
assert.strictEqual(fs.readFileSync(p('c'), 'utf8'), 'data');
assert.throws(() => fs.copyFileSync(p('b'), p('c'), fs.constants.COPYFILE_EXCL), { code: 'EEXIST' });
assert.throws(() => fs.copyFileSync(p('b'), p('c'), 8), { code: 'ERR_OUT_OF_RANGE' });

fs.linkSync(p('b'), p('hard'));
assert.strictEqual(fs.statSync(p('b')).nlink, 2);
fs.symlinkSync('b', p('sym'));
assert.strictEqual(fs.readlinkSync(p('sym')), 'b');
assert.strictEqual(fs.realpathSync(p('sym')), fs.realpathSync(p('b')));
assert.strictEqual(fs.realpathSync.native(p('sym')), fs.realpathSync(p('b')));
assert.throws(() => fs.symlinkSync('b', p('sym')), { code: 'EEXIST', syscall: 'symlink', path: 'b', dest: p('sym') });

fs.chmodSync(p('b'), 0o600);
assert.strictEqual(fs.statSync(p('b')).mode & 0o777, 0o600);
fs.chmodSync(p('b'), '644');
assert.strictEqual(fs.statSync(p('b')).mode & 0o777, 0o644);
fs.utimesSync(p('b'), 1000, new Date(2000000));
assert.strictEqual(fs.statSync(p('b')).mtimeMs, 2000000);
assert.strictEqual(fs.statSync(p('b')).atimeMs, 1000000);
fs.truncateSync(p('b'), 2);
assert.strictEqual(fs.readFileSync(p('b'), 'utf8'), 'da');
fs.accessSync(p('b'), fs.constants.R_OK);
assert.throws(() => fs.accessSync(p('zz')), { code: 'ENOENT', syscall: 'access' });
assert.strictEqual(fs.existsSync(p('zz')), false);
assert.strictEqual(fs.existsSync(123n), false);
// 'c' stays: 'b' is unlinked below while this runs on the thread pool.
fs.exists(p('c'), common.mustCall((e) => assert.strictEqual(e, true)));

const fd = fs.openSync(p('b'), 'r+');
fs.fsyncSync(fd);
fs.fdatasyncSync(fd);
fs.ftruncateSync(fd);
fs.futimesSync(fd, 5, 5);
assert.strictEqual(fs.fstatSync(fd).size, 0);
fs.closeSync(fd);
fs.unlinkSync(p('b'));
assert.throws(() => fs.unlinkSync(p('b')), { code: 'ENOENT', syscall: 'unlink' });

fs.copyFile(p('c'), p('d'), common.mustSucceed(() => {
  fs.rename(p('d'), p('e'), common.mustSucceed(() => {
    fs.promises.access(p('e')).then(common.mustCall());
  }));
}));
