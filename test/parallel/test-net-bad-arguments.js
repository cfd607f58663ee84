'use strict';
// Wrong arguments to connect/listen throw node's errors synchronously.
require('../common');
const assert = require('assert');
const net = require('net');

assert.throws(() => net.connect({ port: -1 }), {
  code: 'ERR_SOCKET_BAD_PORT', name: 'RangeError',
  message: 'Port should be >= 0 and < 65536. Received type number (-1).',
});
assert.throws(() => net.connect({ port: 65536 }), { code: 'ERR_SOCKET_BAD_PORT' });
assert.throws(() => net.connect({ port: true }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => net.connect({}), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "options" or "port" or "path" argument must be specified',
});
assert.throws(() => net.connect({ port: 80, localAddress: 'nope' }), {
  code: 'ERR_INVALID_IP_ADDRESS', message: 'Invalid IP address: nope',
});
assert.throws(() => net.createServer().listen(70000), {
  code: 'ERR_SOCKET_BAD_PORT',
  message: 'options.port should be >= 0 and < 65536. Received type number (70000).',
});
assert.throws(() => net.createServer().listen({}), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: 'The argument \'options\' must have the property "port" or "path". Received {}',
});
assert.throws(() => new net.Socket().setTimeout(-5), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => net.setDefaultAutoSelectFamily(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(net.getDefaultAutoSelectFamily(), true);
assert.strictEqual(net.getDefaultAutoSelectFamilyAttemptTimeout(), 250);
net.setDefaultAutoSelectFamilyAttemptTimeout(5);
assert.strictEqual(net.getDefaultAutoSelectFamilyAttemptTimeout(), 10);
