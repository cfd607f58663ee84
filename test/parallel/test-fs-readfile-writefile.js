'use strict';
// readFile/writeFile/appendFile in their sync, callback and promise forms, with
// encodings, flags and fds.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = path.join(tmpdir.path, 'a.txt');

fs.writeFileSync(file, 'héllo');
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'héllo');
assert.strictEqual(fs.readFileSync(file, { encoding: 'latin1' }), 'hÃ©llo');
assert.deepStrictEqual(Array.from(fs.readFileSync(file)), [104, 195, 169, 108, 108, 111]);
fs.appendFileSync(file, new Uint8Array([33]));
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'héllo!');
fs.writeFileSync(file, 'x', { flag: 'a' });
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'héllo!x');
assert.throws(() => fs.writeFileSync(file, 'y', { flag: 'wx' }), { code: 'EEXIST', syscall: 'open' });

// Text with a NUL, non-ASCII, and an empty file decode exactly.
const odd = path.join(tmpdir.path, 'odd.txt');
fs.writeFileSync(odd, 'a\u0000b\u00e9\u{1f600}');
assert.strictEqual(fs.readFileSync(odd, 'utf8'), 'a\u0000b\u00e9\u{1f600}');
fs.writeFileSync(odd, '');
assert.strictEqual(fs.readFileSync(odd, 'utf8'), '');

const fd = fs.openSync(file, 'r');
assert.strictEqual(fs.readFileSync(fd, 'utf8'), 'héllo!x');
fs.closeSync(fd);

assert.throws(() => fs.readFileSync(path.join(tmpdir.path, 'nope')), {
  code: 'ENOENT', syscall: 'open', errno: -2,
  message: `ENOENT: no such file or directory, open '${path.join(tmpdir.path, 'nope')}'`,
});
assert.throws(() => fs.readFileSync(tmpdir.path), {
  code: 'EISDIR', syscall: 'read', message: 'EISDIR: illegal operation on a directory, read',
});
assert.throws(() => fs.writeFileSync(file, 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (5)',
});
assert.throws(() => fs.readFileSync(file, { flag: 'zz' }), { code: 'ERR_INVALID_ARG_VALUE' });

const file2 = path.join(tmpdir.path, 'b.txt');
fs.writeFile(file2, 'abc', common.mustSucceed(() => {
  fs.appendFile(file2, 'def', common.mustSucceed(() => {
    fs.readFile(file2, 'utf8', common.mustSucceed((data) => {
      assert.strictEqual(data, 'abcdef');
      fs.readFile(path.join(tmpdir.path, 'nope'), common.mustCall((err) => {
        assert.strictEqual(err.code, 'ENOENT');
        fs.promises.writeFile(file2, 'p').then(() => fs.promises.readFile(file2, 'utf8'))
          .then(common.mustCall((d) => assert.strictEqual(d, 'p')));
      }));
    }));
  }));
}));

assert.throws(() => fs.readFile(file), { code: 'ERR_INVALID_ARG_TYPE', message: /"cb" argument/ });

// An aborted signal rejects (where AbortController exists).
const ac = globalThis.AbortController ? new AbortController() : null;
if (ac) ac.abort();
if (ac) fs.promises.readFile(file, { signal: ac.signal }).then(common.mustNotCall(), common.mustCall((err) => {
  assert.strictEqual(err.name, 'AbortError');
}));
