'use strict';
// process.exit() ends through process.reallyExit, which a program may replace;
// process._rawDebug formats its arguments as util.format does.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

if (process.argv[2] === 'child') {
  process._rawDebug('raw %s %d', 'debug', 42);
  process.reallyExit = (code) => {
    console.log(`really exited ${code}`);
  };
  process.exit(3);
  return;
}

const child = spawnSync(process.execPath, [__filename, 'child']);
assert.strictEqual(child.stdout.toString().trim(), 'really exited 3');
assert.strictEqual(child.stderr.toString(), 'raw debug 42\n');
assert.strictEqual(child.status, 3);
