'use strict';
// A server stream that writes and is then destroyed with an error in the same tick
// sends its headers and data before the RST_STREAM, as node does (nghttp2 would put
// the reset first), even when the error, thrown with no 'error' listener, interrupts
// the nextTick queue that was to flush them: the client sees the response and the
// data, then the reset.
const common = require('../common');
const assert = require('assert');
const http2 = require('http2');

process.on('uncaughtException', common.mustCall((err) => {
  assert.strictEqual(err.message, 'kaboom');
}));

const server = http2.createServer();
server.on('stream', common.mustCall((stream) => {
  stream.write('hello');
  stream.destroy(new Error('kaboom'));
  server.close();
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = http2.connect(`http://127.0.0.1:${server.address().port}`);
  const request = client.request({ ':path': '/' });
  request.on('response', common.mustCall((headers) => {
    assert.strictEqual(headers[':status'], 200);
  }));
  request.setEncoding('utf8');
  request.on('data', common.mustCall((data) => {
    assert.strictEqual(data, 'hello');
    client.destroy();
  }));
  request.end();
}));
