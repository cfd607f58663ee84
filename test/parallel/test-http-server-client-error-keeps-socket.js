'use strict';
// A 'clientError' listener that leaves the socket alone: the server still reads it, so
// the client's end reaches the server, which ends its side too.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustNotCall());
server.on('clientError', common.mustCall((err) => {
  assert.strictEqual(err.code, 'HPE_INVALID_TRANSFER_ENCODING');
  server.close();
}));
server.listen(0, common.mustCall(() => {
  const client = net.connect(server.address().port, common.mustCall(() => {
    client.end('POST / HTTP/1.1\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n');
  }));
  client.on('data', common.mustNotCall());
  client.on('end', common.mustCall());
}));
