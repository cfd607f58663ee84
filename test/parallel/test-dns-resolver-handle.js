'use strict';
// A Resolver keeps its c-ares channel as node's own `_handle`, and getServers()
// reads the servers from it.
const common = require('../common');
const assert = require('node:assert');
const dns = require('node:dns');

for (const Resolver of [dns.Resolver, dns.promises.Resolver]) {
  const resolver = new Resolver();
  assert.deepStrictEqual(Object.keys(resolver), ['_handle']);
  resolver.setServers(['127.0.0.1', '[::1]:5353']);
  assert.deepStrictEqual(resolver.getServers(), ['127.0.0.1', '[::1]:5353']);
  resolver._handle.getServers = common.mustCall();
  assert.deepStrictEqual(resolver.getServers(), []);
}
