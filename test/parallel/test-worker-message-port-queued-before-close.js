'use strict';
// Messages a port's peer sent before closing wait for the port to start and come
// before its 'close'; a port whose last 'message' listener was removed stops, so
// what arrives then waits for the next listener.
const common = require('../common');
const assert = require('assert');
const { MessageChannel } = require('worker_threads');

{
  const { port1, port2 } = new MessageChannel();
  port2.postMessage('sent before close');
  port2.close();
  const order = [];
  port1.on('close', common.mustCall(() => {
    order.push('close');
    assert.deepStrictEqual(order, ['sent before close', 'close']);
  }));
  setTimeout(common.mustCall(() => {
    port1.on('message', common.mustCall((m) => order.push(m)));
  }), 20);
}

{
  const { port1, port2 } = new MessageChannel();
  const dropped = common.mustNotCall();
  port2.on('message', dropped);
  setImmediate(() => {
    port2.off('message', dropped);
    port1.postMessage('later');
    setTimeout(() => {
      port2.on('message', common.mustCall((m) => {
        assert.strictEqual(m, 'later');
        port2.close();
      }));
    }, 20);
  });
}
