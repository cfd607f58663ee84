'use strict';
// resolver.cancel() on a callback dns.Resolver: the cancelled queries' callbacks do
// not run inside cancel(). They run after the JS that called it, its ticks and
// promise jobs, in the order the queries were made, and before the setImmediate
// callbacks queued in the same turn (node hands c-ares results over from its check
// phase). The DNS server here never answers.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');
const dns = require('dns');

const server = dgram.createSocket('udp4');
server.bind(0, '127.0.0.1', common.mustCall(() => {
  const resolver = new dns.Resolver();
  resolver.setServers([`127.0.0.1:${server.address().port}`]);
  const order = [];
  resolver.resolve4('example.org', common.mustCall((err, addresses) => {
    assert.strictEqual(err.code, 'ECANCELLED');
    assert.strictEqual(err.syscall, 'queryA');
    assert.strictEqual(addresses, undefined);
    order.push('resolve4');
  }));
  resolver.reverse('192.0.2.1', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ECANCELLED');
    order.push('reverse');
  }));
  setImmediate(common.mustCall(() => {
    order.push('immediate');
    assert.deepStrictEqual(order, [
      'after cancel', 'tick', 'microtask', 'resolve4', 'reverse', 'immediate',
    ]);
    // The channel is usable again, and idle: nothing keeps the process alive.
    resolver.setServers([`127.0.0.1:${server.address().port}`]);
    server.close();
  }));
  process.nextTick(() => order.push('tick'));
  Promise.resolve().then(() => order.push('microtask'));
  resolver.cancel();
  order.push('after cancel');
}));
