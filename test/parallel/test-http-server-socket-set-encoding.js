'use strict';
// A server connection's encoding cannot be changed (HTTP is bytes), even once upgraded.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const expected = {
  code: 'ERR_HTTP_SOCKET_ENCODING',
  name: 'Error',
  message: 'Changing the socket encoding is not allowed per RFC7230 Section 3.',
};
const server = http.createServer();
server.on('connection', common.mustCall((socket) => {
  assert.throws(() => socket.setEncoding('utf8'), expected);
}));
server.on('upgrade', common.mustCall((req, socket) => {
  assert.throws(() => socket.setEncoding('utf8'), expected);
  socket.on('data', common.mustCall((d) => {
    assert.strictEqual(d.toString(), 'after');
    socket.end();
    server.close();
  }));
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: x\r\nConnection: Upgrade\r\n\r\n');
}));
server.listen(0, common.mustCall(() => {
  const c = net.connect(server.address().port, () => {
    c.write('GET / HTTP/1.1\r\nHost: a\r\nUpgrade: x\r\nConnection: Upgrade\r\n\r\n');
  });
  c.once('data', common.mustCall(() => c.write('after')));
  c.on('end', () => c.end());
}));
