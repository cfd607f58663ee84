'use strict';
// socket.timeout is the last value given to setTimeout; a request's setTimeout made before
// its socket connects applies once it connects, after the `timeout` option.
const common = require('../common');
const assert = require('node:assert');
const http = require('node:http');

const server = http.createServer(common.mustCall((req, res) => res.end('ok')));
server.listen(0, common.mustCall(() => {
  const req = http.get({ port: server.address().port, timeout: 2000, agent: false });
  req.setTimeout(1000);
  req.on('socket', common.mustCall((socket) => {
    assert.strictEqual(socket.timeout, 2000);
    socket.on('connect', common.mustCall(() => {
      assert.strictEqual(socket.timeout, 1000);
      socket.setTimeout(0);
      assert.strictEqual(socket.timeout, 0);
    }));
  }));
  req.on('response', common.mustCall((res) => {
    res.resume();
    res.on('end', common.mustCall(() => server.close()));
  }));
}));
