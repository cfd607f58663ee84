'use strict';
// _http_server exposes the symbol of the server's connection-checking interval: a timer
// made on 'listening' (the previous one destroyed) and destroyed by close().
const common = require('../common');
const assert = require('assert');
const http = require('http');
const { kConnectionsCheckingInterval } = require('_http_server');

assert.strictEqual(typeof kConnectionsCheckingInterval, 'symbol');
const server = http.createServer();
assert.strictEqual(server[kConnectionsCheckingInterval], undefined);
server.listen(0, common.mustCall(() => {
  const first = server[kConnectionsCheckingInterval];
  assert.strictEqual(first._destroyed, false);
  server.emit('listening');
  assert.strictEqual(first._destroyed, true);
  const second = server[kConnectionsCheckingInterval];
  assert.notStrictEqual(second, first);
  server.close(common.mustCall(() => assert.strictEqual(second._destroyed, true)));
}));
