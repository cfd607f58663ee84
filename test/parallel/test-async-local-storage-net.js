'use strict';
// AsyncLocalStorage through net: connections arrive in the listener's store, the
// client's connect/data/close callbacks in the client's, and an accepted socket's
// reads in none, as in node.
const common = require('../common');
const assert = require('node:assert');
const net = require('node:net');
const { AsyncLocalStorage } = require('node:async_hooks');

const als = new AsyncLocalStorage();
const server = net.createServer(common.mustCall((sock) => {
  assert.strictEqual(als.getStore(), 'listen');
  sock.on('data', common.mustCall(() => {
    assert.strictEqual(als.getStore(), undefined);
    sock.end('pong');
  }));
}));
als.run('listen', () => server.listen(0, common.mustCall(() => {
  assert.strictEqual(als.getStore(), 'listen');
  als.run('client', () => {
    const client = net.connect(server.address().port, common.mustCall(() => {
      assert.strictEqual(als.getStore(), 'client');
      client.write('ping');
    }));
    client.on('data', common.mustCall(() => assert.strictEqual(als.getStore(), 'client')));
    client.on('close', common.mustCall(() => {
      assert.strictEqual(als.getStore(), 'client');
      server.close();
    }));
  });
})));
