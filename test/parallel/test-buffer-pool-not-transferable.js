'use strict';
// The pool small Buffers share cannot be transferred to another thread (that
// would detach every Buffer in it); a Buffer of its own can.
require('../common');
const assert = require('assert');
const { MessageChannel, isMarkedAsUntransferable } = require('worker_threads');

const a = Buffer.from('hello');
const b = Buffer.from('world');
assert.strictEqual(a.buffer, b.buffer);
assert.strictEqual(isMarkedAsUntransferable(a.buffer), true);
const { port1, port2 } = new MessageChannel();
assert.throws(() => port1.postMessage(a, [a.buffer]), { name: 'DataCloneError', code: 25 });
assert.strictEqual(a.toString(), 'hello');

const own = Buffer.alloc(10000);
assert.strictEqual(isMarkedAsUntransferable(own.buffer), false);
port1.postMessage(own, [own.buffer]);
assert.strictEqual(own.length, 0);
port1.close();
port2.close();
