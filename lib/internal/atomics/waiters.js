'use strict';
// Atomics.wait, Atomics.waitAsync and Atomics.notify over eddy's own registry of
// waiters, shared by every thread of the process (src/binding/atomics.c). JSC gives
// the VMs of its C API no waitAsync, and its Atomics.wait cannot be interrupted by a
// worker's terminate(); the engine's notify is still called first, for waiters of
// realms that use the engine's wait (vm contexts). This module maps an async
// waiter's id to its promise. Errors are V8's, with its messages, as node throws them.

const {
  BigInt, Function, Int32Array, Map, Math, Number, Object, Promise, RangeError, String,
  Symbol, TypeError,
} = globalThis;
const { setTimeout, clearTimeout } = require('internal/timers/public');
const { isSharedArrayBuffer } = require('internal/util/types').types;

const TypedArrayPrototype = Object.getPrototypeOf(Int32Array.prototype);
const typedArrayTag = Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;
const typedArrayLength = Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'length').get;
const typedArrayBuffer = Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'buffer').get;
const functionToString = Function.prototype.toString;
const objectToString = Object.prototype.toString;
const symbolToString = Symbol.prototype.toString;

// Timeouts beyond what a timer can hold (~24.8 days) wait without one.
const kMaxTimerDelay = 0x7fffffff;
const kMaxSafeIndex = Number.MAX_SAFE_INTEGER;

// A value as V8 names it in these errors, without calling into it: `#<Foo>` for an
// object whose toString is Object.prototype's, else `[object Tag]`.
function describe(value) {
  if (typeof value === 'function') return functionToString.call(value);
  if (typeof value === 'symbol') return symbolToString.call(value);
  if (typeof value !== 'object' || value === null) return String(value);
  if (value.toString === objectToString) {
    const ctor = value.constructor;
    if (typeof ctor === 'function' && typeof ctor.name === 'string' && ctor.name !== '') {
      return `#<${ctor.name}>`;
    }
  }
  return objectToString.call(value);
}

// True for a BigInt64Array, false for an Int32Array; a TypeError for anything else.
function validateWaitable(typedArray) {
  const tag = typeof typedArray === 'object' && typedArray !== null ?
    typedArrayTag.call(typedArray) : undefined;
  if (tag === 'BigInt64Array') return true;
  if (tag === 'Int32Array') return false;
  throw new TypeError(`${describe(typedArray)} is not an int32 or BigInt64 typed array.`);
}

function toIntegerOrInfinity(value) {
  const n = +value;
  return n !== n ? 0 : Math.trunc(n);
}

// ValidateAtomicAccess: the element index, checked against the array's length.
function validateIndex(typedArray, index) {
  const i = toIntegerOrInfinity(index);
  if (i < 0 || i > kMaxSafeIndex || i >= typedArrayLength.call(typedArray)) {
    throw new RangeError('Invalid atomic access index');
  }
  return i;
}

// ToPrimitive with the hint 'number'.
function toPrimitive(object) {
  const exotic = object[Symbol.toPrimitive];
  if (exotic !== undefined && exotic !== null) {
    const result = exotic.call(object, 'number');
    if (typeof result !== 'object' || result === null) return result;
    throw new TypeError('Cannot convert object to primitive value');
  }
  for (const method of ['valueOf', 'toString']) {
    const fn = object[method];
    if (typeof fn === 'function') {
      const result = fn.call(object);
      if (typeof result !== 'object' || result === null) return result;
    }
  }
  throw new TypeError('Cannot convert object to primitive value');
}

function toBigInt(value) {
  switch (typeof value) {
    case 'bigint': return value;
    case 'boolean':
    case 'string': return BigInt(value);
    case 'object':
      if (value !== null) return toBigInt(toPrimitive(value));
      break;
    default: break;
  }
  throw new TypeError(`Cannot convert ${describe(value)} to a BigInt`);
}

