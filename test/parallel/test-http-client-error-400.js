'use strict';
// A malformed request gets node's default answer: 400 Bad Request, Connection: close,
// then the socket closes; 'clientError' sees the parse error when listened to.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustNotCall());
server.listen(0, common.mustCall(() => {
  const c = net.connect(server.address().port, () => c.write('GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n'));
  let data = '';
  c.on('data', (d) => data += d);
  c.on('close', common.mustCall(() => {
    assert.strictEqual(data, 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    const server2 = http.createServer(common.mustNotCall());
    server2.on('clientError', common.mustCall((err, socket) => {
      assert.strictEqual(err.code, 'HPE_INVALID_METHOD');
      assert.strictEqual(err.message, 'Parse Error: Invalid method encountered');
      assert.strictEqual(err.bytesParsed, 1);
      assert.ok(Buffer.isBuffer(err.rawPacket));
      socket.end('HTTP/1.1 418 Nope\r\n\r\n');
    }));
    server2.listen(0, () => {
      const c2 = net.connect(server2.address().port, () => c2.write('G@T / HTTP/1.1\r\n\r\n'));
      let d2 = '';
      c2.on('data', (d) => d2 += d);
      c2.on('end', common.mustCall(() => {
        assert.strictEqual(d2, 'HTTP/1.1 418 Nope\r\n\r\n');
        server.close();
        server2.close();
      }));
    });
  }));
}));
