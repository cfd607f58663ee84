'use strict';
// socket.send(list) takes the list as it is at the call: emptying the array right
// after (the send itself waits for the address lookup) changes nothing, and an
// empty list sends an empty datagram instead of aborting in libuv.
const common = require('../common');
const assert = require('node:assert');
const dgram = require('node:dgram');

const socket = dgram.createSocket('udp4');
const received = [];
socket.on('message', common.mustCall((msg) => {
  received.push(msg.toString());
  if (received.length < 2) return;
  assert.deepStrictEqual(received.sort(), ['', 'xxyy']);
  socket.close();
}, 2));
socket.bind(0, '127.0.0.1', common.mustCall(() => {
  const { port } = socket.address();
  const list = [Buffer.from('xx'), Buffer.from('yy')];
  socket.send(list, port, 'localhost', common.mustSucceed((bytes) => assert.strictEqual(bytes, 4)));
  list.splice(0, 2);
  socket.send([], port, '127.0.0.1', common.mustSucceed((bytes) => assert.strictEqual(bytes, 0)));
}));
