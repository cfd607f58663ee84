'use strict';
// CONNECT: the server's 'connect' gets the raw socket and the bytes after the head; the
// client's 'connect' gets the response, the socket and the head, as a proxy tunnel does.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustNotCall());
server.on('connect', common.mustCall((req, socket, head) => {
  assert.strictEqual(req.method, 'CONNECT');
  assert.strictEqual(req.url, 'example.com:443');
  socket.write('HTTP/1.1 200 Connection Established\r\n\r\ntunnel');
  socket.on('data', (d) => socket.end(d));
}));

server.listen(0, common.mustCall(() => {
  const req = http.request({ port: server.address().port, method: 'CONNECT', path: 'example.com:443', agent: false });
  req.on('connect', common.mustCall((res, socket, head) => {
    assert.strictEqual(res.statusCode, 200);
    assert.strictEqual(head.toString(), 'tunnel');
    socket.end('through');
    let got = '';
    socket.on('data', (d) => got += d);
    socket.on('end', common.mustCall(() => {
      assert.strictEqual(got, 'through');
      server.close();
    }));
  }));
  req.end();
}));