let binding;
let nextId = 1;
// id -> { resolve, typedArray (kept alive so its memory is not reused), timer }
const waiting = new Map();

function lazyBinding() {
  if (binding === undefined) {
    const b = internalBinding('atomics');
    // Its wake-up is an eventfd: out of descriptors, this call fails as node's system
    // errors do, and the next one tries again.
    const err = b.setup(onWoken);
    if (err !== 0) throw require('internal/errors').uvException({ errno: err, syscall: 'eventfd' });
    binding = b;
  }
  return binding;
}

function settle(id, result) {
  const w = waiting.get(id);
  if (w === undefined) return;
  waiting.delete(id);
  if (w.timer !== undefined) clearTimeout(w.timer);
  w.resolve(result);
}

function onWoken(ids) {
  for (let i = 0; i < ids.length; i++) settle(ids[i], 'ok');
}

function onTimeout(id) {
  // Not found: a notify woke it first, and its 'ok' is on the way.
  if (binding.cancel(id)) settle(id, 'timed-out');
}

// The arguments of wait and waitAsync, checked and coerced in the spec's order:
// [byteIndex, low, high (undefined for an Int32Array), ms].
function waitArguments(typedArray, index, value, timeout) {
  const wide = validateWaitable(typedArray);
  if (!isSharedArrayBuffer(typedArrayBuffer.call(typedArray))) {
    throw new TypeError(`${describe(typedArray)} is not a shared typed array.`);
  }
  const i = validateIndex(typedArray, index);
  let low;
  let high;
  if (wide) {
    const v = BigInt.asUintN(64, toBigInt(value));
    low = Number(v & 0xffffffffn);
    high = Number(v >> 32n);
  } else {
    low = value | 0;
  }
  const t = +timeout;
  const ms = t !== t ? Infinity : Math.max(t, 0);
  return [i * (wide ? 8 : 4), low, high, ms];
}

const kWaitResults = ['ok', 'not-equal', 'timed-out'];

function wait(typedArray, index, value, timeout) {
  const [byteIndex, low, high, ms] = waitArguments(typedArray, index, value, timeout);
  return kWaitResults[internalBinding('atomics').waitSync(typedArray, byteIndex, low, high, ms)];
}

function waitAsync(typedArray, index, value, timeout) {
  const [byteIndex, low, high, ms] = waitArguments(typedArray, index, value, timeout);
  const b = lazyBinding();
  const id = nextId++;
  if (!b.wait(typedArray, byteIndex, id, low, high)) return { async: false, value: 'not-equal' };
  if (ms === 0) {
    b.cancel(id);
    return { async: false, value: 'timed-out' };
  }
  let resolve;
  const promise = new Promise((res) => { resolve = res; });
  let timer;
  if (ms <= kMaxTimerDelay) {
    timer = setTimeout(onTimeout, ms, id);
    // A pending waitAsync does not keep the process alive, as in node.
    timer.unref();
  }
  waiting.set(id, { resolve, typedArray, timer });
  return { async: true, value: promise };
}

// engineNotify: the engine's own Atomics.notify, kept by the bootstrap before it
// put this one in its place.
function notify(engineNotify, typedArray, index, count) {
  const wide = validateWaitable(typedArray);
  const i = validateIndex(typedArray, index);
  const c = count === undefined ? Infinity : Math.max(toIntegerOrInfinity(count), 0);
  if (!isSharedArrayBuffer(typedArrayBuffer.call(typedArray))) return 0;
  const woken = engineNotify(typedArray, i, c);
  if (woken >= c) return woken;
  const more = internalBinding('atomics').notify(typedArray, i * (wide ? 8 : 4), c - woken);
  // This thread's own waiters settle once the current tick is done, before
  // setImmediate and timers: node resolves them from a task it runs then.
  if (more > 0 && binding !== undefined) {
    const ids = binding.take();
    if (ids !== undefined) process.nextTick(onWoken, ids);
  }
  return woken + more;
}

module.exports = { wait, waitAsync, notify };
