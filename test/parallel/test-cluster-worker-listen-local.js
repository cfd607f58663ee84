'use strict';
// In a cluster worker, a server with reusePort binds its own socket (the primary is
// not asked), and with SCHED_NONE a port the primary finds taken fails the worker's
// listen() with EADDRINUSE instead of quietly listening on a random port.
const common = require('../common');
const assert = require('node:assert');
const cluster = require('node:cluster');
const net = require('node:net');

if (cluster.isPrimary) {
  cluster.schedulingPolicy = cluster.SCHED_NONE;
  const hog = net.createServer(common.mustNotCall()).listen(0, common.mustCall(() => {
    cluster.fork({ HOGGED_PORT: hog.address().port }).on('exit', common.mustCall((code) => {
      assert.strictEqual(code, 0);
      hog.close();
    }));
  }));
} else {
  cluster._getServer = common.mustCall(cluster._getServer);
  const taken = net.createServer(common.mustNotCall());
  taken.listen(+process.env.HOGGED_PORT, common.mustNotCall());
  taken.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'EADDRINUSE');
    const own = net.createServer();
    own.listen({ port: 0, host: '127.0.0.1', reusePort: true }, common.mustCall(() => {
      own.close(() => process.disconnect());
    }));
  }));
}
