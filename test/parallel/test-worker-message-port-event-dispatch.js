'use strict';
// A MessagePort 'message': on() listeners get the data itself, addEventListener()
// and onmessage listeners get a MessageEvent (one per message, shared by them),
// in the order the listeners were added; stopImmediatePropagation() in an event
// listener stops the rest, node-style ones included.
const common = require('../common');
const assert = require('assert');
const { MessageChannel } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
const log = [];
const events = [];
port2.on('message', (value) => log.push(['on', value]));
port2.addEventListener('message', (event) => {
  events.push(event);
  log.push(['event', event.data]);
  assert.ok(event instanceof MessageEvent);
  assert.strictEqual(event.type, 'message');
  assert.strictEqual(event.target, port2);
  assert.strictEqual(event.currentTarget, port2);
  assert.deepStrictEqual(event.ports, []);
  assert.strictEqual(typeof event.timeStamp, 'number');
  if (event.data === 2) event.stopImmediatePropagation();
});
port2.onmessage = (event) => {
  assert.strictEqual(event, events[events.length - 1]);
  log.push(['onmessage', event.data]);
};
port2.once('message', (value) => log.push(['once', value]));
port2.on('message', common.mustCall((value) => {
  log.push(['last', value]);
  if (value !== 3) return;
  assert.deepStrictEqual(log, [
    ['on', 1], ['event', 1], ['onmessage', 1], ['once', 1], ['last', 1],
    ['on', 2], ['event', 2],
    ['on', 3], ['event', 3], ['onmessage', 3], ['last', 3],
  ]);
  assert.strictEqual(new Set(events).size, 3);
  port2.close();
}, 2));
port1.postMessage(1);
port1.postMessage(2);
port1.postMessage(3);

// Only on() listeners: `this` is the port, and a value that is an object arrives
// as itself (not wrapped).
const c = new MessageChannel();
c.port2.on('message', common.mustCall(function(value) {
  assert.strictEqual(this, c.port2);
  assert.deepStrictEqual(value, { data: 'x', ports: [] });
  c.port2.close();
}));
c.port1.postMessage({ data: 'x', ports: [] });

// A transferred port comes with the event.
const d = new MessageChannel();
const extra = new MessageChannel();
d.port2.addEventListener('message', common.mustCall((event) => {
  assert.strictEqual(event.data.p, event.ports[0]);
  assert.strictEqual(event.ports.length, 1);
  event.ports[0].close();
  d.port2.close();
}));
d.port2.start();
d.port1.postMessage({ p: extra.port1 }, [extra.port1]);
