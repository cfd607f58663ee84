'use strict';
// A keep-alive Agent reuses its free socket for the next request (reusedSocket), emits
// 'free', and destroy() closes the pooled sockets.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer((req, res) => res.end(req.url));
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
agent.on('free', common.mustCall(2));

server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  let first;
  http.get({ port, path: '/one', agent }, common.mustCall((res) => {
    first = res.socket;
    assert.strictEqual(res.headers.connection, 'keep-alive');
    res.setEncoding('utf8');
    res.on('data', (d) => assert.strictEqual(d, '/one'));
    res.on('end', common.mustCall(() => {
      setImmediate(() => {
        assert.strictEqual(agent.freeSockets[`localhost:${port}:`].length, 1);
        const req = http.get({ port, path: '/two', agent }, common.mustCall((res2) => {
          assert.strictEqual(req.reusedSocket, true);
          assert.strictEqual(res2.socket, first);
          res2.resume();
          res2.on('end', () => setImmediate(() => {
            agent.destroy();
            server.close();
          }));
        }));
      });
    }));
  }));
}));
