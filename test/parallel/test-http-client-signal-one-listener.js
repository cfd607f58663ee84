'use strict';
// A request (or a socket) given an AbortSignal listens to it once, and a request whose
// signal is already aborted is destroyed at once and fails with AbortError.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');
const { getEventListeners } = require('events');

const server = http.createServer(common.mustNotCall());
server.listen(0, common.mustCall(() => {
  const { port } = server.address();

  const ac1 = new AbortController();
  const sock = net.connect({ port, signal: ac1.signal });
  assert.strictEqual(getEventListeners(ac1.signal, 'abort').length, 1);
  sock.on('error', common.mustCall((err) => assert.strictEqual(err.name, 'AbortError')));
  ac1.abort();

  const ac2 = new AbortController();
  const req = http.get({ port, signal: ac2.signal, agent: new http.Agent() });
  assert.strictEqual(getEventListeners(ac2.signal, 'abort').length, 1);
  req.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ABORT_ERR')));
  ac2.abort();
  assert.strictEqual(req.destroyed, true);

  const ac3 = new AbortController();
  ac3.abort();
  const req2 = http.get({ port, signal: ac3.signal });
  assert.strictEqual(getEventListeners(ac3.signal, 'abort').length, 0);
  assert.strictEqual(req2.destroyed, true);
  assert.strictEqual(req2.aborted, false);
  req2.on('error', common.mustCall((err) => {
    assert.strictEqual(err.name, 'AbortError');
    server.close();
  }));
}));
