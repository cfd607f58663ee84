'use strict';
// A second server on a port in use gets node's EADDRINUSE error.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const first = net.createServer();
first.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = first.address();
  const second = net.createServer();
  second.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'EADDRINUSE');
    assert.strictEqual(err.syscall, 'listen');
    assert.strictEqual(err.address, '127.0.0.1');
    assert.strictEqual(err.port, port);
    assert.strictEqual(err.message, `listen EADDRINUSE: address already in use 127.0.0.1:${port}`);
    assert.strictEqual(second.listening, false);
    first.close();
  }));
  second.listen(port, '127.0.0.1', common.mustNotCall());
}));
