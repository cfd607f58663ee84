'use strict';
// An HTTP/2 server's 'stream' runs in the context the server listened in (as
// node's session resource does), and fs.watch() events in the context of the
// fs.watch() call.
const common = require('../common');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const http2 = require('node:http2');
const tmpdir = require('../common/tmpdir');
const { AsyncLocalStorage } = require('node:async_hooks');

const als = new AsyncLocalStorage();

const server = http2.createServer();
server.on('stream', common.mustCall((stream) => {
  assert.strictEqual(als.getStore(), 'server');
  stream.respond();
  stream.end();
}));
als.run('server', () => server.listen(0, common.mustCall(() => {
  als.run('client', () => {
    const client = http2.connect(`http://localhost:${server.address().port}`);
    const req = client.request();
    req.on('response', common.mustCall(() => assert.strictEqual(als.getStore(), 'client')));
    req.resume();
    req.on('end', common.mustCall(() => {
      client.close();
      server.close();
    }));
  });
})));

tmpdir.refresh();
als.run('watch', () => {
  const watcher = fs.watch(tmpdir.path, common.mustCallAtLeast(() => {
    assert.strictEqual(als.getStore(), 'watch');
    watcher.close();
  }));
});
setTimeout(() => fs.writeFileSync(path.join(tmpdir.path, 'file.txt'), 'x'), 50);
