'use strict';
// pauseOnConnect leaves accepted sockets paused; unref() lets the process exit
// with a listening server; ref() keeps it; Symbol.asyncDispose closes.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer({ pauseOnConnect: true }, common.mustCall((sock) => {
  assert.strictEqual(sock.isPaused(), true);
  sock.on('data', common.mustCall((d) => {
    assert.strictEqual(String(d), 'hello');
    sock.end();
  }));
  setTimeout(() => sock.resume(), 20);
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect(server.address().port, '127.0.0.1', () => c.write('hello'));
  c.on('close', common.mustCall(() => {
    server[Symbol.asyncDispose]().then(common.mustCall(() => {
      assert.strictEqual(server.listening, false);
      const idle = net.createServer();
      assert.strictEqual(idle.unref(), idle);
      idle.listen(0, '127.0.0.1');
      // Nothing else is pending: an unref'd server does not keep the process alive.
    }));
  }));
  c.resume();
}));
