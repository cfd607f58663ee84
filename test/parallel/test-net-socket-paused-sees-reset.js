'use strict';
// A paused socket still notices that its peer went away. pause() stops 'data' events,
// not reading from the kernel (node reads on until the socket's buffer is full), so a
// server that paused a connection sees the client's reset and frees the connection
// instead of holding it open for good.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => {
  socket.pause();
  socket.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ECONNRESET');
  }));
  socket.on('close', common.mustCall(() => {
    assert.strictEqual(socket.isPaused(), true);
    server.close();
  }));
  // Tell the client the connection is paused; it then resets it.
  socket.write('paused');
}));

server.listen(0, common.mustCall(() => {
  const client = net.connect(server.address().port, common.mustCall(() => {
    client.write('data the server does not read');
  }));
  client.once('data', common.mustCall(() => client.resetAndDestroy()));
}));
