'use strict';
// resolver.cancel() on a dns.promises.Resolver rejects its pending queries; the
// promise jobs that follow wait until the JS that called cancel() has returned,
// and run in the order they were queued. The DNS server here never answers.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');
const dns = require('dns');

const server = dgram.createSocket('udp4');
server.bind(0, '127.0.0.1', common.mustCall(() => {
  const resolver = new dns.promises.Resolver();
  resolver.setServers([`127.0.0.1:${server.address().port}`]);
  const order = [];
  const rejected = resolver.resolve4('example.org').catch((err) => {
    order.push(`rejected ${err.code}`);
  });
  Promise.resolve().then(() => order.push('microtask'));
  resolver.cancel();
  order.push('after cancel');
  rejected.then(common.mustCall(() => {
    assert.deepStrictEqual(order, ['after cancel', 'microtask', 'rejected ECANCELLED']);
    server.close();
  }));
}));
