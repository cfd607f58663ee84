'use strict';
// fork(): the child runs this file with an IPC channel; messages go both ways as
// JSON; process.send/connected/disconnect in the child; 'disconnect', 'exit' and
// 'close' in the parent.
const common = require('../common');
const assert = require('node:assert');
const { fork } = require('node:child_process');

if (process.argv[2] === 'child') {
  assert.strictEqual(process.connected, true);
  assert.strictEqual(typeof process.channel.ref, 'function');
  assert.strictEqual(process.env.NODE_CHANNEL_FD, undefined);
  process.on('message', (m) => {
    if (m === 'bye') {
      process.disconnect();
      return;
    }
    process.send({ echo: m, argv: process.argv.slice(2) });
  });
} else {
  const child = fork(__filename, ['child', 'x']);
  assert.strictEqual(child.connected, true);
  const messages = [];
  child.on('message', common.mustCall((m) => {
    messages.push(m);
    if (messages.length < 3) child.send({ n: messages.length, s: 'é\n"' });
    else child.send('bye');
  }, 3));
  child.on('disconnect', common.mustCall(() => assert.strictEqual(child.connected, false)));
  child.on('exit', common.mustCall((code, signal) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(signal, null);
  }));
  child.on('close', common.mustCall(() => {
    assert.deepStrictEqual(messages, [
      { echo: { n: 0 }, argv: ['child', 'x'] },
      { echo: { n: 1, s: 'é\n"' }, argv: ['child', 'x'] },
      { echo: { n: 2, s: 'é\n"' }, argv: ['child', 'x'] },
    ]);
    // Sending after the channel closed reports ERR_IPC_CHANNEL_CLOSED.
    child.send('late', common.mustCall((err) => assert.strictEqual(err.code, 'ERR_IPC_CHANNEL_CLOSED')));
  }));
  assert.strictEqual(child.send({ n: 0 }), true);
  assert.throws(() => fork(__filename, [], { stdio: ['pipe', 'pipe', 'pipe'] }),
                { code: 'ERR_CHILD_PROCESS_IPC_REQUIRED' });
}
