'use strict';
// process.title is the program's name by default; --title (also through
// NODE_OPTIONS) and assignment change it.
const common = require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

if (process.argv[2] === 'child') {
  console.log(process.title);
  return;
}

assert.strictEqual(typeof process.title, 'string');
assert.notStrictEqual(process.title, '');

const flag = spawnSync(process.execPath, ['--title=eddy-test-a', __filename, 'child']);
assert.strictEqual(flag.stdout.toString().trim(), 'eddy-test-a');
const env = spawnSync(process.execPath, [__filename, 'child'], {
  env: { ...process.env, NODE_OPTIONS: '--title=eddy-test-b' },
});
assert.strictEqual(env.stdout.toString().trim(), 'eddy-test-b');

if (!common.isWindows) {
  process.title = 'eddy-test-c';
  assert.strictEqual(process.title, 'eddy-test-c');
}
