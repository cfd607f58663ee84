'use strict';
// The built-in http2.{client,server}.stream.* channels fire in node's order, with
// node's message shapes, over one POST request.
const common = require('../common');
const assert = require('node:assert');
const dc = require('node:diagnostics_channel');
const http2 = require('node:http2');

const events = [];
for (const side of ['client', 'server']) {
  for (const name of ['created', 'start', 'finish', 'bodyChunkSent', 'bodySent', 'close', 'error']) {
    dc.subscribe(`http2.${side}.stream.${name}`, (msg) => {
      assert.strictEqual(msg.stream.constructor.name, side === 'client' ? 'ClientHttp2Stream' : 'ServerHttp2Stream');
      events.push(`${side}.${name}`);
      if (name === 'created' || name === 'start') assert.strictEqual(typeof msg.headers, 'object');
      if (name === 'finish') assert.strictEqual(typeof msg.flags, 'number');
      if (name === 'close') {
        assert.strictEqual(msg.stream.closed, true);
        assert.strictEqual(msg.stream.rstCode, http2.constants.NGHTTP2_NO_ERROR);
      }
      if (name === 'bodyChunkSent') {
        assert.strictEqual(msg.writev, true);
        assert.strictEqual(msg.encoding, '');
        assert.deepStrictEqual(msg.data.map((b) => b.toString()), ['ab', 'cd']);
      }
    });
  }
}

const server = http2.createServer();
server.on('stream', common.mustCall((stream) => {
  stream.resume();
  stream.on('end', () => stream.respond({ ':status': 200 }, { endStream: true }));
}));

server.listen(0, common.mustCall(() => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request({ ':method': 'POST' });
  req.write(Buffer.from('ab'));
  req.write(Buffer.from('cd'));
  req.end();
  req.resume();
  req.on('close', common.mustCall(() => {
    client.close();
    server.close(common.mustCall(() => {
      const order = (side) => events.filter((e) => e.startsWith(side));
      assert.deepStrictEqual(order('client'), [
        'client.created', 'client.bodyChunkSent', 'client.start', 'client.bodySent',
        'client.finish', 'client.close',
      ]);
      assert.deepStrictEqual(order('server'), [
        'server.created', 'server.start', 'server.finish', 'server.close',
      ]);
    }));
  }));
}));
