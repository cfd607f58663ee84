'use strict';
// process.debugPort and the inspector and embedder entry points node has on every
// process: debugPort takes a port (0, or 1024 to 65535) and keeps it; _debugProcess
// signals another process (an error for one that does not exist); _linkedBinding knows
// no binding here; the idle-notifier and _debugEnd calls do nothing.
require('../common');
const assert = require('assert');

for (const key of ['debugPort', '_debugProcess', '_debugEnd', '_startProfilerIdleNotifier',
  '_stopProfilerIdleNotifier', '_linkedBinding']) {
  const d = Object.getOwnPropertyDescriptor(process, key);
  assert.ok(d, key);
  assert.strictEqual(d.enumerable, true, key);
  assert.strictEqual(d.configurable, true, key);
}
assert.ok(Object.keys(process).includes('debugPort'));

assert.strictEqual(process.debugPort, 9229);
process.debugPort = 1024;
assert.strictEqual(process.debugPort, 1024);
process.debugPort = '65535';
assert.strictEqual(process.debugPort, 65535);
process.debugPort = 2000.5;
assert.strictEqual(process.debugPort, 2000);
process.debugPort = {};
assert.strictEqual(process.debugPort, 0);
for (const port of [1, 1023, 65536, -1, true]) {
  assert.throws(() => { process.debugPort = port; }, {
    name: 'RangeError',
    code: 'ERR_OUT_OF_RANGE',
    message: 'process.debugPort must be 0 or in range 1024 to 65535',
  });
}
assert.strictEqual(process.debugPort, 0);
process.debugPort = 9229;

assert.strictEqual(process._debugEnd(), undefined);
assert.strictEqual(process._startProfilerIdleNotifier(), undefined);
assert.strictEqual(process._stopProfilerIdleNotifier(), undefined);

// Beyond any pid_max, so no process has it.
assert.throws(() => process._debugProcess(2 ** 30), { code: 'ESRCH', syscall: 'kill' });

assert.throws(() => process._linkedBinding('no_such_binding'), {
  code: 'ERR_INVALID_MODULE',
  message: 'No such binding was linked: no_such_binding',
});
