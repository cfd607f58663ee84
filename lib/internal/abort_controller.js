'use strict';
// AbortController and AbortSignal. A signal aborts once: it records the reason,
// dispatches a trusted 'abort' event, then aborts the signals made from it by
// AbortSignal.any(). AbortSignal.timeout() uses an unref'd timer, so a pending
// timeout never keeps the process alive.

const {
  EventTarget, Event, defineEventHandler, kTrustEvent, dispatchTrusted, kMaxEventTargetListeners,
} = require('internal/event_target');
const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS },
} = require('internal/errors');
const { validateUint32 } = require('internal/validators');
const { customInspectSymbol } = require('internal/util');

let DOMExceptionClass;
function domException(message, name) {
  DOMExceptionClass ??= require('internal/dom_exception').DOMException;
  return new DOMExceptionClass(message, name);
}

const kDontThrow = Symbol('kDontThrow');
// Per-signal state: { aborted, reason, dependants: Set<AbortSignal> | undefined }.
const signalState = new WeakMap();

function stateOf(signal) {
  const state = signal !== null && typeof signal === 'object' ? signalState.get(signal) : undefined;
  if (state === undefined) throw new ERR_INVALID_THIS('AbortSignal');
  return state;
}

function inspectObject(name, value, depth, options) {
  if (depth < 0) return name;
  const { inspect } = require('internal/util/inspect');
  return `${name} ${inspect(value, {
    ...options, depth: options?.depth == null ? options?.depth : options.depth - 1,
  })}`;
}

function createSignal(aborted = false, reason = undefined) {
  const signal = new AbortSignal(kDontThrow);
  const state = signalState.get(signal);
  state.aborted = aborted;
  state.reason = reason;
  return signal;
}

function abortSignal(signal, reason) {
  const state = signalState.get(signal);
  if (state.aborted) return;
  state.aborted = true;
  state.reason = reason;
  dispatchTrusted(signal, new Event('abort', { [kTrustEvent]: true }));
  const dependants = state.dependants;
  if (dependants !== undefined) {
    state.dependants = undefined;
    for (const dependant of dependants) abortSignal(dependant, reason);
  }
}

function isAbortSignal(value) {
  return value !== null && typeof value === 'object' && signalState.has(value);
}

function conversionError(message) {
  const err = new TypeError(message);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

class AbortSignal extends EventTarget {
  constructor(key = undefined) {
    if (key !== kDontThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
    // Many parts of a program may watch one signal: never warn about its listeners.
    this[kMaxEventTargetListeners] = 0;
    signalState.set(this, { aborted: false, reason: undefined, dependants: undefined });
  }

  get aborted() {
    return stateOf(this).aborted;
  }

  get reason() {
    return stateOf(this).reason;
  }

  throwIfAborted() {
    const state = stateOf(this);
    if (state.aborted) throw state.reason;
  }

  static abort(reason = domException('This operation was aborted', 'AbortError')) {
    return createSignal(true, reason);
  }

  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = createSignal();
    const { Timeout } = require('internal/timers');
    // eslint-disable-next-line no-new
    new Timeout(() => {
      abortSignal(signal, domException('The operation was aborted due to timeout', 'TimeoutError'));
    }, delay, undefined, false, false);
    return signal;
  }

  static any(signals) {
    if (signals === null || typeof signals !== 'object' ||
        typeof signals[Symbol.iterator] !== 'function') {
      throw conversionError('signals can not be converted to sequence.');
    }
    const list = [...signals];
    for (let i = 0; i < list.length; i++) {
      if (!isAbortSignal(list[i])) {
        throw new ERR_INVALID_ARG_TYPE(`signals[${i}]`, 'AbortSignal', list[i]);
      }
    }
    const result = createSignal();
    for (const signal of list) {
      const state = signalState.get(signal);
      if (state.aborted) {
        const resultState = signalState.get(result);
        resultState.aborted = true;
        resultState.reason = state.reason;
        return result;
      }
    }
    for (const signal of list) {
      const state = signalState.get(signal);
      (state.dependants ??= new Set()).add(result);
    }
    return result;
  }

  [customInspectSymbol](depth, options) {
    return inspectObject('AbortSignal', { aborted: this.aborted }, depth, options);
  }
}

for (const key of ['aborted', 'reason', 'throwIfAborted']) {
  Object.defineProperty(AbortSignal.prototype, key, { __proto__: null, enumerable: true });
}
for (const key of ['abort', 'timeout', 'any']) {
  Object.defineProperty(AbortSignal, key, { __proto__: null, enumerable: true });
}
defineEventHandler(AbortSignal.prototype, 'abort');
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, {
  __proto__: null,
  value: 'AbortSignal', writable: false, enumerable: false, configurable: true,
});

const controllerSignal = new WeakMap();

function signalOf(controller) {
  const signal = controller !== null && typeof controller === 'object'
    ? controllerSignal.get(controller) : undefined;
  if (signal === undefined) throw new ERR_INVALID_THIS('AbortController');
  return signal;
}

class AbortController {
  constructor() {
    controllerSignal.set(this, createSignal());
  }

  get signal() {
    return signalOf(this);
  }

  abort(reason = domException('This operation was aborted', 'AbortError')) {
    abortSignal(signalOf(this), reason);
  }

  [customInspectSymbol](depth, options) {
    return inspectObject('AbortController', { signal: this.signal }, depth, options);
  }
}

for (const key of ['signal', 'abort']) {
  Object.defineProperty(AbortController.prototype, key, { __proto__: null, enumerable: true });
}
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, {
  __proto__: null,
  value: 'AbortController', writable: false, enumerable: false, configurable: true,
});

module.exports = {
  AbortController,
  AbortSignal,
  abortSignal,
  isAbortSignal,
};
