'use strict';
// Destroying a session: requests still waiting for the connection fail with
// ERR_HTTP2_STREAM_CANCEL (the cause attached); session.closed stays false (only a
// graceful close sets it). A GOAWAY with an error code fails the peer's session
// and streams with ERR_HTTP2_SESSION_ERROR, while the side that sent it sees its
// stream cancelled without an error when the connection goes.
const common = require('../common');
const assert = require('assert');
const http2 = require('http2');

const server = http2.createServer();
server.on('stream', common.mustCall((stream) => {
  stream.on('error', common.mustNotCall());
  stream.on('close', common.mustCall(() => {
    assert.strictEqual(stream.rstCode, http2.constants.NGHTTP2_CANCEL);
  }));
  stream.session.goaway(http2.constants.NGHTTP2_PROTOCOL_ERROR);
}));

server.listen(0, common.mustCall(() => {
  const url = `http://localhost:${server.address().port}`;
  const early = http2.connect(url);
  const pending = early.request();
  pending.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_HTTP2_STREAM_CANCEL');
    assert.strictEqual(err.message, 'The pending stream has been canceled (caused by: Session closed with error code 7)');
    assert.strictEqual(err.cause.code, 'ERR_HTTP2_SESSION_ERROR');
  }));
  early.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_HTTP2_SESSION_ERROR');
    assert.strictEqual(early.closed, false);
    assert.strictEqual(early.destroyed, true);
  }));
  early.destroy(http2.constants.NGHTTP2_REFUSED_STREAM);

  const client = http2.connect(url);
  client.on('error', common.mustCall((err) => {
    assert.strictEqual(err.message, 'Session closed with error code 1');
  }));
  const req = client.request();
  req.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_HTTP2_SESSION_ERROR');
  }));
  req.resume();
  req.on('close', common.mustCall(() => {
    assert.strictEqual(req.rstCode, http2.constants.NGHTTP2_PROTOCOL_ERROR);
    server.close();
  }));
}));
