'use strict';
// resume() starts reading on the next tick, as in node: a handle closed right after
// it makes the read fail, and the stream emits that error (EINVAL, libuv's answer
// for a handle being closed) instead of reading on.
const common = require('../common');
const assert = require('assert');
const { spawn } = require('child_process');

if (process.argv[2] === 'child') {
  process.stdin.resume();
  process.stdin._handle.close();
  process.stdin.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'EINVAL');
    assert.strictEqual(err.syscall, 'read');
  }));
  return;
}

const child = spawn(process.execPath, [__filename, 'child'], { stdio: ['pipe', 'inherit', 'inherit'] });
child.stdin.end('data nobody reads\n');
child.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
