'use strict';
// setTimeout emits 'timeout' after idleness (not closing the socket); activity
// postpones it; setTimeout(0) disables it.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((sock) => {
  sock.on('data', () => {});
  sock.on('end', () => sock.end());
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect(server.address().port, '127.0.0.1');
  const start = Date.now();
  assert.strictEqual(c.setTimeout(50, common.mustCall(() => {
    assert.ok(Date.now() - start >= 45);
    assert.strictEqual(c.destroyed, false);
    c.setTimeout(0);
    setTimeout(common.mustCall(() => c.end()), 80);
  })), c);
  c.on('close', common.mustCall(() => server.close()));
  assert.throws(() => c.setTimeout(-1), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => c.setTimeout('1'), { code: 'ERR_INVALID_ARG_TYPE' });
}));
