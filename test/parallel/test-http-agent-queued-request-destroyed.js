'use strict';
// A request destroyed while it waits in the agent's queue fails with a hang-up when its
// turn comes (abort() fails silently) and hands the socket on: the next queued request
// reuses the one connection.
const common = require('../common');
const assert = require('assert');
const http = require('http');

for (const how of ['destroy', 'abort']) {
  let connections = 0;
  const server = http.createServer((req, res) => res.end('x'));
  server.on('connection', () => connections++);
  server.listen(0, common.mustCall(() => {
    const { port } = server.address();
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const events = [];
    http.get({ agent, port }, common.mustCall((res) => res.resume()));
    const req = http.get({ agent, port }, common.mustNotCall());
    req[how]();
    if (how === 'destroy') {
      req.on('error', common.mustCall((err) => {
        events.push('error');
        assert.strictEqual(err.code, 'ECONNRESET');
        assert.strictEqual(err.message, 'socket hang up');
      }));
    } else {
      req.on('error', common.mustNotCall());
    }
    req.on('close', common.mustCall(() => events.push('close')));
    http.get({ agent, port }, common.mustCall((res) => {
      res.resume();
      assert.deepStrictEqual(events, how === 'destroy' ? ['error', 'close'] : ['close']);
      assert.strictEqual(connections, 1);
      agent.destroy();
      server.close();
    }));
  }));
}
