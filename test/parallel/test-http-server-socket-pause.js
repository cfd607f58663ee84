'use strict';
// A handler that pauses and resumes the connection's socket itself does not lose the
// requests that follow on that keep-alive connection.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

let n = 0;
const server = http.createServer(common.mustCall((req, res) => {
  n++;
  req.socket.pause();
  setTimeout(() => {
    req.socket.resume();
    res.end(`ok${n}`);
  }, 20);
}, 2));

server.listen(0, common.mustCall(() => {
  const c = net.connect(server.address().port, () => {
    c.write('GET /1 HTTP/1.1\r\nHost: x\r\n\r\n');
    setTimeout(() => c.write('GET /2 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'), 100);
  });
  let data = '';
  c.on('data', (d) => data += d);
  c.on('end', common.mustCall(() => {
    assert.deepStrictEqual(data.match(/ok\d/g), ['ok1', 'ok2']);
    server.close();
  }));
}));
