'use strict';
// isIP / isIPv4 / isIPv6 on well-formed and malformed addresses.
require('../common');
const assert = require('assert');
const net = require('net');

const cases = [
  ['127.0.0.1', 4], ['255.255.255.255', 4], ['0.0.0.0', 4], ['256.0.0.1', 0], ['1.2.3', 0],
  ['01.2.3.4', 0], ['1.2.3.4.5', 0], ['::', 6], ['::1', 6], ['fe80::1%eth0', 6],
  ['::ffff:127.0.0.1', 6], ['1:2:3:4:5:6:7:8', 6], ['1:2:3:4:5:6:7:8:9', 0], ['1::2::3', 0],
  ['1:2:3:4:5:6:1.2.3.4', 6], ['g::1', 0], ['', 0], [' ::1', 0], ['localhost', 0],
  [123, 0], [undefined, 0], [null, 0],
];
for (const [input, want] of cases) {
  assert.strictEqual(net.isIP(input), want, `isIP(${input})`);
  assert.strictEqual(net.isIPv4(input), want === 4);
  assert.strictEqual(net.isIPv6(input), want === 6);
}
