'use strict';
// Flow control follows the reader: while a server stream is paused, the client can
// send no more than the flow-control window (the bytes wait on the client's side, not
// in the server's memory); once the server reads again, the rest arrives.
const common = require('../common');
const assert = require('assert');
const http2 = require('http2');

const total = 1024 * 1024;
const server = http2.createServer();
server.on('stream', common.mustCall((stream) => {
  stream.pause();
  setTimeout(common.mustCall(() => {
    assert.ok(stream.readableLength < total / 4, `buffered ${stream.readableLength}`);
    let received = 0;
    stream.on('data', (chunk) => received += chunk.length);
    stream.resume();
    stream.on('end', common.mustCall(() => {
      assert.strictEqual(received, total);
      stream.respond();
      stream.end(String(received));
    }));
  }), 300);
}));

server.listen(0, common.mustCall(() => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request({ ':method': 'POST' });
  req.end(Buffer.alloc(total, 'z'));
  req.setEncoding('utf8');
  let body = '';
  req.on('data', (chunk) => body += chunk);
  req.on('end', common.mustCall(() => {
    assert.strictEqual(Number(body), total);
    client.close();
    server.close();
  }));
}));
