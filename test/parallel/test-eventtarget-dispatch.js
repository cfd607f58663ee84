'use strict';
// EventTarget dispatch: order, once, capture identity, handleEvent, passive,
// stopImmediatePropagation, defaultPrevented, signal, recursion, listener errors.
const common = require('../common');
const assert = require('assert');

const et = new EventTarget();
const order = [];
et.addEventListener('foo', function(e) {
  order.push('a');
  assert.strictEqual(this, et);
  assert.strictEqual(e.eventPhase, Event.AT_TARGET);
  assert.strictEqual(e.target, et);
  assert.strictEqual(e.currentTarget, et);
  e.preventDefault();
});
et.addEventListener('foo', { handleEvent(e) { order.push('b'); assert.notStrictEqual(this, et); } });
et.addEventListener('foo', () => order.push('once'), { once: true });
const dup = () => order.push('dup');
et.addEventListener('foo', dup);
et.addEventListener('foo', dup);
et.addEventListener('foo', dup, { capture: true });
const ev = new Event('foo', { cancelable: true });
assert.strictEqual(et.dispatchEvent(ev), false);
assert.deepStrictEqual(order, ['a', 'b', 'once', 'dup', 'dup']);
assert.strictEqual(ev.defaultPrevented, true);
assert.strictEqual(ev.eventPhase, Event.NONE);
assert.strictEqual(ev.currentTarget, null);
assert.strictEqual(ev.target, et);
assert.strictEqual(ev.isTrusted, false);
order.length = 0;
et.removeEventListener('foo', dup, true);
et.dispatchEvent(new Event('foo'));
assert.deepStrictEqual(order, ['a', 'b', 'dup']);

// passive listeners cannot cancel; stopImmediatePropagation stops the rest.
const t2 = new EventTarget();
t2.addEventListener('x', (e) => e.preventDefault(), { passive: true });
t2.addEventListener('x', (e) => e.stopImmediatePropagation());
t2.addEventListener('x', common.mustNotCall());
const ev2 = new Event('x', { cancelable: true });
assert.strictEqual(t2.dispatchEvent(ev2), true);
assert.strictEqual(ev2.defaultPrevented, false);

// signal removes the listener; an aborted signal never adds it.
const t3 = new EventTarget();
const ac = new AbortController();
t3.addEventListener('x', common.mustCall(), { signal: ac.signal });
t3.dispatchEvent(new Event('x'));
ac.abort();
t3.dispatchEvent(new Event('x'));
t3.addEventListener('x', common.mustNotCall(), { signal: AbortSignal.abort() });
t3.dispatchEvent(new Event('x'));

// recursion
const t4 = new EventTarget();
t4.addEventListener('r', common.mustCall((e) => {
  assert.throws(() => t4.dispatchEvent(e), {
    code: 'ERR_EVENT_RECURSION',
    name: 'Error',
    message: 'The event "r" is already being dispatched',
  });
}));
t4.dispatchEvent(new Event('r'));

// A throwing listener does not stop the others; the error is uncaught later.
const t5 = new EventTarget();
const boom = new Error('boom');
t5.addEventListener('e', () => { throw boom; });
t5.addEventListener('e', common.mustCall());
process.on('uncaughtException', common.mustCall((err) => assert.strictEqual(err, boom)));
t5.dispatchEvent(new Event('e'));

// CustomEvent
const ce = new CustomEvent('c', { detail: { n: 1 } });
assert.deepStrictEqual(ce.detail, { n: 1 });
assert.strictEqual(new CustomEvent('c').detail, null);
assert.ok(ce instanceof Event);
assert.strictEqual(Object.prototype.toString.call(ce), '[object CustomEvent]');
