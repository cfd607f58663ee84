'use strict';
// maxConnections: a connection over the limit is closed at once and reported with
// 'drop' and its addresses.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((sock) => {
  sock.on('close', common.mustCall(() => server.close()));
  const second = net.connect(server.address().port, '127.0.0.1');
  second.on('close', common.mustCall(() => sock.end()));
  second.on('error', () => {});
}));
server.maxConnections = 1;
server.on('drop', common.mustCall((data) => {
  assert.strictEqual(data.localAddress, '127.0.0.1');
  assert.strictEqual(data.localPort, server.address().port);
  assert.strictEqual(data.localFamily, 'IPv4');
  assert.strictEqual(data.remoteAddress, '127.0.0.1');
  assert.strictEqual(data.remoteFamily, 'IPv4');
  assert.strictEqual(typeof data.remotePort, 'number');
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const first = net.connect(server.address().port, '127.0.0.1');
  first.on('close', common.mustCall());
}));
