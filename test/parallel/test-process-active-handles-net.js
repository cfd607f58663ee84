'use strict';
// process._getActiveHandles() lists the net.Server and net.Sockets that keep the
// loop alive, and getActiveResourcesInfo() names them by handle type.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const count = (type) => process.getActiveResourcesInfo().filter((t) => t === type).length;
assert.strictEqual(count('TCPServerWrap'), 0);

const server = net.createServer(common.mustCall((conn) => {
  const handles = process._getActiveHandles();
  assert.ok(handles.includes(server));
  assert.ok(handles.includes(conn));
  assert.ok(handles.includes(client));
  assert.strictEqual(count('TCPServerWrap'), 1);
  assert.strictEqual(count('TCPSocketWrap'), 2);
  conn.end();
  server.close();
}));
let client;
server.listen(0, '127.0.0.1', common.mustCall(() => {
  client = net.connect(server.address().port, '127.0.0.1');
  client.resume();
}));
server.on('close', common.mustCall(() => {
  assert.strictEqual(count('TCPServerWrap'), 0);
  assert.ok(!process._getActiveHandles().includes(server));
}));
