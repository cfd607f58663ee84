'use strict';
// resetAndDestroy() sends an RST: the peer's read fails with ECONNRESET and its
// 'close' reports hadError.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((sock) => {
  sock.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ECONNRESET');
    assert.strictEqual(err.syscall, 'read');
  }));
  sock.on('close', common.mustCall((hadError) => {
    assert.strictEqual(hadError, true);
    server.close();
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    assert.strictEqual(c.resetAndDestroy(), c);
  }));
  c.on('close', common.mustCall((hadError) => assert.strictEqual(hadError, false)));
  const never = new net.Socket();
  never.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ERR_SOCKET_CLOSED')));
  never.resetAndDestroy();
}));
