'use strict';
// dgram in cluster workers: bind() goes through the primary, so two workers bound to
// the same port share one socket; an exclusive bind stays the worker's own.
const common = require('../common');
const assert = require('node:assert');
const cluster = require('node:cluster');
const dgram = require('node:dgram');

if (cluster.isPrimary) {
  const ports = [];
  for (let i = 0; i < 2; i++) {
    const worker = cluster.fork();
    worker.on('message', common.mustCall((msg) => {
      ports.push(msg);
      if (ports.length === 2) {
        assert.strictEqual(ports[0].shared, ports[1].shared);
        assert.notStrictEqual(ports[0].exclusive, ports[1].exclusive);
        for (const id in cluster.workers) cluster.workers[id].disconnect();
      }
    }));
    worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
  }
} else {
  const first = dgram.createSocket('udp4');
  // Both workers ask for port 0 at 127.0.0.1: the primary makes one socket for that
  // key, so both end up on the same port.
  first.bind(0, '127.0.0.1', common.mustCall(() => {
    const own = dgram.createSocket('udp4');
    own.bind({ port: 0, address: '127.0.0.1', exclusive: true }, common.mustCall(() => {
      process.send({ shared: first.address().port, exclusive: own.address().port });
      own.close();
    }));
  }));
}
