'use strict';
// fs.F_OK and friends warn once with DEP0176, in node's words (no final period).
const common = require('../common');
const assert = require('node:assert');
const fs = require('node:fs');

process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'DeprecationWarning');
  assert.strictEqual(warning.code, 'DEP0176');
  assert.strictEqual(warning.message, 'fs.F_OK is deprecated, use fs.constants.F_OK instead');
}));
assert.strictEqual(fs.F_OK, fs.constants.F_OK);
assert.strictEqual(fs.F_OK, fs.constants.F_OK);
