'use strict';
// Unhandled promise rejections, with node's --unhandled-rejections modes. JSC
// reports each rejection that is still unhandled once the microtask queue is empty;
// they are queued here and processed at the end of the tick, as node does.

const { setHasRejectionToWarn, setRejectionProcessor } = require('internal/process/task_queues');
const { triggerUncaughtException } = require('internal/process/execution');

// Rejections JSC reported, in order, until the end of the tick judges them.
const maybeUnhandled = new Map();
// Rejections that were reported as unhandled: a handler added later emits
// 'rejectionHandled'.
const reported = new WeakSet();
let mode = 'throw';

function setMode(value) {
  if (value) mode = value;
}

// JSC tells eddy only about rejections still unhandled when the microtask queue
// empties; node also forgives handlers attached by the nextTicks that follow, and
// emits 'rejectionHandled' for late ones. Both need to see handlers being attached,
// so after the first report Promise.prototype.then notes the promises it is called
// on (.catch and .finally go through it); an `await` is seen through the engine's
// handled flag at the end of the tick, but a late one does not emit 'rejectionHandled'.
let thenPatched = false;
function patchThen() {
  thenPatched = true;
  const originalThen = Promise.prototype.then;
  const { then } = {
    then(onFulfilled, onRejected) {
      if (maybeUnhandled.size !== 0 || reportedCount !== 0) noteHandled(this);
      return originalThen.call(this, onFulfilled, onRejected);
    },
  };
  Object.defineProperty(Promise.prototype, 'then', { value: then, writable: true, configurable: true, enumerable: false });
}

let reportedCount = 0;
// Node numbers the rejections it is told about; the warnings name that id.
let lastRejectionId = 0;
const rejectionIds = new WeakMap();
// Reported rejections handled since: 'rejectionHandled' is emitted for them at the
// next processing, before new rejections are judged (node's order).
const lateHandled = [];
function noteHandled(promise) {
  if (maybeUnhandled.delete(promise)) return;
  if (reported.has(promise)) {
    reported.delete(promise);
    reportedCount--;
    lateHandled.push(promise);
    setHasRejectionToWarn(true);
  }
}

function onUnhandledRejection(promise, reason) {
  if (!thenPatched) patchThen();
  maybeUnhandled.set(promise, reason);
  rejectionIds.set(promise, ++lastRejectionId);
  setHasRejectionToWarn(true);
}

// The reason as V8 names a value without running any of its code (no toString,
// no getters): primitives as strings, functions by their source, an object whose
// toString is Object.prototype's as #<Constructor>, any other as [object Tag].
function dataProperty(object, key) {
  for (let o = object; o !== null; o = Object.getPrototypeOf(o)) {
    const desc = Object.getOwnPropertyDescriptor(o, key);
    if (desc !== undefined) return desc.value;
  }
  return undefined;
}

function noSideEffectsToString(value) {
  if (typeof value === 'symbol') return value.toString();
  if (typeof value === 'function') return Function.prototype.toString.call(value);
  if (value === null || typeof value !== 'object') return `${value}`;
  try {
    // An error is named by its name and message data properties, as V8 does.
    if (isError(value)) {
      const name = dataProperty(value, 'name');
      const message = dataProperty(value, 'message');
      const head = typeof name === 'string' ? name : 'Error';
      return typeof message === 'string' && message !== '' ? `${head}: ${message}` : head;
    }
    if (dataProperty(value, 'toString') === Object.prototype.toString) {
      const name = dataProperty(value, 'constructor')?.name;
      if (typeof name === 'string' && name !== '') return `#<${name}>`;
    }
    return Array.isArray(value) ? '[object Array]' : '[object Object]';
  } catch {
    return '[object Object]'; // a Proxy whose traps throw
  }
}

