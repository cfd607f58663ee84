'use strict';
// keepAliveTimeoutBuffer (default 1000 ms) keeps an idle keep-alive connection open that
// long past the keepAliveTimeout the client is told, then closes it.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

assert.strictEqual(http.createServer().keepAliveTimeoutBuffer, 1000);
assert.throws(() => http.createServer({ keepAliveTimeoutBuffer: -1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => http.createServer({ keepAliveTimeoutBuffer: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });

const server = http.createServer({ keepAliveTimeout: 1000, keepAliveTimeoutBuffer: 400 }, (req, res) => res.end());
server.listen(0, common.mustCall(() => {
  const client = net.connect(server.address().port);
  let response = '';
  let answeredAt;
  client.on('data', (d) => {
    response += d;
    if (answeredAt === undefined && response.includes('\r\n\r\n')) answeredAt = Date.now();
  });
  client.on('close', common.mustCall(() => {
    assert.match(response, /Keep-Alive: timeout=1\r\n/);
    const idle = Date.now() - answeredAt;
    assert.ok(idle >= 1300, `closed after ${idle} ms`);
    server.close();
  }));
  client.write('GET / HTTP/1.1\r\nHost: a\r\n\r\n');
}));
