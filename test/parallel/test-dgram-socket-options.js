'use strict';
// createSocket options: reuseAddr lets two sockets share a port, buffer sizes are
// applied at bind, an AbortSignal closes the socket, and Symbol.asyncDispose too.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

const a = dgram.createSocket({ type: 'udp4', reuseAddr: true, recvBufferSize: 65536, sendBufferSize: 65536 });
a.bind(0, '127.0.0.1', common.mustCall(() => {
  assert.ok(a.getRecvBufferSize() >= 65536);
  assert.ok(a.getSendBufferSize() >= 65536);
  const b = dgram.createSocket({ type: 'udp4', reuseAddr: true });
  b.bind(a.address().port, '127.0.0.1', common.mustCall(() => {
    assert.strictEqual(b.address().port, a.address().port);
    b.close();
    a[Symbol.asyncDispose]().then(common.mustCall(() => {
      assert.throws(() => a.address(), { code: 'ERR_SOCKET_DGRAM_NOT_RUNNING' });
    }));
  }));
}));

const controller = new AbortController();
const c = dgram.createSocket({ type: 'udp4', signal: controller.signal });
c.on('close', common.mustCall());
c.bind(0, '127.0.0.1', common.mustCall(() => controller.abort()));

const d = dgram.createSocket({ type: 'udp4', lookup: common.mustCall((host, opts, cb) => cb(null, '127.0.0.1', 4)) });
d.bind(0, 'custom.invalid', common.mustCall(() => {
  assert.strictEqual(d.address().address, '127.0.0.1');
  assert.strictEqual(d.getSendQueueSize(), 0);
  assert.strictEqual(d.getSendQueueCount(), 0);
  d.close();
}));
