'use strict';
// In a cluster worker a second listen() made before the primary answered the first
// supersedes it: the server listens once, on the second handle.
const common = require('../common');
const assert = require('node:assert');
const cluster = require('node:cluster');
const net = require('node:net');

if (cluster.isPrimary) {
  cluster.fork().on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
} else {
  const server = net.createServer();
  server.listen(0);
  server.listen(0);
  let answers = 0;
  process.on('internalMessage', (msg) => {
    if (msg.cmd === 'NODE_CLUSTER' && msg.ack !== undefined && ++answers === 2) {
      setImmediate(() => server.close(() => process.disconnect()));
    }
  });
  server.on('listening', common.mustCall());
}
