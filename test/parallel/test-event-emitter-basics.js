'use strict';
// EventEmitter: removal during emit, once/prepend wrappers, symbol names,
// `this`, argument counts, removeListener/newListener events.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const ee = new EventEmitter();
const log = [];
function b() { log.push('b'); }
ee.on('x', () => {
  log.push('a');
  ee.removeListener('x', b);
});
ee.on('x', b);
ee.emit('x'); // b still runs: emit works on a copy of the listeners
ee.emit('x');
assert.deepStrictEqual(log, ['a', 'b', 'a']);

const order = [];
ee.once('y', (...args) => order.push(['once', args]));
ee.prependOnceListener('y', () => order.push(['prepended']));
assert.strictEqual(ee.rawListeners('y').length, 2);
assert.strictEqual(typeof ee.rawListeners('y')[0].listener, 'function');
assert.strictEqual(ee.emit('y', 1, 2, 3), true);
assert.strictEqual(ee.emit('y'), false);
assert.deepStrictEqual(order, [['prepended'], ['once', [1, 2, 3]]]);

const sym = Symbol('s');
ee.on(sym, () => {});
assert.deepStrictEqual(ee.eventNames(), ['x', sym]);
ee.removeAllListeners();
assert.deepStrictEqual(ee.eventNames(), []);

const e2 = new EventEmitter();
const f = () => {};
e2.on('removeListener', common.mustCall((name, listener) => {
  assert.strictEqual(name, 'q');
  assert.strictEqual(listener, f);
}));
e2.on('newListener', common.mustCall((name, listener) => {
  assert.strictEqual(name, 'q');
  assert.strictEqual(listener, f); // the user's function, not the once wrapper
}));
e2.once('q', f);
e2.removeListener('q', f);
assert.strictEqual(e2.listenerCount('q'), 0);

const e3 = new EventEmitter();
e3.on('a', common.mustCall(function(...args) {
  assert.strictEqual(this, e3);
  assert.deepStrictEqual(args, [1, 2, 3, 4, 5]);
}));
e3.emit('a', 1, 2, 3, 4, 5);
assert.strictEqual(e3.listenerCount('a', () => {}), 0);
assert.strictEqual(EventEmitter.listenerCount(e3, 'a'), 1);
assert.strictEqual(EventEmitter.prototype.addListener.name, 'addListener');
assert.strictEqual(EventEmitter.prototype.on, EventEmitter.prototype.addListener);
assert.deepStrictEqual(Object.keys(require('events')).sort(), [
  'EventEmitter', 'EventEmitterAsyncResource', 'addAbortListener', 'captureRejectionSymbol',
  'captureRejections', 'defaultMaxListeners', 'errorMonitor', 'getEventListeners',
  'getMaxListeners', 'init', 'listenerCount', 'on', 'once', 'setMaxListeners', 'usingDomains',
]);
