'use strict';
// respondWithFD: a descriptor that cannot be read sends the response headers and
// then resets the stream with INTERNAL_ERROR (no END_STREAM, so the client sees no
// 'end').
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const http2 = require('http2');

let badFd = 100;
for (;;) {
  try {
    fs.fstatSync(badFd);
    badFd++;
  } catch {
    break;
  }
}

const server = http2.createServer();
server.on('stream', common.mustCall((stream) => {
  stream.on('error', common.expectsError({ code: 'ERR_HTTP2_STREAM_ERROR' }));
  stream.respondWithFD(badFd);
}));

server.listen(0, common.mustCall(() => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const bad = client.request({ ':path': '/bad' });
  bad.on('response', common.mustCall());
  bad.on('end', common.mustNotCall());
  bad.on('error', common.expectsError({
    code: 'ERR_HTTP2_STREAM_ERROR',
    message: 'Stream closed with error code NGHTTP2_INTERNAL_ERROR',
  }));
  bad.on('close', common.mustCall(() => {
    assert.strictEqual(bad.rstCode, http2.constants.NGHTTP2_INTERNAL_ERROR);
    client.close();
    server.close();
  }));
}));
