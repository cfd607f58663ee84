'use strict';
// A MessagePort closed by its own 'message' listener still delivers the messages
// already queued for it, then emits 'close'.
const common = require('../common');
const assert = require('assert');
const { MessageChannel } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
const seen = [];
port1.on('message', common.mustCall((m) => {
  seen.push(m);
  port1.close();
}, 2));
port1.on('close', common.mustCall(() => assert.deepStrictEqual(seen, ['foo', 'bar'])));
port2.postMessage('foo');
port2.postMessage('bar');
