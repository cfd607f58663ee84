'use strict';
// A Unix domain socket server and client: address() is the path, data flows both
// ways, and connecting to a missing path fails with ENOENT.
const common = require('../common');
const assert = require('assert');
const net = require('net');

// libuv removes the socket file when the server closes.
const dir = process.env.TMPDIR || '/tmp';
const sockPath = `${dir}/eddy-test-net-${process.pid}.sock`;
const missing = `${dir}/eddy-test-net-${process.pid}-missing.sock`;
const server = net.createServer(common.mustCall((sock) => {
  sock.end('pong');
}));
server.listen(sockPath, common.mustCall(() => {
  assert.strictEqual(server.address(), sockPath);
  const c = net.connect(sockPath);
  let got = '';
  c.setEncoding('utf8');
  c.on('data', (d) => (got += d));
  c.on('end', common.mustCall(() => {
    assert.strictEqual(got, 'pong');
    server.close(common.mustCall(() => {
      const bad = net.connect(missing);
      bad.on('error', common.mustCall((err) => {
        assert.strictEqual(err.code, 'ENOENT');
        assert.strictEqual(err.syscall, 'connect');
        assert.strictEqual(err.address, missing);
      }));
    }));
  }));
}));
