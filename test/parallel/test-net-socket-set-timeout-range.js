'use strict';
// socket.setTimeout and request.setTimeout take a non-negative finite number and cut a
// duration over 2**31-1 down to it with a TimeoutOverflowWarning.
const common = require('../common');
const assert = require('node:assert');
const http = require('node:http');
const net = require('node:net');

const socket = new net.Socket();
for (const msecs of [Infinity, -1, NaN, -Infinity]) {
  assert.throws(() => socket.setTimeout(msecs), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "msecs" is out of range. It must be a non-negative finite number. ' +
      `Received ${msecs}`,
  });
}
assert.throws(() => socket.setTimeout('1'), { code: 'ERR_INVALID_ARG_TYPE' });
const req = http.request({ port: 1, createConnection: () => new net.Socket() });
assert.throws(() => req.setTimeout(Infinity), { code: 'ERR_OUT_OF_RANGE' });
req.on('error', () => {});
req.destroy();

process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'TimeoutOverflowWarning');
  assert.strictEqual(warning.message,
                     '2147483648 does not fit into a 32-bit signed integer.\nTimer duration was truncated to 2147483647.');
}));
socket.setTimeout(2 ** 31);
socket.setTimeout(0);
