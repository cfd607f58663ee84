'use strict';
// BroadcastChannel: channels of one name reach each other within a thread and
// across workers; the sender does not receive its own message; a closed channel
// throws InvalidStateError on postMessage.
const common = require('../common');
const assert = require('node:assert');
const { BroadcastChannel, Worker } = require('node:worker_threads');

const main = new BroadcastChannel('eddy-test');
const peer = new BroadcastChannel('eddy-test');
const other = new BroadcastChannel('another-name');
other.onmessage = common.mustNotCall();
// The sender never gets its own message (it may see the worker's echo).
main.onmessage = (event) => assert.deepStrictEqual(event.data, { echo: 'all' });

peer.onmessage = common.mustCall((event) => {
  assert.deepStrictEqual(event.data, { hello: 'all', bytes: new Uint8Array([1, 2]) });
  peer.close();
  other.close();
});

const worker = new Worker(`
  const { BroadcastChannel } = require('node:worker_threads');
  const channel = new BroadcastChannel('eddy-test');
  channel.onmessage = (event) => {
    channel.postMessage({ echo: event.data.hello });
    channel.close();
  };
  require('node:worker_threads').parentPort.postMessage('ready');
`, { eval: true });

const listener = new BroadcastChannel('eddy-test');
listener.onmessage = common.mustCall((event) => {
  if (event.data.echo === undefined) return;
  assert.deepStrictEqual(event.data, { echo: 'all' });
  listener.close();
  main.close();
  assert.throws(() => main.postMessage('late'), { name: 'InvalidStateError' });
}, 2);

worker.once('message', common.mustCall(() => {
  main.postMessage({ hello: 'all', bytes: new Uint8Array([1, 2]) });
}));
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
