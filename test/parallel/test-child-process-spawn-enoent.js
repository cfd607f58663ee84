'use strict';
// A missing executable: spawn() returns a ChildProcess and reports ENOENT through
// 'error' (errno, code, syscall, path, spawnargs), then 'close' with -2; no 'exit'.
const common = require('../common');
const assert = require('node:assert');
const { spawn, exec } = require('node:child_process');

const child = spawn('eddy-no-such-command', ['a', 'b']);
assert.strictEqual(child.pid, undefined);
child.on('spawn', common.mustNotCall());
child.on('exit', common.mustNotCall());
child.on('error', common.mustCall((err) => {
  assert.strictEqual(err.message, 'spawn eddy-no-such-command ENOENT');
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.errno, -2);
  assert.strictEqual(err.syscall, 'spawn eddy-no-such-command');
  assert.strictEqual(err.path, 'eddy-no-such-command');
  assert.deepStrictEqual(err.spawnargs, ['a', 'b']);
}));
child.on('close', common.mustCall((code, signal) => {
  assert.strictEqual(code, -2);
  assert.strictEqual(signal, null);
}));

// Through a shell, a missing command is exit code 127.
exec('eddy-no-such-command', common.mustCall((err, stdout, stderr) => {
  assert.strictEqual(err.code, 127);
  assert.strictEqual(err.killed, false);
  assert.strictEqual(err.signal, null);
  assert.strictEqual(err.cmd, 'eddy-no-such-command');
  assert.match(stderr, /not found/);
}));
