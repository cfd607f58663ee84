'use strict';
// node:timers/promises — promise and async-iterator forms of the timers, with
// AbortSignal support and node's errors.

const { Timeout, Immediate, clearTimeout, clearImmediate } = require('internal/timers');
const {
  AbortError, codes,
} = require('internal/errors');
const { validateAbortSignal, validateBoolean, validateObject } = require('internal/validators');

const kScheduler = Symbol('kScheduler');

function cancelled(signal) {
  return new AbortError(undefined, { cause: signal?.reason });
}

function checkOptions(options) {
  validateObject(options, 'options');
  const { signal, ref = true } = options;
  validateAbortSignal(signal, 'options.signal');
  validateBoolean(ref, 'options.ref');
  return { signal, ref };
}

// Runs `start(resolve)` unless the signal already aborted; an abort later calls
// `cancel()` and rejects with AbortError.
function abortable(signal, start, cancel) {
  if (signal?.aborted) return Promise.reject(cancelled(signal));
  return new Promise((resolve, reject) => {
    let onAbort;
    if (signal) {
      onAbort = () => {
        cancel();
        reject(cancelled(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
    start((value) => {
      if (signal) signal.removeEventListener('abort', onAbort);
      resolve(value);
    });
  });
}

function setTimeout(after, value, options = {}) {
  let signal;
  let ref;
  try {
    ({ signal, ref } = checkOptions(options));
  } catch (err) {
    return Promise.reject(err);
  }
  let timeout;
  return abortable(signal, (resolve) => {
    timeout = new Timeout(resolve, after, [value], false, ref);
  }, () => clearTimeout(timeout));
}

function setImmediate(value, options = {}) {
  let signal;
  let ref;
  try {
    ({ signal, ref } = checkOptions(options));
  } catch (err) {
    return Promise.reject(err);
  }
  let immediate;
  return abortable(signal, (resolve) => {
    immediate = new Immediate(resolve, [value]);
    if (!ref) immediate.unref();
  }, () => clearImmediate(immediate));
}

async function* setInterval(after, value, options = {}) {
  const { signal, ref } = checkOptions(options);
  if (signal?.aborted) throw cancelled(signal);
  let notYielded = 0;
  let wake = null;
  const interval = new Timeout(() => {
    notYielded++;
    if (wake) {
      wake();
      wake = null;
    }
  }, after, undefined, true, ref);
  let onAbort;
  if (signal) {
    onAbort = () => {
      clearTimeout(interval);
      if (wake) {
        wake();
        wake = null;
      }
    };
    signal.addEventListener('abort', onAbort, { once: true });
  }
  try {
    while (!signal?.aborted) {
      if (notYielded === 0) await new Promise((resolve) => { wake = resolve; });
      for (; notYielded > 0; notYielded--) yield value;
    }
    throw cancelled(signal);
  } finally {
    clearTimeout(interval);
    signal?.removeEventListener('abort', onAbort);
  }
}

class Scheduler {
  constructor() {
    throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
  }

  yield() {
    if (!this[kScheduler]) throw new codes.ERR_INVALID_ARG_TYPE('this', 'Scheduler', this);
    return setImmediate();
  }

  wait(delay, options) {
    if (!this[kScheduler]) throw new codes.ERR_INVALID_ARG_TYPE('this', 'Scheduler', this);
    return setTimeout(delay, undefined, options);
  }
}

const scheduler = Object.create(Scheduler.prototype, { [kScheduler]: { value: true } });

module.exports = { setTimeout, setImmediate, setInterval, scheduler };
