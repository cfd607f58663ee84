'use strict';
// A child whose stdin is the IPC channel (stdio[0] 'ipc') can still read
// process.stdin: it does not try to open the channel's fd a second time.
const common = require('../common');
const assert = require('assert');
const { spawn } = require('child_process');

if (process.argv[2] === 'child') {
  assert.strictEqual(typeof process.stdin.on, 'function');
  process.send('ok');
  process.disconnect();
  return;
}
const child = spawn(process.execPath, [__filename, 'child'], { stdio: ['ipc', 'inherit', 'inherit'] });
child.on('message', common.mustCall((m) => assert.strictEqual(m, 'ok')));
child.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
