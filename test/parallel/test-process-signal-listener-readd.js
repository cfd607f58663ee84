'use strict';
// A signal whose last listener was removed and which gets a listener again is
// delivered to the new one (the watcher is stopped and started again, not remade
// while still closing), and process.kill sends through process._kill.
const common = require('../common');
const assert = require('node:assert');

if (common.isWindows) common.skip('POSIX signals');

// Signal watchers do not keep the loop alive: this timer does until the end.
const keepAlive = setInterval(() => {}, 1000);
process.on('SIGUSR2', common.mustNotCall());
process.removeAllListeners('SIGUSR2');
process.on('SIGUSR2', common.mustCall(() => {
  process.removeAllListeners('SIGUSR2');
  process.on('SIGUSR2', common.mustCall(() => clearInterval(keepAlive)));
  process.kill(process.pid, 'SIGUSR2');
}));
process.kill(process.pid, 'SIGUSR2');

const sent = [];
const realKill = process._kill;
process._kill = (pid, sig) => { sent.push([pid, sig]); return 0; };
assert.strictEqual(process.kill(0, 'SIGHUP'), true);
assert.strictEqual(process.kill(12345, 'SIGTERM'), true);
process._kill = realKill;
assert.deepStrictEqual(sent, [[0, 1], [12345, 15]]);
