'use strict';
// cluster: workers that listen(0) all get the primary's one port; with the default
// round-robin policy the primary accepts and hands connections to the workers;
// cluster.disconnect() ends them with exitedAfterDisconnect.
const common = require('../common');
const assert = require('node:assert');
const cluster = require('node:cluster');
const net = require('node:net');

if (cluster.isPrimary) {
  assert.strictEqual(cluster.isWorker, false);
  assert.strictEqual(cluster.schedulingPolicy, cluster.SCHED_RR);
  const workers = 2;
  const ports = new Set();
  let listening = 0;
  cluster.on('fork', common.mustCall(workers));
  cluster.on('online', common.mustCall(workers));
  cluster.on('listening', common.mustCall((worker, address) => {
    ports.add(address.port);
    if (++listening < workers) return;
    assert.strictEqual(ports.size, 1);
    const [port] = ports;
    assert.ok(port > 0);
    const answers = [];
    for (let i = 0; i < 4; i++) {
      const socket = net.connect(port, '127.0.0.1');
      let data = '';
      socket.setEncoding('utf8');
      socket.on('data', (d) => { data += d; });
      socket.on('end', common.mustCall(() => {
        answers.push(data);
        if (answers.length === 4) {
          // Round robin: both workers answered.
          assert.strictEqual(new Set(answers).size, 2);
          cluster.disconnect(common.mustCall(() => {
            assert.deepStrictEqual(Object.keys(cluster.workers), []);
          }));
        }
      }));
    }
  }, workers));
  cluster.on('exit', common.mustCall((worker, code, signal) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(signal, null);
    assert.strictEqual(worker.exitedAfterDisconnect, true);
    assert.strictEqual(worker.isDead(), true);
  }, workers));
  for (let i = 0; i < workers; i++) cluster.fork();
} else {
  assert.strictEqual(cluster.isWorker, true);
  assert.strictEqual(cluster.isPrimary, false);
  assert.strictEqual(process.env.NODE_UNIQUE_ID, undefined);
  net.createServer((socket) => socket.end(`worker ${cluster.worker.id}`)).listen(0);
}
