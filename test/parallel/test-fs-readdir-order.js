'use strict';
// readdir lists a directory in byte order (libuv sorts by strcmp), without '.' and
// '..', the same in all three forms and with file types: names sharing a long
// prefix, prefixes of one another, upper before lower case, and UTF-8 after ASCII.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const dir = path.join(tmpdir.path, 'order');
fs.mkdirSync(dir);
const files = ['b', 'B', 'a', '_', '10', '9', '1', 'aaaaaaaa', 'aaaaaaa', 'aaaaaaaaa',
  'aaaaaaaab', 'aaaaaaaa-', 'file-0010.txt', 'file-0002.txt', 'file-0002.txt~', 'é', 'z',
  'ab', 'abc', 'ñandú', 'Z'];
for (const f of files) fs.writeFileSync(path.join(dir, f), '');
fs.mkdirSync(path.join(dir, 'dir'));
fs.symlinkSync('a', path.join(dir, 'link'));
const all = [...files, 'dir', 'link'];
const byBytes = (x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y));
const expected = [...all].sort(byBytes);

assert.deepStrictEqual(fs.readdirSync(dir), expected);
const ents = fs.readdirSync(dir, { withFileTypes: true });
assert.deepStrictEqual(ents.map((d) => d.name), expected);
for (const d of ents) {
  assert.strictEqual(d.isDirectory(), d.name === 'dir');
  assert.strictEqual(d.isSymbolicLink(), d.name === 'link');
  assert.strictEqual(d.isFile(), d.name !== 'dir' && d.name !== 'link');
}
assert.deepStrictEqual(fs.readdirSync(dir, 'buffer').map((b) => b.toString()), expected);
fs.readdir(dir, common.mustSucceed((names) => assert.deepStrictEqual(names, expected)));
fs.readdir(dir, { withFileTypes: true }, common.mustSucceed((d) => {
  assert.deepStrictEqual(d.map((e) => e.name), expected);
}));
fs.promises.readdir(dir).then(common.mustCall((names) => assert.deepStrictEqual(names, expected)));

// An empty directory lists nothing; a missing one and a file fail as scandir.
fs.mkdirSync(path.join(dir, 'dir', 'empty'));
assert.deepStrictEqual(fs.readdirSync(path.join(dir, 'dir', 'empty')), []);
fs.readdir(path.join(dir, 'dir', 'empty'), common.mustSucceed((n) => assert.deepStrictEqual(n, [])));
assert.throws(() => fs.readdirSync(path.join(dir, 'nope')),
              { code: 'ENOENT', syscall: 'scandir', path: path.join(dir, 'nope') });
assert.throws(() => fs.readdirSync(path.join(dir, 'a')), { code: 'ENOTDIR', syscall: 'scandir' });
fs.readdir(path.join(dir, 'nope'), common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'scandir');
}));
