'use strict';
// child.send(message, socket, options, callback) calls back exactly once, with and
// without keepOpen.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  process.on('message', (msg, socket) => {
    socket.end(msg);
    if (msg === 'second') process.disconnect();
  });
  return;
}

const child = fork(__filename, ['child']);
child.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
let replies = '';
let sent = 0;
const server = net.createServer(common.mustCall((socket) => {
  const keepOpen = sent++ === 0;
  child.send(keepOpen ? 'first' : 'second', socket, { keepOpen }, common.mustSucceed());
}, 2));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const connect = (next) => {
    const c = net.connect(server.address().port, '127.0.0.1');
    c.setEncoding('utf8');
    c.on('data', (d) => { replies += d; });
    c.on('end', next);
  };
  connect(common.mustCall(() => connect(common.mustCall(() => {
    assert.strictEqual(replies, 'firstsecond');
    server.close();
  }))));
}));
