'use strict';
// listen(0) picks a port; close() runs its callback once the last connection is
// gone; a second close() reports ERR_SERVER_NOT_RUNNING; listen twice throws.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer();
assert.strictEqual(server.address(), null);
assert.strictEqual(server.listening, false);
server.listen(0, '127.0.0.1', common.mustCall(() => {
  assert.throws(() => server.listen(0), {
    code: 'ERR_SERVER_ALREADY_LISTEN',
    message: 'Listen method has been called more than once without closing.',
  });
  const c = net.connect(server.address().port, '127.0.0.1');
  server.once('connection', common.mustCall((sock) => {
    server.getConnections(common.mustCall((err, n) => {
      assert.strictEqual(err, null);
      assert.strictEqual(n, 1);
      let closed = false;
      server.close(common.mustCall(() => {
        closed = true;
        assert.strictEqual(server.listening, false);
        server.close(common.mustCall((err) => {
          assert.strictEqual(err.code, 'ERR_SERVER_NOT_RUNNING');
          assert.strictEqual(err.message, 'Server is not running.');
        }));
      }));
      // The server waits for its open connection before 'close'.
      setTimeout(common.mustCall(() => {
        assert.strictEqual(closed, false);
        sock.destroy();
      }), 20);
    }));
  }));
  c.on('close', common.mustCall());
}));
