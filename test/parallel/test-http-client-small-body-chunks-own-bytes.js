'use strict';
// The body chunks of a small response, read whole in one socket chunk, are copies of
// their bytes, as in node: each Buffer has its own ArrayBuffer holding just the chunk,
// not a view on the socket's data. A chunked body of several chunks in one read keeps
// each chunk's bytes and their order, and a Buffer kept from the socket's 'data' is
// left as it was.
const common = require('../common');
const assert = require('node:assert');
const net = require('node:net');
const http = require('node:http');

const parts = ['Hello', ' ', 'small', ' world', '!'];
const answer = 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n' +
  parts.map((p) => `${p.length.toString(16)}\r\n${p}\r\n`).join('') + '0\r\n\r\n';

const server = net.createServer(common.mustCall((socket) => {
  socket.once('data', () => socket.end(answer));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const req = http.get({ port: server.address().port, host: '127.0.0.1' }, common.mustCall((res) => {
    const chunks = [];
    res.on('data', (c) => {
      assert.ok(Buffer.isBuffer(c));
      assert.strictEqual(c.byteOffset, 0);
      assert.strictEqual(c.buffer.byteLength, c.length);
      assert.notStrictEqual(c.buffer, socketData.buffer);
      chunks.push(c);
    });
    res.on('end', common.mustCall(() => {
      assert.deepStrictEqual(chunks.map(String), parts);
      assert.strictEqual(socketData.toString('latin1'), answer);
      server.close();
    }));
  }));
  let socketData;
  req.on('socket', (s) => s.prependListener('data', (d) => {
    // The whole answer is one small chunk (the test is about that case).
    assert.strictEqual(socketData, undefined);
    socketData = d;
  }));
}));
