'use strict';
// The floor under bench/http's hello row: a net server that answers every chunk it
// reads with one fixed, complete HTTP response, parsing nothing. What it costs per
// request is the kernel's loopback work plus the runtime's bare socket path.
const net = require('net');
const response = 'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 11\r\n' +
  'Date: Thu, 26 Nov 2026 00:00:00 GMT\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\n\r\nHello World';
const server = net.createServer((socket) => {
  socket.on('error', () => {});
  socket.on('data', () => socket.write(response));
});
server.listen(+process.env.PORT || 0, '127.0.0.1', () => {
  process.stdout.write(`${server.address().port}\n`);
});
