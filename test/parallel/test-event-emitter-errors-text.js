'use strict';
// 'error' without a listener, errorMonitor, and node's texts for bad input.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const ee = new EventEmitter();
assert.throws(() => ee.emit('error', 'str'), {
  code: 'ERR_UNHANDLED_ERROR',
  message: "Unhandled error. ('str')",
  context: 'str',
});
assert.throws(() => ee.emit('error'), {
  code: 'ERR_UNHANDLED_ERROR',
  message: 'Unhandled error. (undefined)',
});
const err = new Error('x');
ee.on(EventEmitter.errorMonitor, common.mustCall((e) => assert.strictEqual(e, err)));
assert.throws(() => ee.emit('error', err), (e) => e === err);

assert.throws(() => ee.setMaxListeners(-1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "setMaxListeners" is out of range. It must be >= 0. Received -1',
});
assert.throws(() => { EventEmitter.defaultMaxListeners = 'a'; }, {
  code: 'ERR_INVALID_ARG_TYPE',
  message: "The \"defaultMaxListeners\" argument must be of type number. Received type string ('a')",
});
assert.throws(() => ee.on('x', 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "listener" argument must be of type function. Received type number (1)',
});
assert.throws(() => new EventEmitter({ captureRejections: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.captureRejections" property must be of type boolean. Received type number (1)',
});

process.on('warning', common.mustCall((w) => {
  assert.strictEqual(w.name, 'MaxListenersExceededWarning');
  assert.strictEqual(w.message, 'Possible EventEmitter memory leak detected. 11 foo listeners ' +
    'added to [Foo]. MaxListeners is 10. Use emitter.setMaxListeners() to increase limit');
  assert.strictEqual(w.count, 11);
  assert.strictEqual(w.type, 'foo');
}));
class Foo extends EventEmitter {}
const foo = new Foo();
for (let i = 0; i < 11; i++) foo.on('foo', () => {});
