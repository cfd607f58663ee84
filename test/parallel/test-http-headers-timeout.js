'use strict';
// A client trickling its request head (slowloris) is cut off once headersTimeout passes:
// node answers 408 Request Timeout and closes the connection.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer({ headersTimeout: 200, requestTimeout: 400, connectionsCheckingInterval: 50 },
                                 common.mustNotCall());
server.listen(0, common.mustCall(() => {
  // The trickle starts once the request line is out (under load the connect can take
  // longer than one trickle period, and a header line queued first is a parse error).
  let trickle;
  const c = net.connect(server.address().port, () => {
    c.write('GET / HTTP/1.1\r\nHost: x\r\n');
    trickle = setInterval(() => c.write('X-A: b\r\n'), 30);
  });
  let data = '';
  c.on('data', (d) => data += d);
  c.on('error', () => {});
  c.on('close', common.mustCall(() => {
    clearInterval(trickle);
    assert.strictEqual(data, 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n');
    server.close();
  }));
}));
