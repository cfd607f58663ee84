'use strict';
// A second Socket made over a connected socket's handle is readable and writable (the
// handle being read already is no error).
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => {
  socket.unref();
  const other = new net.Socket({ handle: socket._handle });
  other.unref();
  other.on('error', common.mustNotCall());
  setImmediate(common.mustCall(() => {
    assert.strictEqual(other.readable, true);
    assert.strictEqual(other.writable, true);
    server.close();
  }));
}));
server.listen(0, common.mustCall(() => {
  const client = net.connect(server.address().port, common.mustCall(() => client.end()));
}));
