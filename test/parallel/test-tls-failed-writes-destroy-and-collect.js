// Flags: --expose-gc
'use strict';
// Writes that wait for a handshake which fails each fail with EPROTO, one callback
// after another. When the first callback destroys the socket, lets go of it and
// collects garbage, the others still complete: the connection the network read's
// cycle is failing stays alive until that cycle is done (it was freed under it: a
// use after free under ASan; found by the wire fuzzer's TLS exchanges).
const common = require('../common');
const assert = require('assert');
const net = require('net');
const tls = require('tls');

// A server that answers the ClientHello with something that is not TLS.
const server = net.createServer((socket) => {
  socket.on('error', () => {});
  socket.once('data', () => socket.end('HTTP/1.1 400 Bad Request\r\n\r\n'));
});

server.listen(0, '127.0.0.1', common.mustCall(() => {
  let socket = tls.connect({ port: server.address().port, host: '127.0.0.1', rejectUnauthorized: false });
  socket.on('error', () => {});
  const codes = [];
  socket.write('first', common.mustCall((err) => {
    codes.push(err.code);
    socket.destroy();
    socket = null;
    globalThis.gc();
    globalThis.gc();
  }));
  for (let i = 0; i < 5; i++) socket.write('more', common.mustCall((err) => codes.push(err.code)));
  const wait = setInterval(() => {
    if (codes.length < 6) return;
    clearInterval(wait);
    assert.deepStrictEqual(codes, Array(6).fill('EPROTO'));
    server.close();
  }, 10);
}));
