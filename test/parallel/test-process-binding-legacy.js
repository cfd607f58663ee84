'use strict';
// process.binding() (DEP0111): 'uv' answers errname() and UV_* codes as node's does;
// a name outside node's list throws "No such module"; --pending-deprecation warns.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const os = require('os');

const uv = process.binding('uv');
assert.strictEqual(uv.errname(-2), 'ENOENT');
assert.strictEqual(uv.UV_ENOENT, -os.constants.errno.ENOENT);
assert.strictEqual(uv.UV_EADDRINUSE, -os.constants.errno.EADDRINUSE);
assert.strictEqual(Object.keys(uv)[0], 'errname');
assert.throws(() => process.binding('no_such_binding'), { message: 'No such module: no_such_binding' });

const child = spawnSync(process.execPath, ['--pending-deprecation', '-e', "process.binding('uv')"],
                        { encoding: 'utf8' });
assert.match(child.stderr, /\[DEP0111\] DeprecationWarning: process\.binding\(\) is deprecated\./);
