'use strict';
// readdir: names (sorted as libuv lists them), withFileTypes Dirents, recursive.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const root = tmpdir.path;
fs.mkdirSync(path.join(root, 'a', 'b'), { recursive: true });
fs.writeFileSync(path.join(root, 'f'), '');
fs.writeFileSync(path.join(root, 'a', 'g'), '');
fs.writeFileSync(path.join(root, 'a', 'b', 'h'), '');

assert.deepStrictEqual(fs.readdirSync(root).sort(), ['a', 'f']);
assert.deepStrictEqual(fs.readdirSync(root, { recursive: true }).sort(), ['a', 'a/b', 'a/b/h', 'a/g', 'f']);
const ents = fs.readdirSync(root, { withFileTypes: true }).sort((x, y) => (x.name < y.name ? -1 : 1));
assert.strictEqual(ents[0].name, 'a');
assert(ents[0].isDirectory());
assert(ents[1].isFile());
assert.strictEqual(ents[1].parentPath, root);
assert(ents[0] instanceof fs.Dirent);
assert.deepStrictEqual(Object.keys(ents[0]), ['name', 'parentPath']);
const deep = fs.readdirSync(root, { withFileTypes: true, recursive: true }).find((d) => d.name === 'h');
assert.strictEqual(deep.parentPath, path.join(root, 'a', 'b'));

assert.throws(() => fs.readdirSync(path.join(root, 'f')), { code: 'ENOTDIR', syscall: 'scandir' });
fs.readdir(root, common.mustSucceed((names) => assert.deepStrictEqual(names.sort(), ['a', 'f'])));
fs.readdir(path.join(root, 'nope'), common.mustCall((err) => assert.strictEqual(err.code, 'ENOENT')));
fs.promises.readdir(root, { recursive: true }).then(common.mustCall((names) => assert.strictEqual(names.length, 5)));
