'use strict';
// A peer whose first frame is not SETTINGS does not speak HTTP/2: the session fails
// with ERR_HTTP2_ERROR 'Protocol error' (errno -505), on a client (its requests fail
// with it too) and on a server ('sessionError'). nghttp2 reports this case only to
// its error callback; it used to end the session without an error. (Found by the
// differential wire fuzzer: an answer whose SETTINGS frame had another type.)
const common = require('../common');
const assert = require('assert');
const net = require('net');
const http2 = require('http2');

const protocolError = { code: 'ERR_HTTP2_ERROR', errno: -505, message: 'Protocol error' };
// A PING frame (type 6) where SETTINGS must come first.
const ping = Buffer.from([0, 0, 8, 6, 0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8]);

function client() {
  const raw = net.createServer(common.mustCall((socket) => {
    socket.on('error', () => {}).resume();
    socket.end(ping);
  }));
  raw.listen(0, '127.0.0.1', common.mustCall(() => {
    const session = http2.connect(`http://127.0.0.1:${raw.address().port}`);
    session.on('error', common.mustCall((err) => assert.deepStrictEqual(
      { code: err.code, errno: err.errno, message: err.message }, protocolError)));
    const req = session.request({ ':path': '/' });
    req.on('response', common.mustNotCall());
    req.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ERR_HTTP2_ERROR')));
    req.on('close', common.mustCall());
    session.on('close', common.mustCall(() => raw.close()));
  }));
}

function server() {
  const h2 = http2.createServer();
  h2.on('stream', common.mustNotCall());
  h2.on('sessionError', common.mustCall((err) => assert.deepStrictEqual(
    { code: err.code, errno: err.errno, message: err.message }, protocolError)));
  h2.on('session', common.mustCall((session) => {
    session.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ERR_HTTP2_ERROR')));
  }));
  h2.listen(0, '127.0.0.1', common.mustCall(() => {
    const socket = net.connect(h2.address().port, '127.0.0.1', () => {
      socket.write('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n');
      socket.write(ping);
    });
    socket.on('error', () => {}).resume();
    socket.on('close', common.mustCall(() => h2.close()));
  }));
}

client();
server();
