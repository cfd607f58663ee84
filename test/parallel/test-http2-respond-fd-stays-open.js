'use strict';
// respondWithFD sends a descriptor the caller keeps: it is still open (and closes
// once, by the caller) after the response has been sent and the stream closed.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const http2 = require('http2');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = path.join(tmpdir.path, 'body.txt');
fs.writeFileSync(file, 'x'.repeat(100000));
const fd = fs.openSync(file, 'r');

const server = http2.createServer();
server.on('stream', common.mustCall((stream) => {
  stream.respondWithFD(fd);
  stream.on('close', common.mustCall());
}));
server.on('close', common.mustCall(() => {
  assert.strictEqual(fs.fstatSync(fd).size, 100000);
  fs.closeSync(fd);
}));
server.listen(0, common.mustCall(() => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request();
  let got = 0;
  req.on('data', (chunk) => { got += chunk.length; });
  req.on('end', common.mustCall(() => {
    assert.strictEqual(got, 100000);
    client.close();
    server.close();
  }));
}));
