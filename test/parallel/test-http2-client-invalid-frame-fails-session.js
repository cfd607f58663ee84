'use strict';
// A server that answers with a HEADERS frame on a stream the client never opened (an
// idle stream: a connection error, RFC 9113 5.1) makes nghttp2 end the connection
// with GOAWAY PROTOCOL_ERROR. The session fails with ERR_HTTP2_ERROR "Protocol error"
// and the open requests with it, as in node (not a quiet close, which would look
// like an answer that merely ended).
const common = require('../common');
const assert = require('assert');
const http2 = require('http2');
const net = require('net');

const settings = Buffer.from('000000040000000000', 'hex');
// HEADERS (END_STREAM | END_HEADERS) on stream 45315, ':status: 200' indexed.
const headersOnIdleStream = Buffer.from('0000010105' + '0000b103' + '88', 'hex');

const server = net.createServer((socket) => {
  socket.on('error', () => {});
  socket.on('data', () => {});
  socket.end(Buffer.concat([settings, headersOnIdleStream]));
});

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const session = http2.connect(`http://127.0.0.1:${server.address().port}`);
  session.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_HTTP2_ERROR');
    assert.strictEqual(err.message, 'Protocol error');
  }));
  const req = session.request({ ':path': '/' });
  req.on('response', common.mustNotCall());
  req.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_HTTP2_ERROR');
  }));
  req.on('close', common.mustCall(() => {
    assert.strictEqual(req.rstCode, http2.constants.NGHTTP2_INTERNAL_ERROR);
  }));
  req.end();
  session.on('close', common.mustCall(() => server.close()));
}));
