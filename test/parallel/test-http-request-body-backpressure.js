'use strict';
// A paused request body really stops reading from the socket: while the handler holds
// the body paused, the server reads only a bounded amount of a large upload; resuming
// reads the rest.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const total = 16 * 1024 * 1024;
const server = http.createServer(common.mustCall((req, res) => {
  req.pause();
  setTimeout(common.mustCall(() => {
    const readWhilePaused = req.socket.bytesRead;
    assert.ok(readWhilePaused < total / 2, `read ${readWhilePaused} bytes while paused`);
    let received = 0;
    req.on('data', (d) => received += d.length);
    req.on('end', common.mustCall(() => {
      assert.strictEqual(received, total);
      res.end('ok');
    }));
    req.resume();
  }), 300);
}));

server.listen(0, common.mustCall(() => {
  const req = http.request({ port: server.address().port, method: 'POST', agent: false,
                             headers: { 'Content-Length': total } }, common.mustCall((res) => {
    res.resume();
    res.on('end', () => server.close());
  }));
  const chunk = Buffer.alloc(64 * 1024, 'x');
  let sent = 0;
  (function write() {
    while (sent < total) {
      sent += chunk.length;
      if (!req.write(chunk)) return req.once('drain', write);
    }
    req.end();
  })();
}));