function unhandledRejectionError(reason) {
  const { codes } = require('internal/errors');
  const text = noSideEffectsToString(reason);
  // node's is a plain Error named UnhandledPromiseRejection that has a code: the
  // code is not in its toString() or stack header, as it is in the ERR_* errors'.
  const err = new Error(new codes.ERR_UNHANDLED_REJECTION(text).message);
  err.code = 'ERR_UNHANDLED_REJECTION';
  err.name = 'UnhandledPromiseRejection';
  Error.captureStackTrace(err, unhandledRejectionError);
  return err;
}

function isError(value) {
  return value instanceof Error ||
    Object.prototype.toString.call(value) === '[object Error]';
}

// A warning whose stack is its header alone (node makes these without capturing).
function bareWarning(name, message) {
  const warning = new Error(message);
  warning.name = name;
  warning.stack = `${name}: ${message}`;
  return warning;
}

// Two warnings, as node: the reason (its own `stack` when it has one, else its
// side-effect-free name), then the explanation carrying the rejection id, whose
// stack is the reason's when the reason has one.
function warn(reason, id) {
  const name = 'UnhandledPromiseRejectionWarning';
  const warning = bareWarning(name,
    'Unhandled promise rejection. This error originated either by throwing inside of an ' +
    'async function without a catch block, or by rejecting a promise which was not handled ' +
    'with .catch(). To terminate the node process on unhandled promise rejection, use the ' +
    `CLI flag \`--unhandled-rejections=strict\` (see https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). (rejection id: ${id})`);
  try {
    if (reason !== null && typeof reason === 'object' && Object.prototype.hasOwnProperty.call(reason, 'stack')) {
      warning.stack = reason.stack;
      process.emitWarning(reason.stack, name);
    } else {
      process.emitWarning(noSideEffectsToString(reason), name);
    }
  } catch {
    try {
      process.emitWarning(noSideEffectsToString(reason), name);
    } catch {
      // Nothing more can be said about this reason.
    }
  }
  process.emitWarning(warning);
}

// Who hears of an unhandled rejection: 'unhandledRejection' listeners, or, once
// node:domain is loaded, the domain the promise was rejected in.
let emitUnhandled = (reason, promise) => process.emit('unhandledRejection', reason, promise);
function setUnhandledEmitter(fn) {
  emitUnhandled = fn;
}

function handle({ promise, reason }) {
  require('internal/errors/stack').v8EngineError(reason);
  const id = rejectionIds.get(promise);
  switch (mode) {
    case 'none':
      emitUnhandled(reason, promise);
      break;
    case 'warn':
      emitUnhandled(reason, promise);
      warn(reason, id);
      break;
    case 'warn-with-error-code':
      if (!emitUnhandled(reason, promise)) {
        warn(reason, id);
        process.exitCode = 1;
      }
      break;
    case 'strict': {
      const err = isError(reason) ? reason : unhandledRejectionError(reason);
      triggerUncaughtException(err, true);
      emitUnhandled(reason, promise);
      break;
    }
    default:
      if (!emitUnhandled(reason, promise)) {
        const err = isError(reason) ? reason : unhandledRejectionError(reason);
        triggerUncaughtException(err, true);
      }
  }
}

const { promiseIsHandled } = internalBinding('util');

function processPromiseRejections() {
  while (lateHandled.length !== 0) {
    const promise = lateHandled.shift();
    if (!process.emit('rejectionHandled', promise)) {
      process.emitWarning(bareWarning('PromiseRejectionHandledWarning',
        `Promise rejection was handled asynchronously (rejection id: ${rejectionIds.get(promise)})`));
    }
  }
  for (const [promise, reason] of maybeUnhandled) {
    maybeUnhandled.delete(promise);
    // Handled since JSC reported it, by an await the Promise#then patch cannot see.
    if (promiseIsHandled(promise)) continue;
    reported.add(promise);
    reportedCount++;
    handle({ promise, reason });
  }
  return false;
}

setRejectionProcessor(processPromiseRejections);

module.exports = { onUnhandledRejection, setMode, setUnhandledEmitter };
