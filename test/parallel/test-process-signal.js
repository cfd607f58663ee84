'use strict';
// Signal listeners receive signals sent to the process, SIGUSR1 included (the engine
// must not have taken it), and a listener alone does not keep the process alive.
const common = require('../common');
const assert = require('assert');

// Signals arrive asynchronously; this timer keeps the process up until they do.
const keepAlive = setTimeout(common.mustNotCall('signals never arrived'), 5000);

process.once('SIGUSR1', common.mustCall((name, num) => {
  assert.strictEqual(name, 'SIGUSR1');
  assert.strictEqual(num, 10);
  process.once('SIGUSR2', common.mustCall(() => {
    process.on('SIGHUP', common.mustNotCall());
    clearTimeout(keepAlive);
  }));
  process.kill(process.pid, 'SIGUSR2');
}));
process.kill(process.pid, 'SIGUSR1');
