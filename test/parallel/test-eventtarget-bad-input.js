'use strict';
// node's errors and warnings for misuse of EventTarget and Event.
const common = require('../common');
const assert = require('assert');

const et = new EventTarget();
assert.throws(() => et.addEventListener('foo', 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "listener" argument must be an instance of EventListener. Received type number (5)',
});
assert.throws(() => et.addEventListener('foo'), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "type" and "listener" arguments must be specified',
});
assert.throws(() => et.dispatchEvent({ type: 'x' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "event" argument must be an instance of Event. Received an instance of Object',
});
assert.throws(() => et.dispatchEvent(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => new Event(), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "type" argument must be specified',
});
assert.throws(() => new Event('x', 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (5)',
});
assert.throws(() => EventTarget.prototype.addEventListener.call({}, 'x', () => {}), {
  code: 'ERR_INVALID_THIS',
  message: 'Value of "this" must be of type EventTarget',
});
assert.throws(() => Object.getOwnPropertyDescriptor(Event.prototype, 'type').get.call({}), {
  code: 'ERR_INVALID_THIS',
  message: 'Value of "this" must be of type Event',
});
assert.throws(() => et.addEventListener('foo', () => {}, { signal: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.signal" property must be an instance of AbortSignal. Received type number (1)',
});

const warnings = [];
process.on('warning', common.mustCall((w) => warnings.push(`${w.name}: ${w.message}`), 2));
et.addEventListener('foo', null);
for (let i = 0; i < 11; i++) et.addEventListener('bar', () => {});
process.on('exit', () => {
  assert.deepStrictEqual(warnings, [
    'AddEventListenerArgumentTypeWarning: addEventListener called with null which has no effect.',
    'MaxListenersExceededWarning: Possible EventTarget memory leak detected. 11 bar listeners ' +
      'added to EventTarget. MaxListeners is 10. Use events.setMaxListeners() to increase limit',
  ]);
});
