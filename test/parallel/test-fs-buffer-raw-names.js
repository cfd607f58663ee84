'use strict';
// A Buffer path that is not UTF-8 names the file byte for byte: readdir 'buffer'
// returns those bytes, and rm -r removes such entries.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const dir = path.join(tmpdir.path, 'raw');
fs.mkdirSync(dir);
const name = Buffer.from([0xff, 0x41]);
const full = Buffer.concat([Buffer.from(`${dir}/`), name]);
fs.writeFileSync(full, 'x');
assert.strictEqual(fs.readFileSync(full, 'utf8'), 'x');
assert.deepStrictEqual(fs.readdirSync(dir, 'buffer'), [name]);
assert.deepStrictEqual(fs.readdirSync(dir), ['\ufffdA']);
assert.strictEqual(fs.statSync(full).size, 1);

fs.rm(dir, { recursive: true }, common.mustSucceed(() => {
  assert.strictEqual(fs.existsSync(dir), false);
}));
