'use strict';
// mkdtemp warns once when the template ends with X.
const common = require('../common');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'Warning');
  assert.strictEqual(warning.message,
                     'mkdtemp() templates ending with X are not portable. For details see: https://nodejs.org/api/fs.html');
}));
const dir = fs.mkdtempSync(path.join(tmpdir.path, 'a.X'));
assert.strictEqual(path.basename(dir).length, 'a.X'.length + 6);
fs.mkdtempSync(path.join(tmpdir.path, 'b.X'));
fs.mkdtempSync(path.join(tmpdir.path, 'c.'));
