'use strict';
// Old-style subclassing: a function constructor calling http.Server (or net.Socket) with
// `this` gets a working instance, its listeners included.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

function MyServer() {
  http.Server.call(this, common.mustCall((req, res) => res.end('legacy')));
  this.on('connection', common.mustCall());
}
Object.setPrototypeOf(MyServer.prototype, http.Server.prototype);
Object.setPrototypeOf(MyServer, http.Server);

function MySocket(options) {
  net.Socket.call(this, options);
}
Object.setPrototypeOf(MySocket.prototype, net.Socket.prototype);
Object.setPrototypeOf(MySocket, net.Socket);

const server = new MyServer();
assert.ok(server instanceof http.Server);
assert.strictEqual(server.listenerCount('request'), 1);
server.listen(0, common.mustCall(() => {
  const socket = new MySocket();
  socket.connect(server.address().port, common.mustCall(() => {
    socket.write('GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n');
  }));
  let out = '';
  socket.setEncoding('utf8');
  socket.on('data', (d) => out += d);
  socket.on('end', common.mustCall(() => {
    assert.match(out, /^HTTP\/1\.1 200 OK\r\n[^]*\r\n\r\nlegacy$/);
    server.close();
  }));
}));
