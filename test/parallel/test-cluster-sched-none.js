'use strict';
// cluster with SCHED_NONE: each worker listens on its own copy of the primary's
// listening socket; connections reach a worker without going through the primary.
const common = require('../common');
const assert = require('node:assert');
const cluster = require('node:cluster');
const net = require('node:net');

if (cluster.isPrimary) {
  cluster.schedulingPolicy = cluster.SCHED_NONE;
  const worker = cluster.fork();
  worker.on('listening', common.mustCall((address) => {
    const socket = net.connect(address.port, '127.0.0.1');
    let data = '';
    socket.on('data', (d) => { data += d; });
    socket.on('end', common.mustCall(() => {
      assert.strictEqual(data, 'from worker 1');
      worker.disconnect();
    }));
  }));
  worker.on('exit', common.mustCall((code) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(worker.exitedAfterDisconnect, true);
  }));
} else {
  net.createServer((socket) => socket.end(`from worker ${cluster.worker.id}`)).listen(0, '127.0.0.1');
}
