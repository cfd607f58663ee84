'use strict';
// A 'data' listener on a server connection's socket sees the bytes that arrive after it
// is added, and the request's body is still parsed from them.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustCall((req, res) => {
  let raw = '';
  req.socket.on('data', (d) => raw += d);
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => body += d);
  req.on('end', common.mustCall(() => {
    assert.strictEqual(body, 'hello world');
    assert.strictEqual(raw, 'world');
    res.end('ok');
  }));
  client.write('world');
}));

let client;
server.listen(0, common.mustCall(() => {
  client = net.connect(server.address().port, () => {
    client.write('POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 11\r\n\r\nhello ');
  });
  let response = '';
  client.setEncoding('utf8');
  client.on('data', (d) => {
    response += d;
    if (response.endsWith('ok')) {
      assert.match(response, /^HTTP\/1\.1 200 OK\r\n/);
      client.end();
      server.close();
    }
  });
}));
