'use strict';
// new dns.Resolver({ timeout: 0 }) times queries out at once (ETIMEOUT) against a
// server that never answers; 0 is a timeout, not "the default".
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');
const dns = require('dns');

const server = dgram.createSocket('udp4');
server.bind(0, '127.0.0.1', common.mustCall(() => {
  const resolver = new dns.Resolver({ timeout: 0, tries: 1 });
  resolver.setServers([`127.0.0.1:${server.address().port}`]);
  resolver.resolve4('silent.test', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ETIMEOUT');
    server.close();
  }));
}));
