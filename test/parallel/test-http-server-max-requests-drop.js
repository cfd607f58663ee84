'use strict';
// With maxRequestsPerSocket, the last allowed response says Connection: close, and a
// request beyond the limit gets a 503 (also Connection: close) and 'dropRequest'.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustCall((req, res) => res.end('ok'), 2));
server.maxRequestsPerSocket = 2;
server.on('dropRequest', common.mustCall((req, socket) => {
  assert.ok(req instanceof http.IncomingMessage);
  assert.ok(socket instanceof net.Socket);
}));
server.listen(0, common.mustCall(() => {
  const client = net.connect(server.address().port, () => {
    client.write('GET / HTTP/1.1\r\nHost: a\r\n\r\n'.repeat(3));
  });
  let out = '';
  client.setEncoding('latin1');
  client.on('data', (d) => {
    out += d;
    const heads = out.split(/(?=HTTP\/1\.1 )/);
    if (heads.length === 3 && out.endsWith('0\r\n\r\n')) {
      assert.match(heads[0], /^HTTP\/1\.1 200 OK\r\n[^]*Connection: keep-alive\r\nKeep-Alive: timeout=5, max=2\r\n/);
      assert.match(heads[1], /^HTTP\/1\.1 200 OK\r\n[^]*Connection: close\r\n/);
      assert.match(heads[2], /^HTTP\/1\.1 503 Service Unavailable\r\n[^]*Connection: close\r\n/);
      client.destroy();
      server.close();
    }
  });
}));
