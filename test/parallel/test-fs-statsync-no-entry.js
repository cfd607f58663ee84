'use strict';
// statSync/lstatSync/fstatSync: throwIfNoEntry: false turns ENOENT (and for
// statSync ENOTDIR) into undefined; other failures throw node's error naming the
// syscall and path. The callback and promise forms ignore the option.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = path.join(tmpdir.path, 'f');
const missing = path.join(tmpdir.path, 'missing');
fs.writeFileSync(file, 'abc');

assert.strictEqual(fs.statSync(missing, { throwIfNoEntry: false }), undefined);
assert.strictEqual(fs.lstatSync(missing, { throwIfNoEntry: false }), undefined);
assert.throws(() => fs.statSync(missing), { code: 'ENOENT', syscall: 'stat', path: missing });
assert.throws(() => fs.lstatSync(missing), { code: 'ENOENT', syscall: 'lstat', path: missing });
assert.strictEqual(fs.statSync(`${file}/x`, { throwIfNoEntry: false }), undefined);
assert.throws(() => fs.lstatSync(`${file}/x`, { throwIfNoEntry: false }),
              { code: 'ENOTDIR', syscall: 'lstat', path: `${file}/x` });
assert.throws(() => fs.statSync(`${file}/x`), { code: 'ENOTDIR', syscall: 'stat', path: `${file}/x` });
assert.throws(() => fs.fstatSync(2 ** 30, { throwIfNoEntry: false }), { code: 'EBADF' });
assert.throws(() => fs.fstatSync(2 ** 30), { code: 'EBADF', syscall: 'fstat' });
assert.throws(() => fs.statSync(1), { code: 'ERR_INVALID_ARG_TYPE' });

const st = fs.statSync(file);
assert.strictEqual(st.size, 3);
assert.ok(st.isFile());
assert.ok(st.mtime instanceof Date);
assert.strictEqual(fs.statSync(file, { bigint: true }).size, 3n);
assert.strictEqual(fs.statSync(Buffer.from(file)).size, 3);
const fd = fs.openSync(file, 'r');
assert.strictEqual(fs.fstatSync(fd).ino, st.ino);
fs.closeSync(fd);
assert.ok(fs.lstatSync(tmpdir.path).isDirectory());

fs.stat(missing, { throwIfNoEntry: false }, common.mustCall((err, stats) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(stats, undefined);
}));
fs.lstat(missing, { throwIfNoEntry: false }, common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
}));
assert.rejects(fs.promises.stat(missing, { throwIfNoEntry: false }), { code: 'ENOENT' })
  .then(common.mustCall());
