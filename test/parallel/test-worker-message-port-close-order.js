'use strict';
// A port closed by its own close() still holds the loop (hasRef) until its close
// completes; its 'close' comes first, then its peer's, and by then neither holds it.
const common = require('../common');
const assert = require('assert');
const { MessageChannel } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
assert.strictEqual(port1.hasRef(), false);
port1.on('message', common.mustNotCall());
port2.on('message', common.mustNotCall());
assert.strictEqual(port1.hasRef(), true);
assert.strictEqual(port2.hasRef(), true);

const order = [];
port2.on('close', common.mustCall(() => {
  order.push('port2');
  assert.strictEqual(port1.hasRef(), true);
  assert.strictEqual(port2.hasRef(), false);
}));
port1.on('close', common.mustCall(() => {
  order.push('port1');
  assert.strictEqual(port1.hasRef(), false);
  assert.strictEqual(port2.hasRef(), false);
}));

port2.close();
assert.strictEqual(port1.hasRef(), true);
assert.strictEqual(port2.hasRef(), true);

process.on('exit', () => assert.deepStrictEqual(order, ['port2', 'port1']));
