'use strict';
// net sockets refuse object-mode options, and a non-string host.
require('../common');
const assert = require('assert');
const net = require('net');

for (const key of ['objectMode', 'readableObjectMode', 'writableObjectMode']) {
  assert.throws(() => net.createConnection({ port: 8080, [key]: true }), {
    code: 'ERR_INVALID_ARG_VALUE',
    name: 'TypeError',
    message: `The property 'options.${key}' is not supported. Received true`,
  });
}
for (const host of [['192.168.0.1'], 5]) {
  assert.throws(() => net.createConnection({ host, port: 8080 }), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
  });
}
