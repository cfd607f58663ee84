'use strict';
// A server's connections handed to a forked child (child.send(message, socket))
// still count as the server's: getConnections() includes those the child holds, and
// server.close() emits 'close' only once the child has closed them all.
const common = require('../common');
const assert = require('node:assert');
const { fork } = require('node:child_process');
const net = require('node:net');

if (process.argv[2] === 'child') {
  const held = [];
  process.on('message', (message, socket) => {
    if (message === 'take') {
      held.push(socket);
      process.send({ holding: held.length });
    } else if (message === 'release') {
      for (const s of held) s.destroy();
    }
  });
  return;
}

const child = fork(__filename, ['child']);
let released = false;

const server = net.createServer((socket) => child.send('take', socket));
server.listen(0, common.mustCall(() => {
  for (let i = 0; i < 2; i++) {
    net.connect(server.address().port).on('error', () => {}).resume();
  }
}));

child.on('message', common.mustCall(({ holding }) => {
  if (holding !== 2) return;
  server.getConnections(common.mustSucceed((count) => {
    assert.strictEqual(count, 2);
    server.close(common.mustCall(() => {
      assert.ok(released);
      child.kill();
    }));
    // The child still holds both: 'close' waits.
    setImmediate(() => {
      released = true;
      child.send('release');
    });
  }));
}, 2));
