'use strict';
// When a busy socket of a full agent closes, the agent opens a new one for the waiting
// request and announces it with 'free' like a socket coming back from a request.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer((req, res) => res.end('ok'));
server.listen(0, common.mustCall(() => {
  const agent = new http.Agent({ maxSockets: 1 });
  const frees = [];
  agent.on('free', (socket) => frees.push(socket.destroyed));
  const opts = { agent, port: server.address().port };
  const first = http.get(opts, common.mustCall((res) => {
    res.resume();
    res.on('end', common.mustCall(() => first.socket.destroy()));
  }));
  const second = http.get(opts, common.mustCall((res) => {
    assert.notStrictEqual(first.socket, second.socket);
    res.resume();
    res.on('end', common.mustCall(() => {
      setImmediate(common.mustCall(() => {
        // first's socket came back destroyed, the new one fresh, then second's.
        assert.deepStrictEqual(frees.slice(0, 2), [true, false]);
        assert.strictEqual(frees.length, 3);
        server.close();
      }));
    }));
  }));
}));
