'use strict';
// worker_threads.moveMessagePortToContext(): the port returned belongs to the vm
// context's realm (prototypes, message values, events, thrown errors), has no
// EventTarget (onmessage / onmessageerror once started), and sends back through the
// same channel. What only node's own realm can make arrives as a messageerror.
const common = require('../common');
const assert = require('assert');
const vm = require('vm');
const { generateKeySync } = require('crypto');
const { MessageChannel, MessagePort, moveMessagePortToContext } = require('worker_threads');

const context = vm.createContext({});
const inContext = (code) => vm.runInContext(code, context);
const { port1, port2 } = new MessageChannel();
const moved = moveMessagePortToContext(port2, context);

assert.ok(!(moved instanceof MessagePort));
assert.ok(!(moved instanceof Object));
assert.ok(moved instanceof inContext('Object'));
assert.ok(moved.postMessage instanceof inContext('Function'));
assert.strictEqual(moved.constructor.name, 'MessagePort');
assert.deepStrictEqual(Object.getOwnPropertyNames(Object.getPrototypeOf(moved)),
                       ['postMessage', 'start', 'constructor']);
assert.strictEqual(moved.onmessage, undefined);
assert.strictEqual(moved.hasRef(), true);

// Arguments are checked as node does.
assert.throws(() => moveMessagePortToContext(new MessageChannel().port1, {}),
              { code: 'ERR_INVALID_ARG_TYPE', message: 'Invalid context argument' });
assert.throws(() => moveMessagePortToContext({}, context),
              { code: 'ERR_INVALID_ARG_TYPE', message: 'The "port" argument must be a MessagePort instance' });

// A value that cannot be cloned throws the context's DOMException.
try {
  moved.postMessage(() => {});
  assert.fail('no throw');
} catch (err) {
  assert.strictEqual(err.constructor.name, 'DOMException');
  assert.strictEqual(err.name, 'DataCloneError');
  assert.ok(err instanceof inContext('Error'));
}

const events = [];
moved.onmessageerror = common.mustCall((event) => {
  assert.strictEqual(event.type, 'messageerror');
  assert.strictEqual(event.data.code, 'ERR_MESSAGE_TARGET_CONTEXT_UNAVAILABLE');
  events.push('messageerror');
});
moved.onmessage = common.mustCall((event) => {
  assert.deepStrictEqual(Object.keys(event), ['data', 'target', 'type', 'ports']);
  assert.strictEqual(event.target, moved);
  assert.ok(event.ports instanceof inContext('Array'));
  if (event.data === 'last') {
    moved.postMessage({ list: [1, 2], events });
    return;
  }
  const { data } = event;
  assert.ok(data instanceof inContext('Object'));
  assert.ok(data.map instanceof inContext('Map'));
  assert.ok(data.date instanceof inContext('Date'));
  assert.ok(data.bytes instanceof inContext('Uint8Array'));
  assert.ok(data.error instanceof inContext('TypeError'));
  assert.strictEqual(data.map.get('a'), 1);
  assert.strictEqual(Buffer.from(data.bytes).toString(), 'hi');
  assert.strictEqual(data.error.message, 'boom');
  events.push('message');
}, 2);
moved.start();

port1.postMessage({ map: new Map([['a', 1]]), date: new Date(0), bytes: Buffer.from('hi'), error: new TypeError('boom') });
port1.postMessage({ key: generateKeySync('aes', { length: 128 }) });
port1.postMessage('last');
port1.on('message', common.mustCall((reply) => {
  assert.deepStrictEqual(reply, { list: [1, 2], events: ['message', 'messageerror'] });
  port1.close();
}));
