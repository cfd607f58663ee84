'use strict';
// moveMessagePortToContext() checks its arguments as node does: a MessagePort,
// still open, and a vm context.
require('../common');
const assert = require('assert');
const { MessageChannel, moveMessagePortToContext } = require('worker_threads');

assert.throws(() => moveMessagePortToContext({}, {}), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "port" argument must be a MessagePort instance',
});
const { port1, port2 } = new MessageChannel();
assert.throws(() => moveMessagePortToContext(port1, {}), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'Invalid context argument',
});
port1.close();
assert.throws(() => moveMessagePortToContext(port1, {}), {
  code: 'ERR_CLOSED_MESSAGE_PORT', message: 'Cannot send data on closed MessagePort',
});
port2.close();
