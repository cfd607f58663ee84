'use strict';
// IPC messages are emitted one per tick: a 'message' listener that throws (caught by
// 'uncaughtException') does not lose the messages that arrived in the same read.
const common = require('../common');
const assert = require('assert');
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  const seen = [];
  process.on('uncaughtException', common.mustCall((n) => {
    seen.push(n);
    if (seen.length === 5) {
      process.send(seen);
      process.disconnect();
    }
  }, 5));
  process.on('message', (n) => { throw n; });
  process.send('ready');
  return;
}

const child = fork(__filename, ['child']);
child.on('message', common.mustCall((msg) => {
  if (msg === 'ready') {
    for (let i = 0; i < 5; i++) child.send(i);
  } else {
    assert.deepStrictEqual(msg, [0, 1, 2, 3, 4]);
  }
}, 2));
child.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
