'use strict';
// Destroying a request before its response: 'error' (ECONNRESET, socket hang up) once,
// then 'close'; req.destroyed is true and the server sees the client go away.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  req.socket.on('close', common.mustCall(() => server.close()));
  req.destroyFromClient();
}));

server.listen(0, common.mustCall(() => {
  const req = http.get({ port: server.address().port, agent: false });
  req.on('response', common.mustNotCall());
  req.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ECONNRESET');
    assert.strictEqual(err.message, 'socket hang up');
  }));
  req.on('close', common.mustCall(() => assert.strictEqual(req.destroyed, true)));
  http.IncomingMessage.prototype.destroyFromClient = () => req.destroy();
}));
