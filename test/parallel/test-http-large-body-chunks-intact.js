'use strict';
// Large request bodies arrive as many chunks; every chunk a handler keeps must still
// hold its own bytes after later reads (the server may hand out views on its read
// buffers), and the body echoed back through res.write with backpressure is intact.
const common = require('../common');
const assert = require('node:assert');
const http = require('node:http');

const size = 3 * 1024 * 1024 + 123;
const body = Buffer.alloc(size);
for (let i = 0; i < size; i++) body[i] = (i * 7 + (i >> 11)) & 0xff;

const server = http.createServer(common.mustCall((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', common.mustCall(() => {
    // Checked only now, after every later read has happened.
    assert.ok(chunks.length > 1);
    assert.ok(Buffer.concat(chunks).equals(body));
    res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
    let i = 0;
    (function more() {
      while (i < chunks.length) {
        if (!res.write(chunks[i++])) return res.once('drain', more);
      }
      res.end();
    })();
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const req = http.request({ port: server.address().port, host: '127.0.0.1', method: 'POST' },
                           common.mustCall((res) => {
                             const got = [];
                             res.on('data', (c) => got.push(c));
                             res.on('end', common.mustCall(() => {
                               assert.ok(Buffer.concat(got).equals(body));
                               server.close();
                             }));
                           }));
  // Written in uneven pieces, so reads and body chunks do not line up.
  for (let at = 0; at < size;) {
    const n = Math.min(size - at, 70001 + (at % 3) * 9000);
    req.write(body.subarray(at, at + n));
    at += n;
  }
  req.end();
}));
