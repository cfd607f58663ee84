'use strict';
// A raw TCP client that speaks HTTP/1 to an h2c server: the session fails with
// "bad client magic", the server reports it as 'sessionError' and keeps serving.
const common = require('../common');
const assert = require('assert');
const http2 = require('http2');
const net = require('net');

const server = http2.createServer();
let sessions = 0;
server.on('session', common.mustCall((session) => {
  if (sessions++ === 0) {
    session.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_HTTP2_ERROR');
      assert.strictEqual(err.message, 'Received bad client magic byte string');
    }));
  }
  session.on('close', common.mustCall());
}, 2));
server.on('sessionError', common.mustCall((err) => assert.strictEqual(err.code, 'ERR_HTTP2_ERROR')));
server.on('stream', common.mustCall((stream) => {
  stream.respond();
  stream.end('still serving');
}));

server.listen(0, common.mustCall(() => {
  const sock = net.connect(server.address().port, () => {
    sock.write('GET / HTTP/1.1\r\nHost: localhost\r\n\r\n');
  });
  sock.resume();
  sock.on('close', common.mustCall(() => {
    // The server still answers a well-formed client.
    const client = http2.connect(`http://localhost:${server.address().port}`);
    const req = client.request({ ':path': '/' });
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (d) => { body += d; });
    req.on('end', common.mustCall(() => {
      assert.strictEqual(body, 'still serving');
      client.close();
      server.close();
    }));
  }));
}));
