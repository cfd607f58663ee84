'use strict';
// socket.setKeepAlive() tells the handle only of a change: keep-alive turned on or
// off, or a new initial delay (in whole seconds) while it is on.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => {
  const calls = [];
  const original = socket._handle.setKeepAlive;
  socket._handle.setKeepAlive = function(enable, delay) {
    calls.push([enable, delay]);
    return original.call(this, enable, delay);
  };
  socket.setKeepAlive(true, 1000);
  socket.setKeepAlive(true, 1500); // still 1 s: no call
  socket.setKeepAlive(true, 2000);
  socket.setKeepAlive(true, 2000);
  socket.setKeepAlive(false, 2000);
  socket.setKeepAlive(false, 5000); // off, a delay change alone: no call
  assert.deepStrictEqual(calls, [[true, 1], [true, 2], [false, 2]]);
  socket.destroy();
  server.close();
}));
server.listen(0, common.mustCall(() => {
  net.connect(server.address().port).on('error', () => {});
}));
