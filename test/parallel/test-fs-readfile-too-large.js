'use strict';
// A file over 2 GiB - 1 is refused unread by readFile in every form, with
// ERR_FS_FILE_TOO_LARGE naming its size (the file here is sparse).
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = path.join(tmpdir.path, 'big');
const size = 2 ** 31;
fs.writeFileSync(file, '0');
fs.truncateSync(file, size);
const expected = { code: 'ERR_FS_FILE_TOO_LARGE', name: 'RangeError', message: `File size (${size}) is greater than 2 GiB` };

assert.throws(() => fs.readFileSync(file), expected);
const fd = fs.openSync(file, 'r');
assert.throws(() => fs.readFileSync(fd), expected);
fs.closeSync(fd);
fs.readFile(file, common.mustCall((err) => {
  assert.strictEqual(err.code, expected.code);
  assert.strictEqual(err.message, expected.message);
  assert.rejects(fs.promises.readFile(file), expected).then(common.mustCall(() => fs.unlinkSync(file)));
}));
