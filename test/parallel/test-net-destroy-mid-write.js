'use strict';
// The peer goes away while a large write is queued: the writer gets an error (or
// a clean close), never a crash, and later writes fail with node's errors.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((sock) => {
  sock.on('error', common.mustCall((err) => {
    assert.ok(['EPIPE', 'ECONNRESET'].includes(err.code), err.code);
  }));
  sock.on('close', common.mustCall(() => {
    assert.strictEqual(sock.destroyed, true);
    sock.write('late', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_STREAM_DESTROYED');
    }));
    server.close();
  }));
  // Far more than the socket buffers hold: most of it is queued in libuv.
  sock.write(Buffer.alloc(16 * 1024 * 1024));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.once('data', common.mustCall(() => c.resetAndDestroy()));
}));
