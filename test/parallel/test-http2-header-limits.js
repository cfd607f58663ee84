'use strict';
// Header limits: a request whose header block has more fields than the server's
// maxHeaderListPairs (at least 4), or more bytes than its maxHeaderListSize setting,
// is refused with RST_STREAM ENHANCE_YOUR_CALM and never becomes a 'stream'. A
// header block over the sender's maxSendHeaderBlockLength is not sent: 'frameError'
// (HEADERS, FRAME_SIZE_ERROR), then nghttp2 refuses the request.
const common = require('../common');
const assert = require('assert');
const http2 = require('http2');
const { NGHTTP2_ENHANCE_YOUR_CALM, NGHTTP2_REFUSED_STREAM, NGHTTP2_FRAME_SIZE_ERROR } = http2.constants;

const cases = [
  [{ maxHeaderListPairs: 0 }, { foo: 'bar' }],
  [{ settings: { maxHeaderListSize: 100 } }, { foo: 'a'.repeat(200) }],
];

function next() {
  const c = cases.shift();
  if (!c) return sendLimit();
  const [options, headers] = c;
  const server = http2.createServer(options);
  server.on('stream', common.mustNotCall());
  server.listen(0, common.mustCall(() => {
    const client = http2.connect(`http://localhost:${server.address().port}`);
    client.once('remoteSettings', common.mustCall(() => {
      const req = client.request(headers);
      req.on('error', common.expectsError({
        code: 'ERR_HTTP2_STREAM_ERROR',
        message: 'Stream closed with error code NGHTTP2_ENHANCE_YOUR_CALM',
      }));
      req.on('close', common.mustCall(() => {
        assert.strictEqual(req.rstCode, NGHTTP2_ENHANCE_YOUR_CALM);
        client.close();
        server.close(next);
      }));
    }));
  }));
}

function sendLimit() {
  const server = http2.createServer();
  server.on('stream', common.mustNotCall());
  server.listen(0, common.mustCall(() => {
    const client = http2.connect(`http://localhost:${server.address().port}`,
                                 { maxSendHeaderBlockLength: 10 });
    client.on('error', () => {});
    const req = client.request();
    req.on('frameError', common.mustCall((type, code) => {
      assert.strictEqual(type, 1);
      assert.strictEqual(code, NGHTTP2_FRAME_SIZE_ERROR);
    }));
    req.on('error', common.expectsError({ code: 'ERR_HTTP2_STREAM_ERROR' }));
    req.on('close', common.mustCall(() => {
      assert.strictEqual(req.rstCode, NGHTTP2_REFUSED_STREAM);
      client.close();
      server.close();
    }));
  }));
}

next();
