'use strict';
// Atomics.waitAsync and the Atomics.notify that wakes its waiters: results, order,
// timeouts, BigInt64Array, node's (V8's) errors, and that a pending wait does not
// keep the process alive. Threads: test-atomics-wait-async-worker.js.
const common = require('../common');
const assert = require('assert');
const { run } = require('../common/child');

const d = Object.getOwnPropertyDescriptor(Atomics, 'waitAsync');
assert.strictEqual(typeof d.value, 'function');
assert.deepStrictEqual([d.writable, d.enumerable, d.configurable], [true, false, true]);
assert.strictEqual(Atomics.waitAsync.name, 'waitAsync');
assert.strictEqual(Atomics.waitAsync.length, 4);
assert.strictEqual(Atomics.notify.name, 'notify');
assert.strictEqual(Atomics.notify.length, 3);

const ia = new Int32Array(new SharedArrayBuffer(16));
// Pending waits do not keep the process alive (checked at the end): this does until
// every promise below has settled.
const keepAlive = setInterval(() => {}, 1000);
const settled = [];

// Settled at once: the value differs, or the timeout is 0 (negative counts as 0).
assert.deepStrictEqual(Atomics.waitAsync(ia, 0, 1), { async: false, value: 'not-equal' });
assert.deepStrictEqual(Atomics.waitAsync(ia, 0, 0, 0), { async: false, value: 'timed-out' });
assert.deepStrictEqual(Atomics.waitAsync(ia, 0, 0, -5), { async: false, value: 'timed-out' });
// Coerced as the spec says: index 1.5 is 1, value '0' is 0.
assert.deepStrictEqual(Atomics.waitAsync(ia, 1.5, '0', 0), { async: false, value: 'timed-out' });
// Nothing waits: notify wakes no one; on unshared memory it is always 0.
assert.strictEqual(Atomics.notify(ia, 0), 0);
assert.strictEqual(Atomics.notify(new Int32Array(4), 0), 0);

// Waiters are woken oldest first, at most `count`, and only those on that element.
const woken = [];
const waits = ['a', 'b', 'c'].map((name) => {
  const r = Atomics.waitAsync(ia, 2, 0);
  assert.deepStrictEqual(Object.keys(r), ['async', 'value']);
  assert.strictEqual(r.async, true);
  assert(r.value instanceof Promise);
  r.value.then(common.mustCall((v) => woken.push(`${name} ${v}`)));
  return r;
});
const other = Atomics.waitAsync(ia, 3, 0, 20);
settled.push(other.value.then(common.mustCall((v) => assert.strictEqual(v, 'timed-out'))));
assert.strictEqual(Atomics.notify(ia, 2, 2), 2);
assert.strictEqual(Atomics.notify(ia, 2, 0), 0);
settled.push(Promise.all(waits.slice(0, 2).map((r) => r.value)).then(common.mustCall(() => {
  assert.deepStrictEqual(woken, ['a ok', 'b ok']);
  // The last one is still waiting; notify without a count wakes all.
  assert.strictEqual(Atomics.notify(ia, 2), 1);
  return waits[2].value;
})).then(common.mustCall(() => {
  assert.deepStrictEqual(woken, ['a ok', 'b ok', 'c ok']);
})));

// A timed-out waiter is gone: a later notify does not count it.
const short = Atomics.waitAsync(ia, 1, 0, 1);
settled.push(short.value.then(common.mustCall((v) => {
  assert.strictEqual(v, 'timed-out');
  assert.strictEqual(Atomics.notify(ia, 1), 0);
})));

// BigInt64Array: the value is a BigInt, compared on all 64 bits.
const ba = new BigInt64Array(new SharedArrayBuffer(16));
ba[1] = -(2n ** 40n) - 3n;
assert.deepStrictEqual(Atomics.waitAsync(ba, 1, -3n, 0), { async: false, value: 'not-equal' });
const big = Atomics.waitAsync(ba, 1, -(2n ** 40n) - 3n);
assert.strictEqual(big.async, true);
settled.push(big.value.then(common.mustCall((v) => assert.strictEqual(v, 'ok'))));
assert.strictEqual(Atomics.notify(ba, 1, 5), 1);

Promise.all(settled).then(common.mustCall(() => clearInterval(keepAlive)));

// A notified waiter of this thread settles after the current tick's microtasks,
// before setImmediate and timers, as in node.
{
  const order = [];
  const w = Atomics.waitAsync(ia, 0, 0);
  w.value.then((v) => order.push(`waiter ${v}`));
  Atomics.notify(ia, 0);
  Promise.resolve().then(() => order.push('microtask'));
  process.nextTick(() => order.push('tick'));
  setImmediate(common.mustCall(() => {
    order.push('immediate');
    assert.deepStrictEqual(order, ['tick', 'microtask', 'waiter ok', 'immediate']);
  }));
}

// Errors, with node's messages, checked in the spec's order.
const notWaitable = (s) => ({ name: 'TypeError', message: `${s} is not an int32 or BigInt64 typed array.` });
assert.throws(() => Atomics.waitAsync(new Uint8Array(new SharedArrayBuffer(4)), 0, 0),
              notWaitable('[object Uint8Array]'));
assert.throws(() => Atomics.waitAsync({}, 0, 0), notWaitable('#<Object>'));
assert.throws(() => Atomics.waitAsync(undefined, 0, 0), notWaitable('undefined'));
assert.throws(() => Atomics.waitAsync(5, 0, 0), notWaitable('5'));
assert.throws(() => Atomics.notify([], 0), notWaitable('[object Array]'));
assert.throws(() => Atomics.waitAsync(new Int32Array(4), 0, 0),
              { name: 'TypeError', message: '[object Int32Array] is not a shared typed array.' });
const badIndex = { name: 'RangeError', message: 'Invalid atomic access index' };
assert.throws(() => Atomics.waitAsync(ia, 4, 0), badIndex);
assert.throws(() => Atomics.waitAsync(ia, -1, 0), badIndex);
assert.throws(() => Atomics.notify(ia, 9), badIndex);
assert.throws(() => Atomics.waitAsync(ba, 0, 0), { name: 'TypeError', message: 'Cannot convert 0 to a BigInt' });
const log = [];
const spy = (name, value) => ({ valueOf() { log.push(name); return value; } });
Atomics.waitAsync(ia, spy('index', 0), spy('value', 1), spy('timeout', 0));
Atomics.notify(ia, spy('index', 0), spy('count', 0));
assert.deepStrictEqual(log, ['index', 'value', 'timeout', 'index', 'count']);

// A waiter does not keep the process alive (node exits without settling it).
const child = run(['-e', 'const ia = new Int32Array(new SharedArrayBuffer(4));' +
  'Atomics.waitAsync(ia, 0, 0, 60000).value.then((v) => console.log(v));' +
  'Atomics.waitAsync(ia, 0, 0).value.then((v) => console.log(v));']);
assert.strictEqual(child.code, 0);
assert.strictEqual(child.stdout, '');
