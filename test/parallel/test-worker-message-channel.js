'use strict';
// MessageChannel within a thread: receiveMessageOnPort, DataCloneError for
// functions, transfer detaching the sender's ArrayBuffer, duplicate transfers,
// ports moving to a worker, and 'close' on both ends.
const common = require('../common');
const assert = require('node:assert');
const { MessageChannel, receiveMessageOnPort, Worker } = require('node:worker_threads');

const { port1, port2 } = new MessageChannel();
port2.postMessage({ x: 1 });
assert.deepStrictEqual(receiveMessageOnPort(port1), { message: { x: 1 } });
assert.strictEqual(receiveMessageOnPort(port1), undefined);

assert.throws(() => port1.postMessage(() => 1), { name: 'DataCloneError', message: '() => 1 could not be cloned.' });
assert.throws(() => port1.postMessage(Symbol('s')), { name: 'DataCloneError', message: 'Symbol(s) could not be cloned.' });

const ab = new ArrayBuffer(8);
new Uint8Array(ab)[0] = 42;
port1.postMessage(ab, [ab]);
assert.strictEqual(ab.byteLength, 0);
const dup = new ArrayBuffer(4);
assert.throws(() => port1.postMessage(dup, [dup, dup]), { name: 'DataCloneError' });
assert.strictEqual(dup.byteLength, 4);

port2.on('message', common.mustCall((m) => {
  assert.strictEqual(m.byteLength, 8);
  assert.strictEqual(new Uint8Array(m)[0], 42);
  port2.close();
}));
port1.on('close', common.mustCall());
port2.on('close', common.mustCall());

// A port sent to a worker carries messages from that thread.
const { port1: mine, port2: theirs } = new MessageChannel();
const worker = new Worker(`
  const { parentPort } = require('node:worker_threads');
  parentPort.once('message', ({ port }) => {
    port.postMessage('hello through a moved port');
    port.close();
  });
`, { eval: true });
worker.postMessage({ port: theirs }, [theirs]);
mine.on('message', common.mustCall((m) => {
  assert.strictEqual(m, 'hello through a moved port');
}));
mine.on('close', common.mustCall());
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
