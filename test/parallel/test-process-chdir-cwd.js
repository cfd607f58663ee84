'use strict';
// chdir/cwd, and node's error for a missing directory.
require('../common');
const assert = require('assert');
const path = require('path');

const start = process.cwd();
process.chdir(__dirname);
assert.strictEqual(process.cwd(), __dirname);
process.chdir('..');
assert.strictEqual(process.cwd(), path.dirname(__dirname));
process.chdir(start);

assert.throws(() => process.chdir('/no/such/dir'), {
  code: 'ENOENT',
  errno: -2,
  syscall: 'chdir',
  path: start,
  dest: '/no/such/dir',
  message: `ENOENT: no such file or directory, chdir '${start}' -> '/no/such/dir'`,
});
assert.throws(() => process.chdir(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "directory" argument must be of type string. Received type number (1)',
});
