'use strict';
// --unhandled-rejections takes only node's modes: anything else stops the process
// before it runs anything, with exit code 9, from the command line or NODE_OPTIONS.
require('../common');
const assert = require('node:assert');
const { spawnSync } = require('node:child_process');

for (const [args, env] of [
  [['--unhandled-rejections=foobar', '-e', 'console.log("ran")'], process.env],
  [['-e', 'console.log("ran")'], { ...process.env, NODE_OPTIONS: '--unhandled-rejections=nope' }],
]) {
  const child = spawnSync(process.execPath, args, { env, encoding: 'utf8' });
  assert.strictEqual(child.status, 9);
  assert.strictEqual(child.stdout, '');
  assert.match(child.stderr, /invalid value for --unhandled-rejections/);
}

for (const mode of ['throw', 'strict', 'warn', 'none', 'warn-with-error-code']) {
  const child = spawnSync(process.execPath, [`--unhandled-rejections=${mode}`, '-e', 'console.log("ran")'],
                          { encoding: 'utf8' });
  assert.strictEqual(child.stdout, 'ran\n', mode);
}
