'use strict';
// connect()ed UDP sockets: 'connect', remoteAddress(), send without an address,
// disconnect(), and the state errors.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

const server = dgram.createSocket('udp4');
server.bind(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  const client = dgram.createSocket('udp4');
  assert.throws(() => client.remoteAddress(), { code: 'ERR_SOCKET_DGRAM_NOT_CONNECTED', message: 'Not connected' });
  assert.throws(() => client.disconnect(), { code: 'ERR_SOCKET_DGRAM_NOT_CONNECTED' });
  client.connect(port, '127.0.0.1', common.mustCall(() => {
    assert.deepStrictEqual(client.remoteAddress(), { address: '127.0.0.1', family: 'IPv4', port });
    assert.throws(() => client.connect(port), { code: 'ERR_SOCKET_DGRAM_IS_CONNECTED', message: 'Already connected' });
    client.send('ping', common.mustCall((err, n) => assert.strictEqual(n, 4)));
  }));
  server.on('message', common.mustCall((msg) => {
    assert.strictEqual(msg.toString(), 'ping');
    client.disconnect();
    assert.throws(() => client.remoteAddress(), { code: 'ERR_SOCKET_DGRAM_NOT_CONNECTED' });
    client.close();
    server.close();
  }));
}));
