'use strict';
// A stack overflow's RangeError reads as node's ("Maximum call stack size exceeded",
// no trailing period) wherever it reaches node's own code: assert.throws, an
// 'uncaughtException' listener, a worker's 'error' event, an unhandled rejection
// and the report printed for an uncaught one.
const common = require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const { Worker } = require('worker_threads');

const kMessage = 'Maximum call stack size exceeded';

function recurse() {
  recurse();
}

if (process.argv[2] === 'uncaught') {
  recurse();
} else if (process.argv[2] === 'listener') {
  process.on('uncaughtException', (err) => {
    console.log(JSON.stringify([err.message, String(err), err.stack.split('\n')[0]]));
  });
  setTimeout(recurse, 1);
} else if (process.argv[2] === 'rejection') {
  process.on('unhandledRejection', (reason) => {
    console.log(JSON.stringify([reason.name, reason.message]));
  });
  (async () => recurse())();
} else {
  assert.throws(recurse, { name: 'RangeError', message: kMessage });

  const worker = new Worker('function f() { f(); } f();', { eval: true });
  worker.on('error', common.mustCall((err) => {
    assert.ok(err instanceof RangeError);
    assert.strictEqual(err.message, kMessage);
    assert.strictEqual(String(err), `RangeError: ${kMessage}`);
  }));

  const uncaught = spawnSync(process.execPath, [__filename, 'uncaught'], { encoding: 'utf8' });
  assert.strictEqual(uncaught.status, 1);
  assert.match(uncaught.stderr, /^RangeError: Maximum call stack size exceeded\n {4}at /m);

  const listener = spawnSync(process.execPath, [__filename, 'listener'], { encoding: 'utf8' });
  assert.strictEqual(listener.status, 0);
  assert.deepStrictEqual(JSON.parse(listener.stdout),
                         [kMessage, `RangeError: ${kMessage}`, `RangeError: ${kMessage}`]);

  const rejection = spawnSync(process.execPath, [__filename, 'rejection'], { encoding: 'utf8' });
  assert.strictEqual(rejection.status, 0);
  assert.deepStrictEqual(JSON.parse(rejection.stdout), ['RangeError', kMessage]);
}
