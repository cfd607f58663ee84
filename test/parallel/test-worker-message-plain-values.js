'use strict';
// Values with nothing to carry out of band (the common case, sent as the
// serialized text alone) and values with buffers or ports arrive alike, through
// 'message' and through receiveMessageOnPort().
require('../common');
const assert = require('assert');
const { MessageChannel, receiveMessageOnPort } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
const plain = [
  0, 1, -1, 1.5, -0, NaN, Infinity, -Infinity, 2 ** 53, 'str', '', '\u{1F600}', '\ud800',
  true, false, null, undefined, 10n, [1, , 3], { a: 1, b: 'x', c: null },
  { nested: { deep: [1, { x: 2 }] } }, new Date(0), /re/g, new Map([[1, 2]]), new Set([3]),
];
for (const value of plain) {
  port1.postMessage(value);
  const got = receiveMessageOnPort(port2);
  assert.deepStrictEqual(Object.keys(got), ['message']);
  if (typeof value === 'number') assert.ok(Object.is(got.message, value), String(value));
  else assert.deepStrictEqual(got.message, value);
}
assert.strictEqual(receiveMessageOnPort(port2), undefined);

// An object without a prototype arrives as a plain object.
port1.postMessage({ __proto__: null, z: 1 });
const bare = receiveMessageOnPort(port2).message;
assert.strictEqual(Object.getPrototypeOf(bare), Object.prototype);
assert.deepStrictEqual(bare, { z: 1 });

// With a buffer, copied or transferred, and with a port.
const u8 = new Uint8Array([1, 2, 3]);
port1.postMessage(u8);
assert.deepStrictEqual(receiveMessageOnPort(port2).message, new Uint8Array([1, 2, 3]));
const ab = new ArrayBuffer(4);
port1.postMessage(ab, [ab]);
assert.strictEqual(ab.byteLength, 0);
assert.strictEqual(receiveMessageOnPort(port2).message.byteLength, 4);
const other = new MessageChannel();
port1.postMessage({ port: other.port1 }, [other.port1]);
const moved = receiveMessageOnPort(port2).message.port;
assert.strictEqual(moved.constructor.name, 'MessagePort');
other.port2.postMessage('through');
assert.deepStrictEqual(receiveMessageOnPort(moved), { message: 'through' });
moved.close();

// A clone that fails sends nothing.
assert.throws(() => port1.postMessage({ f() {} }), { name: 'DataCloneError' });
assert.strictEqual(receiveMessageOnPort(port2), undefined);

// The same values through 'message', in order.
const values = [1, 'two', { three: 3 }, new Uint8Array([4])];
let i = 0;
port2.on('message', (m) => {
  assert.deepStrictEqual(m, values[i]);
  if (++i === values.length) port2.close();
});
for (const v of values) port1.postMessage(v);
