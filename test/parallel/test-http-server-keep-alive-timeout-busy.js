'use strict';
// A keep-alive connection that takes another request while idle is not timed out by
// its first idle period: keepAliveTimeout counts again from its last response.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer({ keepAliveTimeout: 500, keepAliveTimeoutBuffer: 0 }, (req, res) => res.end('x'));
server.listen(0, common.mustCall(() => {
  const client = net.connect(server.address().port);
  let responses = 0;
  let lastAt;
  client.setEncoding('latin1');
  client.on('data', (d) => {
    responses += d.split('\r\n\r\nx').length - 1;
    lastAt = Date.now();
    if (responses === 1) setTimeout(() => client.write('GET /2 HTTP/1.1\r\nHost: a\r\n\r\n'), 300);
  });
  client.on('close', common.mustCall(() => {
    assert.strictEqual(responses, 2);
    const idle = Date.now() - lastAt;
    assert.ok(idle >= 400, `closed ${idle} ms after the second response`);
    server.close();
  }));
  client.write('GET /1 HTTP/1.1\r\nHost: a\r\n\r\n');
}));
