'use strict';
// The child dies (SIGKILL) right after starting a large message: the parent gets
// 'disconnect', 'exit' with the signal and 'close'; no partial message arrives.
const common = require('../common');
const assert = require('node:assert');
const { fork } = require('node:child_process');

if (process.argv[2] === 'child') {
  process.send({ big: 'x'.repeat(4 * 1024 * 1024) });
  process.kill(process.pid, 'SIGKILL');
} else {
  const child = fork(__filename, ['child']);
  child.on('message', (m) => {
    // If the whole message made it before the kill, it is whole.
    assert.strictEqual(m.big.length, 4 * 1024 * 1024);
  });
  child.on('disconnect', common.mustCall());
  child.on('exit', common.mustCall((code, signal) => {
    assert.strictEqual(code, null);
    assert.strictEqual(signal, 'SIGKILL');
  }));
  child.on('close', common.mustCall());
}
