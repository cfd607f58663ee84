'use strict';
// SocketAddress: defaults per family, validation, toJSON, parse.
require('../common');
const assert = require('assert');
const net = require('net');

const sa = new net.SocketAddress({ address: '1.2.3.4', port: 80 });
assert.strictEqual(sa.address, '1.2.3.4');
assert.strictEqual(sa.port, 80);
assert.strictEqual(sa.family, 'ipv4');
assert.strictEqual(sa.flowlabel, 0);
assert.deepStrictEqual(sa.toJSON(), { address: '1.2.3.4', port: 80, family: 'ipv4', flowlabel: 0 });
assert.strictEqual(net.SocketAddress.isSocketAddress(sa), true);
assert.strictEqual(net.SocketAddress.isSocketAddress({ address: '1.2.3.4' }), false);
assert.strictEqual(new net.SocketAddress().address, '127.0.0.1');
assert.strictEqual(new net.SocketAddress({ family: 'ipv6' }).address, '::');

assert.deepStrictEqual(net.SocketAddress.parse('1.2.3.4:56').toJSON(),
                       { address: '1.2.3.4', port: 56, family: 'ipv4', flowlabel: 0 });
assert.deepStrictEqual(net.SocketAddress.parse('[::1]:8').toJSON(),
                       { address: '::1', port: 8, family: 'ipv6', flowlabel: 0 });
assert.strictEqual(net.SocketAddress.parse('zz'), undefined);

assert.throws(() => new net.SocketAddress({ port: -1 }), {
  code: 'ERR_SOCKET_BAD_PORT', message: 'options.port should be >= 0 and < 65536. Received type number (-1).',
});
assert.throws(() => new net.SocketAddress({ family: 'x' }), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.family' is invalid. Received 'x'",
});
assert.throws(() => new net.SocketAddress({ address: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.address" property must be of type string. Received type number (1)',
});
assert.throws(() => new net.SocketAddress({ address: '::1' }), { code: 'ERR_INVALID_ADDRESS' });
