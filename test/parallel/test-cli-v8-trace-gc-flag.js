'use strict';
// --trace-gc (a V8 flag node passes through) is accepted: the program runs.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const r = spawnSync(process.execPath, ['--trace-gc', '-e', 'console.log("ran")'], { encoding: 'utf8' });
assert.strictEqual(r.status, 0, r.stderr);
assert.match(r.stdout, /^ran$/m);
