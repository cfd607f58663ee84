'use strict';
// Shared pieces of the WHATWG streams: the queue-with-sizes, strategy extraction,
// promise helpers and the brand/state symbols every class uses.

const { codes } = require('internal/errors');

const kState = Symbol('kState');
const kType = Symbol('kType');

// A pending promise with its settle functions, marked handled when asked so that a
// rejection nobody waits for does not crash the process.
function deferred() {
  const d = { promise: undefined, resolve: undefined, reject: undefined, settled: false };
  d.promise = new Promise((res, rej) => {
    d.resolve = (v) => {
      d.settled = true;
      res(v);
    };
    d.reject = (e) => {
      d.settled = true;
      rej(e);
    };
  });
  return d;
}

const noop = () => {};

function setHandled(promise) {
  promise.then(noop, noop);
  return promise;
}

function rejected(error) {
  return setHandled(Promise.reject(error));
}

// Calls obj[name](...args) if present and turns the result (or a throw) into a
// promise, as the spec's "promise-calling" of an underlying source/sink method.
function promiseCall(fn, thisArg, ...args) {
  try {
    return Promise.resolve(Reflect.apply(fn, thisArg, args));
  } catch (err) {
    return Promise.reject(err);
  }
}

function enqueueValueWithSize(c, value, size) {
  if (typeof size !== 'number' || Number.isNaN(size) || size < 0 || size === Infinity) {
    throw new codes.ERR_INVALID_ARG_VALUE.RangeError('size', size);
  }
  c.queue.push({ value, size });
  c.queueTotalSize += size;
}

function dequeueValue(c) {
  const { value, size } = c.queue.shift();
  c.queueTotalSize = Math.max(0, c.queueTotalSize - size);
  return value;
}

function peekQueueValue(c) {
  return c.queue[0].value;
}

function resetQueue(c) {
  c.queue = [];
  c.queueTotalSize = 0;
}

function extractHighWaterMark(value, defaultHWM) {
  if (value === undefined) return defaultHWM;
  value = Number(value);
  if (Number.isNaN(value) || value < 0) {
    throw new codes.ERR_INVALID_ARG_VALUE.RangeError('strategy.highWaterMark', value);
  }
  return value;
}

function extractSizeAlgorithm(size) {
  if (size === undefined) return () => 1;
  if (typeof size !== 'function') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('strategy.size', 'Function', size);
  }
  return (chunk) => size(chunk);
}

function invalidState(message) {
  return new codes.ERR_INVALID_STATE.TypeError(message);
}

function checkThis(obj, type, name) {
  if (obj === null || typeof obj !== 'object' || obj[kType] !== type) throw new codes.ERR_INVALID_THIS(name);
}

function rejectThis(obj, type, name) {
  if (obj === null || typeof obj !== 'object' || obj[kType] !== type) {
    return Promise.reject(new codes.ERR_INVALID_THIS(name));
  }
  return null;
}

module.exports = {
  checkThis,
  deferred,
  dequeueValue,
  enqueueValueWithSize,
  extractHighWaterMark,
  extractSizeAlgorithm,
  invalidState,
  kState,
  kType,
  noop,
  peekQueueValue,
  promiseCall,
  rejectThis,
  rejected,
  resetQueue,
  setHandled,
};
