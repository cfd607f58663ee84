'use strict';
// closeIdleConnections() closes every idle keep-alive connection of a server and leaves
// a connection whose request is being answered; closeAllConnections() then closes the
// rest. Connections that closed on their own before are not visited again.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

let pending = null;
const server = http.createServer((req, res) => {
  if (req.url === '/slow') {
    pending = res;
    server.emit('slow');
    return;
  }
  res.end('ok');
});

function connect(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => resolve(socket));
  });
}

function request(socket, path) {
  socket.write(`GET ${path} HTTP/1.1\r\nHost: x\r\n\r\n`);
  return new Promise((resolve) => socket.once('data', resolve));
}

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const { port } = server.address();
  const idle = [];
  for (let i = 0; i < 6; i++) {
    const s = await connect(port);
    await request(s, '/');
    idle.push(s);
  }
  // One goes away by itself first.
  const gone = idle.pop();
  gone.end();
  await new Promise((resolve) => gone.on('close', resolve));

  const busy = await connect(port);
  busy.write('GET /slow HTTP/1.1\r\nHost: x\r\n\r\n');
  await new Promise((resolve) => server.once('slow', resolve));

  server.closeIdleConnections();
  await Promise.all(idle.map((s) => new Promise((resolve) => (s.closed ? resolve() : s.on('close', resolve)))));
  assert.strictEqual(busy.closed, false);

  pending.end('late');
  const data = await new Promise((resolve) => busy.once('data', resolve));
  assert.match(data.toString(), /late$/);
  server.closeAllConnections();
  busy.on('close', common.mustCall(() => server.close()));
}));
