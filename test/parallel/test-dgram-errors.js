'use strict';
// dgram argument and state errors: bad type, bad ports, bind twice, use after
// close, buffer sizes, and bind EADDRINUSE.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

assert.throws(() => dgram.createSocket('udp5'), {
  code: 'ERR_SOCKET_BAD_TYPE', name: 'TypeError', message: 'Bad socket type specified. Valid types are: udp4, udp6',
});
const s = dgram.createSocket('udp4');
assert.throws(() => s.send('x', 0, '127.0.0.1'), { code: 'ERR_SOCKET_BAD_PORT' });
assert.throws(() => s.send(5, 1234, '127.0.0.1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => s.setRecvBufferSize(-1), {
  code: 'ERR_SOCKET_BAD_BUFFER_SIZE', message: 'Buffer size must be a positive integer',
});
assert.throws(() => s.getRecvBufferSize(), (err) => {
  assert.strictEqual(err.name, 'SystemError');
  assert.strictEqual(err.code, 'ERR_SOCKET_BUFFER_SIZE');
  assert.strictEqual(err.message,
                     'Could not get or set buffer size: uv_recv_buffer_size returned EBADF (bad file descriptor)');
  assert.strictEqual(err.syscall, 'uv_recv_buffer_size');
  return true;
});
assert.throws(() => s.addMembership(), { code: 'ERR_MISSING_ARGS' });

s.bind(0, '127.0.0.1', common.mustCall(() => {
  assert.throws(() => s.bind(0), { code: 'ERR_SOCKET_ALREADY_BOUND', message: 'Socket is already bound' });
  s.setRecvBufferSize(65536);
  assert.ok(s.getRecvBufferSize() >= 65536);
  assert.strictEqual(s.setTTL(16), 16);
  assert.strictEqual(s.setMulticastTTL(2), 2);
  assert.strictEqual(s.setMulticastLoopback(true), true);
  s.setBroadcast(true);
  assert.throws(() => s.setTTL('x'), { code: 'ERR_INVALID_ARG_TYPE' });
  const other = dgram.createSocket('udp4');
  other.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'EADDRINUSE');
    assert.strictEqual(err.syscall, 'bind');
    s.close(common.mustCall(() => {
      assert.throws(() => s.close(), { code: 'ERR_SOCKET_DGRAM_NOT_RUNNING', message: 'Not running' });
      assert.throws(() => s.address(), { code: 'ERR_SOCKET_DGRAM_NOT_RUNNING' });
    }));
  }));
  other.bind(s.address().port, '127.0.0.1');
}));
