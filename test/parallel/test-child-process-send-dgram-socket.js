'use strict';
// A bound dgram socket sent with child.send(message, socket) arrives in the child as
// a dgram.Socket of the same type, receiving on the same port.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  process.on('message', common.mustCall((msg, socket) => {
    assert.strictEqual(msg, 'socket');
    assert.ok(socket instanceof dgram.Socket);
    assert.strictEqual(socket.type, 'udp4');
    socket.on('message', common.mustCall((data) => {
      process.send(`child got ${data} on ${socket.address().port}`);
      socket.close();
      process.disconnect();
    }));
    process.send('ready');
  }));
  return;
}

const socket = dgram.createSocket('udp4');
const child = fork(__filename, ['child']);
child.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
socket.bind(0, '127.0.0.1', common.mustCall(() => {
  const { port } = socket.address();
  child.send('socket', socket);
  child.on('message', common.mustCall((msg) => {
    if (msg !== 'ready') {
      assert.strictEqual(msg, `child got hello on ${port}`);
      return;
    }
    // The parent stops reading so that the datagram can only reach the child.
    socket.close();
    const client = dgram.createSocket('udp4');
    client.send('hello', port, '127.0.0.1', common.mustSucceed(() => client.close()));
  }, 2));
}));
