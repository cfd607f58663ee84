'use strict';
// connect() options: timeout emits 'timeout', noDelay/keepAlive are accepted
// before and after connecting, family 4 selects IPv4, and the callback forms.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer({ noDelay: true, keepAlive: true, keepAliveInitialDelay: 1000 }, (sock) => {
  sock.resume();
  sock.on('end', () => sock.end());
});
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  const c = net.createConnection({ port, host: 'localhost', family: 4, timeout: 30, noDelay: true, keepAlive: true },
                                 common.mustCall(() => {
                                   assert.strictEqual(c.remoteFamily, 'IPv4');
                                   assert.strictEqual(c.setNoDelay(false), c);
                                   assert.strictEqual(c.setKeepAlive(true, 500), c);
                                 }));
  c.on('timeout', common.mustCall(() => {
    c.setTimeout(0); // disarmed: under load the close can take longer than 30 ms
    c.end();
  }));
  c.on('close', common.mustCall(() => {
    const d = new net.Socket();
    assert.strictEqual(d.setNoDelay(), d);
    assert.strictEqual(d.setKeepAlive(true), d);
    assert.strictEqual(d.readyState, 'open');
    assert.strictEqual(d.pending, true);
    d.connect(port, common.mustCall(() => {
      d.destroy();
      server.close();
    }));
  }));
}));
