'use strict';
// request({ signal }): aborting destroys the stream with an AbortError and resets
// it with CANCEL; the http2.client.stream.error channel sees the same error.
const common = require('../common');
const assert = require('node:assert');
const dc = require('node:diagnostics_channel');
const http2 = require('node:http2');

let published;
dc.subscribe('http2.client.stream.error', common.mustCall(({ stream, error }) => {
  assert.strictEqual(stream.destroyed, true);
  published = error;
}));

const server = http2.createServer();
server.listen(0, common.mustCall(() => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const ac = new AbortController();
  const stream = client.request({}, { signal: ac.signal });
  ac.abort();
  stream.on('error', common.mustCall((err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.code, 'ABORT_ERR');
    assert.strictEqual(err, published);
    assert.strictEqual(stream.rstCode, http2.constants.NGHTTP2_CANCEL);
    client.close();
    server.close();
  }));
}));
