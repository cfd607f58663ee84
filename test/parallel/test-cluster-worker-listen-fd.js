'use strict';
// A cluster worker's listen({ fd }) names a descriptor of the primary's: the
// primary listens on it and hands the worker its connections, as in node. Here the
// test process hands a listening socket to the primary as its fd 3.
const common = require('../common');
const assert = require('node:assert');
const cluster = require('node:cluster');
const net = require('node:net');
const { spawn } = require('node:child_process');

if (process.argv[2] === 'primary') {
  cluster.setupPrimary({ args: ['worker'] });
  cluster.fork().on('message', (message) => process.send(message));
  process.on('disconnect', () => process.exit(0));
} else if (process.argv[2] === 'worker') {
  net.createServer((socket) => socket.end(`worker ${process.pid}`))
    .listen({ fd: 3 }, () => process.send('listening'));
} else {
  const server = net.createServer(common.mustNotCall()).listen(0, common.mustCall(() => {
    const { port } = server.address();
    const primary = spawn(process.execPath, [__filename, 'primary'],
                          { stdio: ['ignore', 'inherit', 'inherit', server._handle, 'ipc'] });
    server.close();
    primary.on('message', common.mustCall((message) => {
      assert.strictEqual(message, 'listening');
      let reply = '';
      net.connect(port).setEncoding('utf8').on('data', (chunk) => { reply += chunk; })
        .on('end', common.mustCall(() => {
          assert.match(reply, /^worker \d+$/);
          primary.kill();
        }));
    }));
  }));
}
