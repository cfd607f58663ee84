'use strict';
// A PerformanceObserver of type 'net' gets a 'connect' entry per TCP connection made,
// with the address and port in its detail.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const { PerformanceObserver } = require('perf_hooks');

const entries = [];
const obs = new PerformanceObserver((items) => entries.push(...items.getEntries()));
obs.observe({ type: 'net' });

const server = net.createServer((s) => s.destroy());
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  const client = net.connect(port, '127.0.0.1');
  client.on('close', common.mustCall(() => {
    server.close();
    setTimeout(common.mustCall(() => {
      obs.disconnect();
      assert.strictEqual(entries.length, 1);
      const [e] = entries;
      assert.strictEqual(e.name, 'connect');
      assert.strictEqual(e.entryType, 'net');
      assert.ok(e.duration >= 0);
      assert.deepStrictEqual(e.detail, { host: '127.0.0.1', port });
    }), 20);
  }));
}));
