'use strict';
// BroadcastChannel's checks and views: methods and the name getter on a wrong
// `this` throw ERR_INVALID_THIS, a Symbol name throws V8's TypeError, util.inspect
// shows the name and whether it is open, receiveMessageOnPort() reads from it; a
// port in a message but not in the transfer list is a DataCloneError.
require('../common');
const assert = require('assert');
const { inspect } = require('util');
const { BroadcastChannel, MessageChannel, receiveMessageOnPort } = require('worker_threads');

assert.throws(() => new BroadcastChannel(Symbol('x')), {
  name: 'TypeError', message: 'Cannot convert a Symbol value to a string',
});
assert.throws(() => Reflect.get(BroadcastChannel.prototype, 'name', {}), { code: 'ERR_INVALID_THIS' });
for (const name of ['close', 'postMessage', 'ref', 'unref']) {
  assert.throws(() => Reflect.apply(BroadcastChannel.prototype[name], [], {}), {
    code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type BroadcastChannel',
  });
}

const bc1 = new BroadcastChannel('api');
const bc2 = new BroadcastChannel('api');
assert.throws(() => bc1[inspect.custom].call(), { code: 'ERR_INVALID_THIS' });
assert.strictEqual(inspect(bc1, { depth: -1 }), 'BroadcastChannel');
assert.strictEqual(inspect(bc1), "BroadcastChannel { name: 'api', active: true }");

bc1.postMessage({ n: 1 });
bc1.postMessage('two');
assert.deepStrictEqual(receiveMessageOnPort(bc2), { message: { n: 1 } });
assert.deepStrictEqual(receiveMessageOnPort(bc2), { message: 'two' });
assert.strictEqual(receiveMessageOnPort(bc2), undefined);
assert.strictEqual(receiveMessageOnPort(bc1), undefined);

const mc = new MessageChannel();
for (const send of [() => bc1.postMessage(mc), () => mc.port1.postMessage({ p: mc.port2 })]) {
  assert.throws(send, {
    name: 'DataCloneError',
    code: 25,
    message: 'Object that needs transfer was found in message but not listed in transferList',
  });
}
mc.port1.close();

bc1.close();
bc2.close();
assert.strictEqual(inspect(bc1.ref()), "BroadcastChannel { name: 'api', active: false }");
