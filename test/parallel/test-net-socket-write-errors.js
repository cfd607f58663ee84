'use strict';
// Writes with bad chunks throw node's errors; writing after the peer ended an
// allowHalfOpen:false socket fails; 'close' reports whether an error happened.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((sock) => {
  sock.end('bye');
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    assert.throws(() => c.write(5), { code: 'ERR_INVALID_ARG_TYPE' });
    assert.throws(() => c.write({}), { code: 'ERR_INVALID_ARG_TYPE' });
    assert.throws(() => c.write(null), { code: 'ERR_STREAM_NULL_VALUES' });
  }));
  c.on('data', common.mustCall((d) => assert.strictEqual(String(d), 'bye')));
  c.on('end', common.mustCall(() => {
    setImmediate(common.mustCall(() => {
      assert.strictEqual(c.writable, false);
      c.write('after end', common.mustCall((err) => {
        assert.ok(err);
      }));
    }));
  }));
  c.on('close', common.mustCall(() => server.close()));
}));
