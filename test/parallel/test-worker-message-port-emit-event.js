'use strict';
// port.emit(type, value): on/once listeners get the value; listeners added with
// addEventListener get an event (a CustomEvent with the value as its detail, or
// a MessageEvent with it as data for 'message'). A port inspects as node's.
const common = require('../common');
const assert = require('assert');
const util = require('util');
const { MessageChannel } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
port1.addEventListener('foo', common.mustCall((event) => {
  assert.ok(event instanceof CustomEvent);
  assert.strictEqual(event.type, 'foo');
  assert.strictEqual(event.detail, 'bar');
}));
port1.on('foo', common.mustCall((value) => assert.strictEqual(value, 'bar')));
assert.strictEqual(port1.emit('foo', 'bar'), true);
assert.strictEqual(port1.emit('nobody', 1), false);

port2.addEventListener('message', common.mustCall((event) => {
  assert.ok(event instanceof MessageEvent);
  assert.strictEqual(event.data, 7);
}));
port2.emit('message', 7);

const shown = util.inspect(port1);
assert.ok(shown.startsWith('MessagePort [EventTarget] {'), shown);
assert.match(shown, /active: true,\s+refed: false/);
port1.close();
port2.close();
