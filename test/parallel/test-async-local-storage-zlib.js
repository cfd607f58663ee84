'use strict';
// zlib's thread-pool callbacks (one-shot and stream) run in the
// AsyncLocalStorage context of the call that started them.
const common = require('../common');
const assert = require('node:assert');
const zlib = require('node:zlib');
const { AsyncLocalStorage } = require('node:async_hooks');

const als = new AsyncLocalStorage();

als.run('gzip', () => {
  zlib.gzip('hello', common.mustSucceed((buf) => {
    assert.strictEqual(als.getStore(), 'gzip');
    als.run('gunzip', () => {
      zlib.gunzip(buf, common.mustSucceed((out) => {
        assert.strictEqual(als.getStore(), 'gunzip');
        assert.strictEqual(out.toString(), 'hello');
      }));
    });
  }));
});

als.run('stream', () => {
  const deflate = zlib.createDeflate();
  deflate.on('data', common.mustCallAtLeast(() => assert.strictEqual(als.getStore(), 'stream')));
  deflate.on('end', common.mustCall(() => assert.strictEqual(als.getStore(), 'stream')));
  deflate.end('x'.repeat(1000));
});
