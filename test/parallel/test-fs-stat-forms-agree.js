'use strict';
// statSync/lstatSync/fstatSync give the same fields as the callback and promise
// forms (which take another path through the system): on a file, a directory, a
// symbolic link, a character device, a non-ASCII name and a path over 1 KB long.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = path.join(tmpdir.path, 'fïlé-ñ.txt');
fs.writeFileSync(file, 'abcdef');
const link = path.join(tmpdir.path, 'link');
fs.symlinkSync(file, link);
let deep = tmpdir.path;
while (deep.length < 1200) deep = path.join(deep, 'd'.repeat(100));
fs.mkdirSync(deep, { recursive: true });
const deepFile = path.join(deep, 'f');
fs.writeFileSync(deepFile, 'x');

// Fields that do not move between two calls (atime may, on some mounts).
const fields = (s) => {
  const { atimeMs, ...rest } = s;
  return rest;
};

function check(name, target) {
  for (const bigint of [false, true]) {
    const sync = fields(fs[`${name}Sync`](target, { bigint }));
    fs[name](target, { bigint }, common.mustSucceed((s) => assert.deepStrictEqual(fields(s), sync)));
    fs.promises[name](target, { bigint }).then(common.mustCall((s) => {
      assert.deepStrictEqual(fields(s), sync);
    }));
  }
}

for (const target of [file, tmpdir.path, link, '/dev/null', deepFile, Buffer.from(file)]) {
  check('stat', target);
  check('lstat', target);
}
assert(fs.lstatSync(link).isSymbolicLink());
assert(fs.statSync(link).isFile());
assert(fs.statSync('/dev/null').isCharacterDevice());
assert.notStrictEqual(fs.statSync('/dev/null').rdev, 0);
assert.strictEqual(fs.statSync(deepFile).size, 1);

const fd = fs.openSync(file, 'r');
const sync = fields(fs.fstatSync(fd));
assert.strictEqual(sync.size, 6);
fs.fstat(fd, common.mustSucceed((s) => {
  assert.deepStrictEqual(fields(s), sync);
  fs.closeSync(fd);
}));

// A missing entry fails alike, naming the path.
const missing = path.join(deep, 'nope');
assert.throws(() => fs.statSync(missing), { code: 'ENOENT', syscall: 'stat', path: missing });
assert.throws(() => fs.lstatSync(missing), { code: 'ENOENT', syscall: 'lstat', path: missing });
fs.stat(missing, common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.path, missing);
}));
assert.throws(() => fs.fstatSync(2 ** 30), { code: 'EBADF', syscall: 'fstat' });
