'use strict';
// A port that posts its own peer through their channel loses the channel: a
// warning, the transferred buffers stay detached, nothing is delivered, and the
// ports no longer keep the process alive.
const common = require('../common');
const assert = require('assert');
const { MessageChannel } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
const buffer = new ArrayBuffer(8);
process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'Warning');
  assert.strictEqual(warning.message, 'The target port was posted to itself, and the communication channel was lost');
}));
port2.onmessage = common.mustNotCall();
port1.onmessage = common.mustNotCall();
port2.postMessage('lost', [port1, buffer]);
assert.strictEqual(buffer.byteLength, 0);
setTimeout(common.mustNotCall('the channel still holds the process'), 2000).unref();
