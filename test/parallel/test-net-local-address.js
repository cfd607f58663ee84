'use strict';
// localAddress/localPort bind the client before it connects; the server sees them.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((sock) => {
  assert.strictEqual(sock.remoteAddress, '127.0.0.1');
  sock.end(String(sock.remotePort));
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect({ port: server.address().port, host: '127.0.0.1', localAddress: '127.0.0.1' });
  let got = '';
  c.setEncoding('utf8');
  c.on('data', (d) => (got += d));
  c.on('end', common.mustCall(() => {
    assert.strictEqual(got, String(c.localPort));
    server.close();
  }));
}));
