'use strict';
// AbortController and AbortSignal. A signal aborts once: it records the reason,
// dispatches a trusted 'abort' event, then aborts the signals made from it by
// AbortSignal.any(). AbortSignal.timeout() uses an unref'd timer, so a pending
// timeout never keeps the process alive.
//
// Memory: a long-lived signal (a server's shutdown signal) may feed
// AbortSignal.any() once per request, so sources hold their dependants weakly and
// forget them once collected. A dependant that has 'abort' listeners is held
// strongly by its sources, and a timeout signal by its timer while it (or a
// dependant of it) has listeners: a signal nobody listens to and nobody can
// reach may be collected, one that somebody listens to fires.

const {
  EventTarget, Event, defineEventHandler, kTrustEvent, dispatchTrusted, kMaxEventTargetListeners,
  kNewListener, kRemoveListener,
} = require('internal/event_target');
const { codes } = require('internal/errors');
const { validateUint32 } = require('internal/validators');
const { customInspectSymbol } = require('internal/util');

let DOMExceptionClass;
function domException(message, name) {
  DOMExceptionClass ??= require('internal/dom_exception').DOMException;
  return new DOMExceptionClass(message, name);
}

const kDontThrow = Symbol('kDontThrow');
// Per-signal state:
//   aborted, reason
//   listeners: how many 'abort' listeners it has
//   dependants: Set<WeakRef<AbortSignal>> made from it by any() (sources only)
//   listened: Set<AbortSignal> of those dependants that have listeners
//   sources: WeakRef<AbortSignal>[] it was made from (any() results only)
//   timer: { strong } holder the timeout's timer reads (timeout() results only)
const signalState = new WeakMap();

// Forgets a collected dependant in its sources' sets.
const dependantRegistry = new FinalizationRegistry(({ ref, sources }) => {
  for (const sourceRef of sources) signalState.get(sourceRef.deref())?.dependants?.delete(ref);
});

function isListened(state) {
  return !state.aborted && (state.listeners > 0 || (state.listened?.size ?? 0) > 0);
}

// Re-evaluates who must keep `signal` alive after its listeners changed.
function updateRetention(signal) {
  const state = signalState.get(signal);
  const keep = isListened(state);
  if (state.sources !== undefined) {
    for (const sourceRef of state.sources) {
      const source = sourceRef.deref();
      if (source === undefined) continue;
      const sourceState = signalState.get(source);
      if (keep) (sourceState.listened ??= new Set()).add(signal);
      else sourceState.listened?.delete(signal);
      updateRetention(source);
    }
  }
  if (state.timer !== undefined) state.timer.strong = keep ? signal : null;
}

// A Proxy of a signal reads the signal's state (node keeps it in symbol-keyed
// properties, which a forwarding Proxy reaches).
let getProxyTarget;
function stateOf(signal) {
  if (signal === null || typeof signal !== 'object') throw new codes.ERR_INVALID_THIS('AbortSignal');
  let state = signalState.get(signal);
  if (state === undefined) {
    getProxyTarget ??= internalBinding('util').getProxyTarget;
    for (let t = getProxyTarget(signal); t !== undefined && state === undefined; t = getProxyTarget(t)) {
      state = signalState.get(t);
    }
  }
  if (state === undefined) throw new codes.ERR_INVALID_THIS('AbortSignal');
  return state;
}

// Beyond the depth limit node shows the object itself, uncustomised
// (`[AbortSignal]` nested, `AbortController {}` at the top).
function inspectObject(self, name, value, depth, options) {
  if (depth < 0) return self;
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
  const dependants = state.dependants;
  state.dependants = undefined;
  state.listened = undefined;
  updateRetention(signal);
  dispatchTrusted(signal, new Event('abort', { [kTrustEvent]: true }));
  if (dependants !== undefined) {
    for (const ref of dependants) {
      const dependant = ref.deref();
      if (dependant !== undefined) abortSignal(dependant, reason);
    }
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
    if (key !== kDontThrow) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    super();
    // Many parts of a program may watch one signal: never warn about its listeners.
    this[kMaxEventTargetListeners] = 0;
    signalState.set(this, {
      aborted: false, reason: undefined, listeners: 0, dependants: undefined,
      listened: undefined, sources: undefined, timer: undefined,
    });
  }

  [kNewListener](size, type) {
    if (type !== 'abort') return;
    const state = signalState.get(this);
    state.listeners = size;
    if (size === 1) updateRetention(this);
  }

  [kRemoveListener](size, type) {
    if (type !== 'abort') return;
    const state = signalState.get(this);
    state.listeners = size;
    if (size === 0) updateRetention(this);
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
    const holder = { strong: null };
    signalState.get(signal).timer = holder;
    const ref = new WeakRef(signal);
    const { Timeout } = require('internal/timers');
    // eslint-disable-next-line no-new
    new Timeout(() => {
      const target = holder.strong ?? ref.deref();
      if (target === undefined) return;
      abortSignal(target, domException('The operation was aborted due to timeout', 'TimeoutError'));
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
        throw new codes.ERR_INVALID_ARG_TYPE(`signals[${i}]`, 'AbortSignal', list[i]);
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
    // A signal made by any() is never a source itself: link to its sources.
    const sources = new Set();
    for (const signal of list) {
      const state = signalState.get(signal);
      if (state.sources === undefined) {
        sources.add(signal);
      } else {
        for (const ref of state.sources) {
          const source = ref.deref();
          if (source !== undefined) sources.add(source);
        }
      }
    }
    const resultState = signalState.get(result);
    const ref = new WeakRef(result);
    resultState.sources = [];
    for (const source of sources) {
      (signalState.get(source).dependants ??= new Set()).add(ref);
      resultState.sources.push(new WeakRef(source));
    }
    dependantRegistry.register(result, { ref, sources: resultState.sources });
    return result;
  }

  [customInspectSymbol](depth, options) {
    // node's signals carry enumerable internal symbol keys, so past the depth limit
    // they print as `[AbortSignal]` where an empty object would print `X {}`.
    if (depth < 0) return options.stylize('[AbortSignal]', 'special');
    return inspectObject(this, 'AbortSignal', { aborted: this.aborted }, depth, options);
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
  if (signal === undefined) throw new codes.ERR_INVALID_THIS('AbortController');
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
    return inspectObject(this, 'AbortController', { signal: this.signal }, depth, options);
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
  createSignal,
  isAbortSignal,
};
