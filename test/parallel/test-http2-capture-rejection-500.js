'use strict';
// events.captureRejections with http2 servers: an async 'request' listener that
// rejects before responding gets a bare 500 (headers it set are dropped); an async
// 'stream' listener that rejects after responding destroys the stream with the error.
const common = require('../common');
const assert = require('assert');
const http2 = require('http2');
const events = require('events');

events.captureRejections = true;

const server = http2.createServer({}, common.mustCall(async (req, res) => {
  res.setHeader('x-secret', '1');
  throw new Error('kaboom');
}));
const server2 = http2.createServer();
const boom = new Error('boom');
server2.on('stream', common.mustCall(async (stream) => {
  stream.respond();
  stream.on('error', common.mustCall((err) => assert.strictEqual(err, boom)));
  throw boom;
}));

server.listen(0, common.mustCall(() => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request();
  req.on('response', common.mustCall((headers) => {
    assert.strictEqual(headers[':status'], 500);
    assert.strictEqual(headers['x-secret'], undefined);
  }));
  req.resume();
  req.on('close', common.mustCall(() => {
    client.close();
    server.close();
    server2.listen(0, common.mustCall(() => {
      const client2 = http2.connect(`http://localhost:${server2.address().port}`);
      const req2 = client2.request();
      req2.on('error', common.expectsError({ code: 'ERR_HTTP2_STREAM_ERROR' }));
      req2.resume();
      req2.on('close', common.mustCall(() => {
        client2.close();
        server2.close();
      }));
    }));
  }));
}));
