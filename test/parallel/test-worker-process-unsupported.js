'use strict';
// In a worker, process-wide operations throw ERR_WORKER_UNSUPPORTED_OPERATION:
// chdir(), abort(), the credential setters, IPC (send, disconnect, channel,
// connected, when the environment names a channel) and setting the umask;
// reading the umask works.
const common = require('../common');
const assert = require('assert');
const { Worker, isMainThread, parentPort } = require('worker_threads');

if (isMainThread) {
  // NODE_CHANNEL_FD makes the worker believe it has an IPC channel.
  const w = new Worker(__filename, { env: { ...process.env, NODE_CHANNEL_FD: 'x' } });
  w.on('message', common.mustCall((msg) => assert.strictEqual(msg, 'done')));
  w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
  return;
}

const names = ['abort', 'chdir', 'send', 'disconnect'];
if (!common.isWindows) names.push('setuid', 'seteuid', 'setgid', 'setegid', 'setgroups', 'initgroups');
for (const name of names) {
  assert.strictEqual(process[name].disabled, true);
  assert.throws(() => process[name](), {
    code: 'ERR_WORKER_UNSUPPORTED_OPERATION',
    name: 'TypeError',
    message: `process.${name}() is not supported in workers`,
  });
}
for (const name of ['channel', 'connected']) {
  assert.throws(() => process[name], {
    code: 'ERR_WORKER_UNSUPPORTED_OPERATION',
    message: `process.${name} is not supported in workers`,
  });
}
assert.throws(() => process.umask(0o22), {
  code: 'ERR_WORKER_UNSUPPORTED_OPERATION',
  message: 'Setting process.umask() is not supported in workers',
});
assert.strictEqual(typeof process.umask(), 'number');
parentPort.postMessage('done');
