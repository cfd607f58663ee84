'use strict';
// AsyncLocalStorage through http: request handlers run in the store the server
// listened in, client callbacks in the client's, and a store entered in a handler
// reaches its timers.
const common = require('../common');
const assert = require('node:assert');
const http = require('node:http');
const { AsyncLocalStorage } = require('node:async_hooks');

const als = new AsyncLocalStorage();
const server = http.createServer(common.mustCall((req, res) => {
  assert.strictEqual(als.getStore(), 'listen');
  als.run('request', () => {
    setTimeout(common.mustCall(() => {
      assert.strictEqual(als.getStore(), 'request');
      res.end('ok');
    }), 1);
  });
}));
als.run('listen', () => server.listen(0, common.mustCall(() => {
  als.run('client', () => {
    http.get(`http://127.0.0.1:${server.address().port}`, common.mustCall((res) => {
      assert.strictEqual(als.getStore(), 'client');
      res.resume();
      res.on('end', common.mustCall(() => {
        assert.strictEqual(als.getStore(), 'client');
        server.close();
      }));
    }));
  });
})));
