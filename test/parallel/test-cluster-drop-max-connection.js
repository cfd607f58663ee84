'use strict';
// A cluster worker's server with dropMaxConnection set drops connections past
// maxConnections itself, with 'drop', instead of turning them back to the primary.
const common = require('../common');
const assert = require('assert');
const cluster = require('cluster');
const net = require('net');

if (cluster.isPrimary) {
  cluster.fork().on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
  return;
}

const server = net.createServer(common.mustNotCall());
server.maxConnections = 0;
server.dropMaxConnection = true;
server.on('drop', common.mustCall((data) => {
  assert.strictEqual(data.localPort, server.address().port);
  server.close(() => cluster.worker.disconnect());
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  net.connect(server.address().port, '127.0.0.1').on('error', () => {});
}));
