'use strict';
// maxRequestsPerSocket: keep-alive responses announce max=N and the last allowed one says
// Connection: close; closeIdleConnections() drops keep-alive connections with nothing in
// flight.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => res.end(req.url));
server.maxRequestsPerSocket = 2;
server.listen(0, common.mustCall(() => {
  const c = net.connect(server.address().port, () => {
    c.write('GET /1 HTTP/1.1\r\nHost: x\r\n\r\nGET /2 HTTP/1.1\r\nHost: x\r\n\r\n');
  });
  let data = '';
  c.setEncoding('latin1');
  c.on('data', (d) => {
    data += d;
    if (data.endsWith('/2')) done();
  });
  const done = common.mustCall(() => {
    const heads = data.match(/Connection: [\w-]+(\r\nKeep-Alive: [^\r]+)?/g);
    assert.deepStrictEqual(heads, ['Connection: keep-alive\r\nKeep-Alive: timeout=5, max=2', 'Connection: close']);
    c.destroy();
    const idle = net.connect(server.address().port, () => idle.write('GET /i HTTP/1.1\r\nHost: x\r\n\r\n'));
    idle.once('data', common.mustCall(() => {
      setImmediate(() => server.closeIdleConnections());
    }));
    idle.on('close', common.mustCall(() => server.close()));
  });
}));
