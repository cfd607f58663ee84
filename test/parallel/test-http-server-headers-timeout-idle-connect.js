'use strict';
// headersTimeout counts from the connection: a client that connects and sends nothing
// gets a 408 and is disconnected.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer({
  headersTimeout: 200,
  requestTimeout: 0,
  connectionsCheckingInterval: 50,
}, common.mustNotCall());
server.listen(0, common.mustCall(() => {
  const client = net.connect(server.address().port);
  let response = '';
  client.setEncoding('utf8');
  client.on('data', (d) => response += d);
  client.on('close', common.mustCall(() => {
    assert.strictEqual(response, 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n');
    server.close();
  }));
}));
