'use strict';
// util.inspect of an http2 stream or session is node's summary: the id (or
// '<pending>'), closed/destroyed, the nghttp2 state and, for a stream, its readable
// and writable states; for a session its settings.
const common = require('../common');
const assert = require('assert');
const http2 = require('http2');
const util = require('util');

const server = http2.createServer();
server.on('stream', common.mustCall((stream) => {
  const text = util.inspect(stream);
  assert.match(text, /^Http2Stream {\n {2}id: 1,\n {2}closed: false,\n {2}destroyed: false,\n {2}state: {/);
  assert.match(text, /\n {2}readableState: ReadableState {/);
  assert.match(text, /\n {2}writableState: WritableState {/);
  stream.respond();
  stream.end('ok');
}));

server.listen(0, common.mustCall(() => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.on('connect', common.mustCall(() => {
    const text = util.inspect(client);
    assert.match(text, /^Http2Session {\n {2}type: 1,\n {2}closed: false,\n {2}destroyed: false,\n {2}state: {/);
    assert.match(text, /\n {2}localSettings: {\n {4}headerTableSize: 4096,/);
    assert.match(text, /\n {2}remoteSettings: {/);
    const req = client.request();
    req.resume();
    req.on('close', common.mustCall(() => {
      client.close();
      server.close();
    }));
  }));
}));
