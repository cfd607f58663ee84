'use strict';
// BlockList: addresses, ranges and subnets in both families, IPv4-mapped IPv6
// matching IPv4 rules, rule text, JSON round trip, argument errors.
require('../common');
const assert = require('assert');
const net = require('net');

const bl = new net.BlockList();
bl.addAddress('123.123.123.123');
bl.addRange('10.0.0.1', '10.0.0.10');
bl.addSubnet('8592:757c:efae:4e45::', 64, 'ipv6');
bl.addSubnet('192.168.0.0', 16);
assert.deepStrictEqual(bl.rules, [
  'Subnet: IPv4 192.168.0.0/16',
  'Subnet: IPv6 8592:757c:efae:4e45::/64',
  'Range: IPv4 10.0.0.1-10.0.0.10',
  'Address: IPv4 123.123.123.123',
]);
assert.strictEqual(bl.check('123.123.123.123'), true);
assert.strictEqual(bl.check('10.0.0.3'), true);
assert.strictEqual(bl.check('10.0.0.11'), false);
assert.strictEqual(bl.check('222.111.111.222'), false);
assert.strictEqual(bl.check('8592:757c:efae:4e45:f::', 'ipv6'), true);
assert.strictEqual(bl.check('8592:757c:efae:4f45::f', 'ipv6'), false);
assert.strictEqual(bl.check('192.168.5.5'), true);
assert.strictEqual(bl.check('::ffff:123.123.123.123', 'ipv6'), true);
assert.strictEqual(bl.check('::ffff:7b7b:7b7b', 'ipv6'), true);
assert.strictEqual(bl.check(new net.SocketAddress({ address: '10.0.0.5' })), true);
assert.strictEqual(bl.check('not an address'), false);
assert.strictEqual(net.BlockList.isBlockList(bl), true);
assert.strictEqual(net.BlockList.isBlockList({}), false);

const copy = new net.BlockList();
copy.fromJSON(bl.toJSON());
assert.deepStrictEqual(copy.rules, [...bl.rules].reverse());
assert.strictEqual(copy.check('10.0.0.10'), true);

assert.throws(() => bl.addAddress(1), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "address" argument must be of type string. Received type number (1)',
});
assert.throws(() => bl.addAddress('1.2.3.4', 'ipv5'), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.family' is invalid. Received 'ipv5'",
});
assert.throws(() => bl.addRange('10.0.0.10', '10.0.0.1'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => bl.addSubnet('1.2.3.4', 33), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "prefix" is out of range. It must be >= 0 && <= 32. Received 33',
});
assert.throws(() => bl.addAddress('zz'), { code: 'ERR_INVALID_ADDRESS', message: 'Invalid socket address' });
