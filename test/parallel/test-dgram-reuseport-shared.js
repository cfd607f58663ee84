'use strict';
// dgram reusePort: two sockets that both ask for it share one port (SO_REUSEPORT);
// one that does not ask is refused with EADDRINUSE.
const common = require('../common');
const assert = require('node:assert');
const dgram = require('node:dgram');

if (!common.isLinux) common.skip('SO_REUSEPORT semantics checked on Linux');

const first = dgram.createSocket({ type: 'udp4', reusePort: true });
first.bind(0, '127.0.0.1', common.mustCall(() => {
  const { port } = first.address();
  const second = dgram.createSocket({ type: 'udp4', reusePort: true });
  second.bind(port, '127.0.0.1', common.mustCall(() => {
    assert.strictEqual(second.address().port, port);
    const third = dgram.createSocket('udp4');
    third.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'EADDRINUSE');
      assert.strictEqual(err.syscall, 'bind');
      third.close();
      second.close();
      first.close();
    }));
    third.bind(port, '127.0.0.1', common.mustNotCall());
  }));
}));
