'use strict';
// socket.setKeepAlive(true, delay) on a kept-alive socket applies a new delay (in
// whole seconds) and skips a repeated one.
const common = require('../common');
const assert = require('node:assert');
const net = require('node:net');

const server = net.createServer(common.mustCall((socket) => {
  const calls = [];
  const original = socket._handle.setKeepAlive;
  socket._handle.setKeepAlive = function(enable, delay) {
    calls.push([enable, delay]);
    return original.call(this, enable, delay);
  };
  socket.setKeepAlive(true, 1000);
  socket.setKeepAlive(true, 1000);
  socket.setKeepAlive(true, 2500);
  socket.setKeepAlive(false);
  socket.setKeepAlive(false, 5000);
  assert.deepStrictEqual(calls, [[true, 1], [true, 2], [false, 0]]);
  socket.destroy();
  server.close();
})).listen(0, common.mustCall(() => {
  net.connect(server.address().port).on('error', () => {});
}));
