'use strict';
// stat/lstat/fstat/statfs: Stats fields and methods, BigIntStats, errors.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = path.join(tmpdir.path, 'f');
fs.writeFileSync(file, 'abcd');

const s = fs.statSync(file);
assert(s instanceof fs.Stats);
assert.strictEqual(s.size, 4);
assert(s.isFile());
assert(!s.isDirectory());
assert.strictEqual(typeof s.mtimeMs, 'number');
assert(s.mtime instanceof Date);
assert.strictEqual(s.mtime.getTime(), Math.round(s.mtimeMs));
assert.deepStrictEqual(Object.keys(s), ['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize',
  'ino', 'size', 'blocks', 'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs']);

const b = fs.statSync(file, { bigint: true });
assert.strictEqual(b.constructor.name, 'BigIntStats');
assert.strictEqual(b.size, 4n);
assert.strictEqual(typeof b.mtimeNs, 'bigint');
assert.strictEqual(b.mtimeMs, b.mtimeNs / 1000000n);
assert(b.isFile());

assert(fs.statSync(tmpdir.path).isDirectory());
fs.symlinkSync(file, path.join(tmpdir.path, 'l'));
assert(fs.lstatSync(path.join(tmpdir.path, 'l')).isSymbolicLink());
assert(fs.statSync(path.join(tmpdir.path, 'l')).isFile());

const fd = fs.openSync(file, 'r');
assert.strictEqual(fs.fstatSync(fd).size, 4);
fs.fstat(fd, common.mustSucceed((st) => {
  assert.strictEqual(st.size, 4);
  fs.closeSync(fd);
}));

assert.strictEqual(fs.statSync(path.join(tmpdir.path, 'nope'), { throwIfNoEntry: false }), undefined);
assert.throws(() => fs.statSync(path.join(tmpdir.path, 'nope')), { code: 'ENOENT', syscall: 'stat' });
assert.throws(() => fs.statSync(123n), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "path" argument must be of type string or an instance of Buffer or URL. Received type bigint (123n)',
});
assert.throws(() => fs.statSync('a\0b'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'path' must be a string, Uint8Array, or URL without null bytes. Received 'a\\x00b'",
});
assert.throws(() => fs.stat('/'), { code: 'ERR_INVALID_ARG_TYPE', message: /"cb" argument.*Received undefined/ });

fs.stat(file, common.mustSucceed((st) => assert.strictEqual(st.size, 4)));
fs.lstat(path.join(tmpdir.path, 'nope'), common.mustCall((err) => assert.strictEqual(err.code, 'ENOENT')));
fs.promises.stat(file, { bigint: true }).then(common.mustCall((st) => assert.strictEqual(st.size, 4n)));

const sf = fs.statfsSync(tmpdir.path);
assert.strictEqual(typeof sf.bsize, 'number');
assert(sf.blocks > 0);
fs.statfs(tmpdir.path, { bigint: true }, common.mustSucceed((st) => assert.strictEqual(typeof st.bsize, 'bigint')));
