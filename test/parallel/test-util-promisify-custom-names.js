'use strict';
// The custom promisified forms of fs.exists, child_process.exec and execFile keep the
// original function's name.
require('../common');
const assert = require('assert');
const { promisify } = require('util');
const fs = require('fs');
const childProcess = require('child_process');

assert.strictEqual(promisify(fs.exists).name, 'exists');
assert.strictEqual(promisify(childProcess.exec).name, 'exec');
assert.strictEqual(promisify(childProcess.execFile).name, 'execFile');
