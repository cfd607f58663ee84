'use strict';
// udp4 round trip: 'listening', address(), 'message' with rinfo, send with
// strings, arrays, offsets and callbacks reporting the bytes sent.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

const server = dgram.createSocket('udp4');
const client = dgram.createSocket('udp4');
const expected = ['hello', 'abc', 'ell', 'bye'];
const got = [];
server.on('message', common.mustCall((msg, rinfo) => {
  assert.ok(Buffer.isBuffer(msg));
  assert.strictEqual(rinfo.address, '127.0.0.1');
  assert.strictEqual(rinfo.family, 'IPv4');
  assert.strictEqual(rinfo.port, client.address().port);
  assert.strictEqual(rinfo.size, msg.length);
  got.push(msg.toString());
  if (got.length === expected.length) {
    assert.deepStrictEqual(got, expected);
    server.close(common.mustCall());
    client.close();
  }
}, expected.length));

server.bind(0, '127.0.0.1', common.mustCall(() => {
  const { port, address, family } = server.address();
  assert.strictEqual(address, '127.0.0.1');
  assert.strictEqual(family, 'IPv4');
  client.send('hello', port, '127.0.0.1', common.mustCall((err, bytes) => {
    assert.strictEqual(err, null);
    assert.strictEqual(bytes, 5);
    client.send(['a', Buffer.from('b'), new Uint8Array([99])], port, '127.0.0.1', common.mustCall((err, n) => {
      assert.strictEqual(n, 3);
      client.send(Buffer.from('hello'), 1, 3, port, '127.0.0.1', common.mustCall(() => {
        client.send('bye', port);
      }));
    }));
  }));
}));
