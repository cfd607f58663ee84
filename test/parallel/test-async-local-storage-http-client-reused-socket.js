'use strict';
// A response's events run in the store its request was made in, also when a
// keep-alive agent hands the request a socket that a request of another store
// opened.
const common = require('../common');
const assert = require('node:assert');
const http = require('node:http');
const { AsyncLocalStorage } = require('node:async_hooks');

const als = new AsyncLocalStorage();
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const server = http.createServer((req, res) => res.end('ok'));

function get(store, done) {
  als.run(store, () => {
    http.get({ port: server.address().port, agent }, common.mustCall((res) => {
      assert.strictEqual(als.getStore(), store);
      res.on('data', () => assert.strictEqual(als.getStore(), store));
      res.on('end', common.mustCall(() => {
        assert.strictEqual(als.getStore(), store);
        setImmediate(done);
      }));
    }));
  });
}

server.listen(0, common.mustCall(() => {
  get('first', () => get('second', () => get('third', () => {
    agent.destroy();
    server.close();
  })));
}));
