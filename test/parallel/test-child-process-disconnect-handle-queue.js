'use strict';
// disconnect() while sent handles await their acknowledgement stops new messages
// at once, but the handles already sent (and the messages queued behind them) are
// still delivered before the channel closes.
const common = require('../common');
const assert = require('node:assert');
const { fork } = require('node:child_process');
const net = require('node:net');

if (process.argv[2] === 'child') {
  let received = 0;
  process.on('message', (message, socket) => {
    if (socket) socket.destroy();
    received++;
  });
  process.on('disconnect', () => process.exit(received));
  return;
}

const child = fork(__filename, ['child']);
const sockets = [];
const server = net.createServer((socket) => {
  sockets.push(socket);
  if (sockets.length < 3) return;
  for (const s of sockets) child.send('socket', s);
  child.send('plain');
  child.disconnect();
  assert.strictEqual(child.connected, false);
  child.send('late', common.mustCall((err) => assert.strictEqual(err.code, 'ERR_IPC_CHANNEL_CLOSED')));
  server.close();
});
server.listen(0, common.mustCall(() => {
  for (let i = 0; i < 3; i++) net.connect(server.address().port).on('error', () => {}).resume();
}));
child.on('exit', common.mustCall((code) => assert.strictEqual(code, 4)));
