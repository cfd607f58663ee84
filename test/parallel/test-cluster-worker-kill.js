'use strict';
// cluster.Worker: messages both ways, kill() ends the worker with the signal and
// exitedAfterDisconnect false; 'disconnect' then 'exit' on the worker and cluster.
const common = require('../common');
const assert = require('node:assert');
const cluster = require('node:cluster');

if (cluster.isPrimary) {
  const worker = cluster.fork({ EDDY_CLUSTER_TEST: 'env passed' });
  assert.strictEqual(worker.id, 1);
  assert.strictEqual(cluster.workers[1], worker);
  worker.on('online', common.mustCall(() => {
    assert.strictEqual(worker.isConnected(), true);
    assert.strictEqual(worker.isDead(), false);
    worker.send('ping');
  }));
  worker.on('message', common.mustCall((message) => {
    assert.deepStrictEqual(message, { pong: 'env passed' });
    worker.kill('SIGKILL');
  }));
  cluster.on('message', common.mustCall());
  worker.on('disconnect', common.mustCall());
  worker.on('exit', common.mustCall((code, signal) => {
    assert.strictEqual(code, null);
    assert.strictEqual(signal, 'SIGKILL');
    assert.strictEqual(worker.exitedAfterDisconnect, false);
    assert.strictEqual(worker.isDead(), true);
  }));
  cluster.on('exit', common.mustCall(() => assert.strictEqual(cluster.workers[1], undefined)));
} else {
  process.on('message', (m) => {
    assert.strictEqual(m, 'ping');
    process.send({ pong: process.env.EDDY_CLUSTER_TEST });
  });
}
