'use strict';
// net.isIP and friends check anything else as the string it converts to.
require('../common');
const assert = require('assert');
const net = require('net');

assert.strictEqual(net.isIP({ toString: () => '::2001:252:1:255.255.255.255' }), 6);
assert.strictEqual(net.isIP({ toString: () => '127.0.0.1' }), 4);
assert.strictEqual(net.isIP({ toString: () => 'bla' }), 0);
assert.strictEqual(net.isIPv4({ toString: () => '127.0.0.1' }), true);
assert.strictEqual(net.isIPv6({ toString: () => '::1' }), true);
for (const v of [undefined, null, 123, true, {}]) {
  assert.strictEqual(net.isIP(v), 0);
  assert.strictEqual(net.isIPv4(v), false);
  assert.strictEqual(net.isIPv6(v), false);
}
