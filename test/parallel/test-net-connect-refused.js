'use strict';
// Connecting to a closed port: ECONNREFUSED with node's message, then 'close'
// with hadError true.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer();
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  server.close(common.mustCall(() => {
    const c = net.connect({ port, host: '127.0.0.1' });
    c.on('connect', common.mustNotCall());
    c.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ECONNREFUSED');
      assert.strictEqual(err.syscall, 'connect');
      assert.strictEqual(err.address, '127.0.0.1');
      assert.strictEqual(err.port, port);
      assert.strictEqual(err.message, `connect ECONNREFUSED 127.0.0.1:${port}`);
    }));
    c.on('close', common.mustCall((hadError) => assert.strictEqual(hadError, true)));
  }));
}));
