'use strict';
// mkdir with recursive walks the path as written, as node does: `a/../b/c` makes `a`
// too, and the result is the first directory made, spelled as in the argument.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const t = tmpdir.path;

assert.strictEqual(fs.mkdirSync(`${t}/a1/../a2/a3`, { recursive: true }), `${t}/a1`);
assert.ok(fs.statSync(`${t}/a1`).isDirectory());
assert.ok(fs.statSync(`${t}/a2/a3`).isDirectory());
assert.strictEqual(fs.mkdirSync(`${t}/b1//b2`, { recursive: true }), `${t}/b1/`);
assert.strictEqual(fs.mkdirSync(`${t}/b1//b2`, { recursive: true }), undefined);

fs.mkdir(`${t}/c1/../c2`, { recursive: true }, common.mustSucceed((first) => {
  assert.strictEqual(first, `${t}/c1`);
  assert.ok(fs.existsSync(`${t}/c1`));
}));
fs.promises.mkdir(`${t}/d1/./d2/`, { recursive: true }).then(common.mustCall((first) => {
  assert.strictEqual(first, `${t}/d1`);
}));
