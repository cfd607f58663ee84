'use strict';
// stream.close(): the stream is closed at once (closed, rstCode; a second close()
// changes nothing, and nothing can be sent on it any more). A graceful close of a
// stream that has ended still lets all of its data reach the peer. A server stream
// that sent its whole response without reading the request closes itself, so a
// client that never ends its request still sees the stream close.
const common = require('../common');
const assert = require('assert');
const http2 = require('http2');

const body = Buffer.alloc(200000, 'x');
const server = http2.createServer();
server.on('stream', common.mustCall((stream, headers) => {
  switch (headers[':path']) {
    case '/close':
      stream.close(http2.constants.NGHTTP2_CANCEL);
      assert.strictEqual(stream.closed, true);
      assert.strictEqual(stream.rstCode, http2.constants.NGHTTP2_CANCEL);
      stream.close(http2.constants.NGHTTP2_NO_ERROR);
      assert.strictEqual(stream.rstCode, http2.constants.NGHTTP2_CANCEL);
      assert.throws(() => stream.respond(), { code: 'ERR_HTTP2_INVALID_STREAM' });
      break;
    case '/large':
      stream.respond();
      stream.write(body);
      stream.end();
      stream.close();
      break;
    case '/unread':
      stream.respond();
      stream.end('done');
      break;
  }
}, 3));

server.listen(0, common.mustCall(() => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const closed = client.request({ ':path': '/close' });
  closed.on('response', common.mustNotCall());
  closed.resume();
  closed.on('close', common.mustCall(() => {
    assert.strictEqual(closed.rstCode, http2.constants.NGHTTP2_CANCEL);
    const large = client.request({ ':path': '/large' });
    let received = 0;
    large.on('data', (chunk) => received += chunk.length);
    large.on('close', common.mustCall(() => {
      assert.strictEqual(received, body.length);
      const unread = client.request({ ':path': '/unread', ':method': 'POST' });
      unread.resume();
      unread.on('close', common.mustCall(() => {
        assert.strictEqual(unread.rstCode, http2.constants.NGHTTP2_NO_ERROR);
        client.close();
        server.close();
      }));
    }));
  }));
}));
