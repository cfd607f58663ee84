'use strict';
// A request with no port goes to the agent's default port (80 for http): the
// connection is attempted there, and its error names that address.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

// Only meaningful when nothing listens on 127.0.0.1:80.
const probe = net.connect(80, '127.0.0.1');
probe.on('connect', () => {
  probe.destroy();
  common.skip('something listens on port 80');
});
probe.on('error', common.mustCall(() => {
  const agent = new http.Agent();
  agent.createConnection = common.mustCall(function(options, cb) {
    assert.strictEqual(options.port, 80);
    assert.strictEqual(options.host, '127.0.0.1');
    return net.createConnection(options, cb);
  });
  http.get({ hostname: '127.0.0.1', agent }, common.mustNotCall()).on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ECONNREFUSED');
    assert.strictEqual(err.port, 80);
  }));
}));
