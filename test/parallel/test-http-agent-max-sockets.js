'use strict';
// maxSockets queues requests beyond the limit in agent.requests and serves them, in
// order, on the sockets as they free up.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer((req, res) => setTimeout(() => res.end(req.url), 10));
const agent = new http.Agent({ keepAlive: true, maxSockets: 2 });
server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  const name = `localhost:${port}:`;
  const order = [];
  let done = 0;
  for (let i = 0; i < 5; i++) {
    http.get({ port, path: `/${i}`, agent }, common.mustCall((res) => {
      let body = '';
      res.on('data', (d) => body += d);
      res.on('end', () => {
        order.push(body);
        if (++done === 5) {
          assert.deepStrictEqual(order.slice().sort(), ['/0', '/1', '/2', '/3', '/4']);
          setImmediate(() => {
            assert.strictEqual(agent.freeSockets[name].length, 2);
            agent.destroy();
            server.close();
          });
        }
      });
    }));
  }
  assert.strictEqual(agent.requests[name].length, 3);
  assert.strictEqual(agent.sockets[name].length, 2);
}));
