'use strict';
// Idle keep-alive connections each time out keepAliveTimeout (+ keepAliveTimeoutBuffer)
// after their last response, whatever the order they went idle in: a connection that
// went idle later under a shorter keepAliveTimeout closes first.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer({ keepAliveTimeout: 800, keepAliveTimeoutBuffer: 0 }, (req, res) => res.end('x'));
const closed = [];

function request(name, onIdle) {
  const client = net.connect(server.address().port);
  let response = '';
  let idleAt;
  client.setEncoding('latin1');
  client.on('data', (d) => {
    response += d;
    if (idleAt === undefined && response.endsWith('\r\n\r\nx')) {
      idleAt = Date.now();
      onIdle?.();
    }
  });
  client.on('close', common.mustCall(() => {
    closed.push(name);
    const idle = Date.now() - idleAt;
    assert.ok(idle >= (name === 'long' ? 700 : 150), `${name} closed after ${idle} ms`);
    if (closed.length === 2) {
      assert.deepStrictEqual(closed, ['short', 'long']);
      server.close();
    }
  }));
  client.write('GET / HTTP/1.1\r\nHost: a\r\n\r\n');
}

server.listen(0, common.mustCall(() => {
  request('long', () => {
    server.keepAliveTimeout = 200;
    request('short');
  });
}));
