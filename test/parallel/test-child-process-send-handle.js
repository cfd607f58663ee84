'use strict';
// child.send(message, socket): the accepted connection moves to the child, which
// answers on it; the parent's copy is closed once sent.
const common = require('../common');
const assert = require('node:assert');
const net = require('node:net');
const { fork } = require('node:child_process');

if (process.argv[2] === 'child') {
  process.on('message', (message, socket) => {
    assert.strictEqual(message, 'socket');
    assert.ok(socket instanceof net.Socket);
    socket.end('answered by the child');
    process.disconnect();
  });
} else {
  const child = fork(__filename, ['child']);
  const server = net.createServer(common.mustCall((socket) => {
    child.send('socket', socket);
  }));
  server.listen(0, '127.0.0.1', common.mustCall(() => {
    const client = net.connect(server.address().port, '127.0.0.1');
    let data = '';
    client.setEncoding('utf8');
    client.on('data', (d) => { data += d; });
    client.on('end', common.mustCall(() => {
      assert.strictEqual(data, 'answered by the child');
      server.close();
    }));
  }));
  child.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
}
