'use strict';
// process.dlopen() reports the loader's own error for a file that cannot be
// loaded, with the file name in it.
require('../common');
const assert = require('assert');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const missing = path.join(tmpdir.path, 'missing-%s.node');
assert.throws(() => process.dlopen({ exports: {} }, missing), {
  name: 'Error',
  code: 'ERR_DLOPEN_FAILED',
  message: `${missing}: cannot open shared object file: No such file or directory`,
});
assert.throws(() => process.dlopen({ exports: {} }, __filename), {
  code: 'ERR_DLOPEN_FAILED',
  message: `${__filename}: invalid ELF header`,
});
assert.throws(() => process.dlopen(), {
  name: 'TypeError',
  code: 'ERR_MISSING_ARGS',
  message: 'process.dlopen needs at least 2 arguments',
});
