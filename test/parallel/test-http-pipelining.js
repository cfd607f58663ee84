'use strict';
// Pipelined requests on one keep-alive connection are answered in order, even when the
// first response is finished last.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const pending = [];
const server = http.createServer(common.mustCall((req, res) => {
  pending.push(res);
  if (pending.length === 3) {
    pending[2].end('third');
    pending[1].end('second');
    pending[0].end('first');
  }
}, 3));

server.listen(0, common.mustCall(() => {
  const c = net.connect(server.address().port, () => {
    c.write('GET /1 HTTP/1.1\r\nHost: x\r\n\r\nGET /2 HTTP/1.1\r\nHost: x\r\n\r\nGET /3 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  });
  let data = '';
  c.setEncoding('latin1');
  c.on('data', (d) => data += d);
  c.on('end', common.mustCall(() => {
    const bodies = data.split(/HTTP\/1\.1 200 OK\r\n[^]*?\r\n\r\n/).filter(Boolean);
    assert.deepStrictEqual(bodies, ['first', 'second', 'third']);
    assert.match(data, /Connection: close\r\n/);
    server.close();
  }));
}));
