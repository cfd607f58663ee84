'use strict';
// Objects marked untransferable cannot be listed for transfer, by postMessage()
// or structuredClone(), with node's words; a pooled Buffer's memory is marked.
require('../common');
const assert = require('assert');
const { MessageChannel, markAsUntransferable, isMarkedAsUntransferable } = require('worker_threads');

const unsupported = { name: 'DataCloneError', message: 'Cannot transfer object of unsupported type.' };
const { port1, port2 } = new MessageChannel();
const other = new MessageChannel();
markAsUntransferable(other.port1);
assert.throws(() => port1.postMessage(other.port1, [other.port1]), unsupported);

const ab = new ArrayBuffer(4);
markAsUntransferable(ab);
assert.throws(() => structuredClone(ab, { transfer: [ab] }), unsupported);
assert.throws(() => port1.postMessage(1, [ab, ab]), unsupported);
assert.strictEqual(ab.byteLength, 4);

const pooled = Buffer.from('pooled');
assert.strictEqual(isMarkedAsUntransferable(pooled.buffer), true);
assert.throws(() => port1.postMessage(pooled, [pooled.buffer]), unsupported);

for (const p of [port1, port2, other.port1, other.port2]) p.close();
