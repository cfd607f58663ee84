'use strict';
// Round-robin cluster: a worker whose server is at maxConnections turns connections
// back, and the primary hands them to a worker with room.
const common = require('../common');
const assert = require('node:assert');
const cluster = require('node:cluster');
const net = require('node:net');

if (cluster.isPrimary) {
  cluster.schedulingPolicy = cluster.SCHED_RR;
  const full = cluster.fork({ MAX: 0 });
  const roomy = cluster.fork({ MAX: 10 });
  let listening = 0;
  let served = 0;
  cluster.on('listening', common.mustCall((worker, address) => {
    if (++listening < 2) return;
    for (let i = 0; i < 4; i++) {
      net.connect(address.port, '127.0.0.1').on('data', common.mustCall((d) => {
        assert.strictEqual(`${d}`, `worker ${roomy.id}`);
        if (++served === 4) {
          full.disconnect();
          roomy.disconnect();
        }
      }));
    }
  }, 2));
} else {
  const server = net.createServer((socket) => socket.end(`worker ${cluster.worker.id}`));
  server.maxConnections = +process.env.MAX;
  server.listen(0, '127.0.0.1');
}
