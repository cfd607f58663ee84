'use strict';
// mkdir (recursive returns the first created path), rm (recursive, force), rmdir.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const root = path.join(tmpdir.path, 'a');

assert.strictEqual(fs.mkdirSync(path.join(root, 'b', 'c'), { recursive: true }), root);
assert.strictEqual(fs.mkdirSync(path.join(root, 'b'), { recursive: true }), undefined);
assert.throws(() => fs.mkdirSync(root), { code: 'EEXIST', syscall: 'mkdir', path: root });
fs.writeFileSync(path.join(root, 'f'), '');
assert.throws(() => fs.mkdirSync(path.join(root, 'f'), { recursive: true }), { code: 'EEXIST' });
assert.throws(() => fs.mkdirSync(path.join(root, 'f', 'x'), { recursive: true }), { code: 'ENOTDIR' });

assert.throws(() => fs.rmdirSync(root), { code: 'ENOTEMPTY', syscall: 'rmdir' });
assert.throws(() => fs.rmSync(root), {
  code: 'ERR_FS_EISDIR', name: 'SystemError',
  message: `Path is a directory: rm returned EISDIR (is a directory) ${root}`,
});
assert.throws(() => fs.rmSync(path.join(tmpdir.path, 'nope')), { code: 'ENOENT', syscall: 'lstat' });
fs.rmSync(path.join(tmpdir.path, 'nope'), { force: true });
fs.rmSync(root, { recursive: true });
assert(!fs.existsSync(root));

fs.mkdir(path.join(root, 'x', 'y'), { recursive: true }, common.mustSucceed((first) => {
  assert.strictEqual(first, root);
  fs.rm(root, { recursive: true }, common.mustSucceed(() => {
    assert(!fs.existsSync(root));
    fs.promises.mkdir(root).then(() => fs.promises.rmdir(root)).then(common.mustCall());
  }));
}));

const tmp = fs.mkdtempSync(path.join(tmpdir.path, 'foo-'));
assert.match(path.basename(tmp), /^foo-.{6}$/);
assert(fs.statSync(tmp).isDirectory());
