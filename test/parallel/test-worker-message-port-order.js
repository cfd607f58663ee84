'use strict';
// Messages waiting on several ports at once are delivered port by port, the
// oldest port first (node runs the ports' wake-ups in creation order), each
// port's in the order sent.
const common = require('../common');
const assert = require('assert');
const { MessageChannel } = require('worker_threads');

const log = [];
const channels = [new MessageChannel(), new MessageChannel(), new MessageChannel()];
const done = common.mustCall(() => {
  assert.deepStrictEqual(log, ['a1', 'a2', 'b1', 'b2', 'c1', 'c2']);
  for (const { port2 } of channels) port2.close();
});
channels.forEach(({ port2 }) => port2.on('message', (m) => {
  log.push(m);
  if (log.length === 6) done();
}));
// Sent newest channel first: the order of delivery is still a, b, c.
channels[2].port1.postMessage('c1');
channels[1].port1.postMessage('b1');
channels[0].port1.postMessage('a1');
channels[2].port1.postMessage('c2');
channels[1].port1.postMessage('b2');
channels[0].port1.postMessage('a2');
