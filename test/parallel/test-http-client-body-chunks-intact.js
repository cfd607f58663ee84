'use strict';
// A response body read by the client arrives as chunks that may be views on the
// socket's read buffers: each chunk kept until 'end' still holds its own bytes.
const common = require('../common');
const assert = require('node:assert');
const http = require('node:http');

const body = Buffer.alloc(1024 * 1024 + 17);
for (let i = 0; i < body.length; i++) body[i] = (i * 13 + (i >> 9)) & 0xff;

const server = http.createServer(common.mustCall((req, res) => {
  res.writeHead(200, { 'Content-Length': body.length });
  // Uneven writes, so reads and chunks do not line up with them.
  for (let at = 0; at < body.length;) {
    const n = Math.min(body.length - at, 33333 + (at % 5) * 1000);
    res.write(body.subarray(at, at + n));
    at += n;
  }
  res.end();
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  http.get({ port: server.address().port, host: '127.0.0.1' }, common.mustCall((res) => {
    const chunks = [];
    res.on('data', (c) => chunks.push(c));
    res.on('end', common.mustCall(() => {
      assert.ok(chunks.length > 1);
      assert.ok(Buffer.concat(chunks).equals(body));
      server.close();
    }));
  }));
}));
