'use strict';
// --abort-on-uncaught-exception: an uncaught exception aborts the process (even
// with an 'uncaughtException' listener), unless a capture callback is set.
const common = require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

if (process.argv[2] === 'capture') {
  process.setUncaughtExceptionCaptureCallback(common.mustCall((err) => {
    assert.strictEqual(err.message, 'captured');
  }));
  throw new Error('captured');
}
if (process.argv[2] === 'abort') {
  process.on('uncaughtException', common.mustNotCall());
  throw new Error('aborting');
}

const flag = '--abort-on-uncaught-exception';
const captured = spawnSync(process.execPath, [flag, __filename, 'capture']);
assert.strictEqual(captured.status, 0);

const aborted = spawnSync(process.execPath, [flag, __filename, 'abort']);
// node's own tests accept any of these (node 24 on Linux raises SIGTRAP).
assert.ok(['SIGABRT', 'SIGTRAP', 'SIGILL'].includes(aborted.signal), aborted.signal);
assert.match(`${aborted.stderr}`, /aborting/);
