'use strict';
// A request head over maxHeaderSize (16 KB by default) is answered with 431 and closed;
// the limit is per server (maxHeaderSize option) and readable as http.maxHeaderSize.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

assert.strictEqual(http.maxHeaderSize, 16384);

function send(server, head, cb) {
  const c = net.connect(server.address().port, () => c.write(head));
  let data = '';
  c.on('data', (d) => data += d);
  c.on('error', () => {});
  c.on('close', () => cb(data));
}

const server = http.createServer((req, res) => res.end('ok'));
server.listen(0, common.mustCall(() => {
  send(server, `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(17000)}\r\n\r\n`, common.mustCall((data) => {
    assert.strictEqual(data, 'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n');
    const small = http.createServer({ maxHeaderSize: 100 }, common.mustNotCall());
    small.on('clientError', common.mustCall((err, socket) => {
      assert.strictEqual(err.code, 'HPE_HEADER_OVERFLOW');
      assert.strictEqual(err.message, 'Parse Error: Header overflow');
      socket.destroy();
    }));
    small.listen(0, () => {
      send(small, `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(200)}\r\n\r\n`, common.mustCall(() => {
        small.close();
        server.close();
      }));
    });
  }));
}));
