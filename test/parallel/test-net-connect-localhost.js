'use strict';
// Connecting by name goes through dns.lookup ('lookup' events) and, with
// autoSelectFamily, tries each address until one answers; a custom lookup is used.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer((sock) => sock.end('ok'));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  const c = net.connect({ port, host: 'localhost' });
  c.on('lookup', common.mustCallAtLeast((err, address, family, host) => {
    assert.strictEqual(err, null);
    assert.strictEqual(host, 'localhost');
    assert.strictEqual(net.isIP(address), family);
  }));
  c.on('connect', common.mustCall(() => {
    assert.strictEqual(c.remoteAddress, '127.0.0.1');
    const lookup = common.mustCall((host, opts, cb) => {
      assert.strictEqual(host, 'example.invalid');
      cb(null, '127.0.0.1', 4);
    });
    const d = net.connect({ port, host: 'example.invalid', lookup, autoSelectFamily: false });
    d.on('data', common.mustCall((data) => assert.strictEqual(String(data), 'ok')));
    d.on('close', common.mustCall(() => server.close()));
  }));
  c.resume();
}));
