'use strict';
// After a handle is sent over IPC, later messages wait until the child
// acknowledges it: send() returns true for the first message that waits and
// false after that, and the waiting messages go out (callbacks called) once the
// acknowledgement arrives.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  process.on('message', (msg, handle) => {
    if (handle) handle.close();
    if (msg === 'last') process.send('done');
  });
  return;
}

const child = fork(__filename, ['child']);
const server = net.createServer(common.mustNotCall()).listen(0, common.mustCall(() => {
  assert.strictEqual(child.send('handle', server._handle), true);
  assert.strictEqual(child.send('second'), true);
  assert.strictEqual(child.send('third'), false);
  assert.strictEqual(child.send('last', common.mustSucceed()), false);
  child.on('message', common.mustCall((msg) => {
    assert.strictEqual(msg, 'done');
    child.disconnect();
    server.close();
  }));
}));
