'use strict';
// The events module's statics that work with promises, async iterators and
// EventTargets: once, on, getEventListeners, getMaxListeners, setMaxListeners,
// addAbortListener, listenerCount.

const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE },
  privateMemberError,
} = require('internal/errors');
const {
  validateAbortSignal, validateFunction, validateInteger, validateObject, validateNumber, validateString,
} = require('internal/validators');
const { kEmptyObject } = require('internal/util');

let eventTarget;
function lazyEventTarget() {
  eventTarget ??= require('internal/event_target');
  return eventTarget;
}

function EventEmitter() {
  return require('events');
}

function isEventTarget(value) {
  return globalThis.EventTarget !== undefined && lazyEventTarget().isEventTarget(value);
}

function abortError(signal) {
  return new AbortError(undefined, { cause: signal?.reason });
}

// Adds a listener to an EventEmitter (`once` or `on`) or an EventTarget.
function addListenerTo(emitter, name, listener, flags) {
  if (typeof emitter.on === 'function') {
    if (flags?.once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, flags);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

function removeListenerFrom(emitter, name, listener, flags) {
  if (typeof emitter.removeListener === 'function') {
    emitter.removeListener(name, listener);
  } else if (typeof emitter.removeEventListener === 'function') {
    emitter.removeEventListener(name, listener, flags);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

// Resolves with the arguments of the next `name` event (an array; for an
// EventTarget, [event]); rejects on 'error' (EventEmitters only) or on abort.
async function once(emitter, name, options = kEmptyObject) {
  validateObject(options, 'options');
  const { signal } = options;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw abortError(signal);
  return new Promise((resolve, reject) => {
    const errorListener = (err) => {
      removeListenerFrom(emitter, name, resolver);
      if (signal !== undefined) signal.removeEventListener('abort', abortListener);
      reject(err);
    };
    const resolver = (...args) => {
      if (typeof emitter.removeListener === 'function') emitter.removeListener('error', errorListener);
      if (signal !== undefined) signal.removeEventListener('abort', abortListener);
      resolve(args);
    };
    const abortListener = () => {
      removeListenerFrom(emitter, name, resolver);
      removeListenerFrom(emitter, 'error', errorListener);
      reject(abortError(signal));
    };
    addListenerTo(emitter, name, resolver, { once: true });
    if (name !== 'error' && typeof emitter.once === 'function') {
      emitter.once('error', errorListener);
    }
    if (signal !== undefined) {
      const { kResistStopPropagation } = lazyEventTarget();
      signal.addEventListener('abort', abortListener, { once: true, [kResistStopPropagation]: true });
    }
  });
}

const AsyncIteratorPrototype = Object.getPrototypeOf(
  Object.getPrototypeOf(async function* () {}).prototype);

// An async iterator over `event`'s argument arrays. It ends on one of the
// `close` events or return(), and fails on 'error' or abort. With a high water
// mark the emitter is paused while that many events wait unread.
function on(emitter, event, options = kEmptyObject) {
  validateObject(options, 'options');
  const { signal, close } = options;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw abortError(signal);
  const highWaterMark = options.highWaterMark ?? options.highWatermark ?? Number.MAX_SAFE_INTEGER;
  validateInteger(highWaterMark, 'options.highWaterMark', 1);
  const lowWaterMark = options.lowWaterMark ?? options.lowWatermark ?? 1;
  validateInteger(lowWaterMark, 'options.lowWaterMark', 1);

  const unconsumed = [];
  const pending = [];
  let error = null;
  let finished = false;
  let paused = false;

  const eventHandler = (...args) => {
    const waiter = pending.shift();
    if (waiter !== undefined) {
      waiter.resolve({ value: args, done: false });
      return;
    }
    unconsumed.push(args);
    if (unconsumed.length > highWaterMark && !paused && typeof emitter.pause === 'function') {
      paused = true;
      emitter.pause();
    }
  };
  const errorHandler = (err) => {
    const waiter = pending.shift();
    if (waiter !== undefined) waiter.reject(err);
    else error = err;
    closeHandler();
  };
  const abortListener = () => errorHandler(abortError(signal));
  const closeHandler = () => {
    removeAll();
    finished = true;
    const done = { value: undefined, done: true };
    while (pending.length > 0) pending.shift().resolve(done);
  };

  const isTarget = typeof emitter.addEventListener === 'function' && typeof emitter.on !== 'function';
  addListenerTo(emitter, event, eventHandler);
  if (event !== 'error' && !isTarget) addListenerTo(emitter, 'error', errorHandler);
  const closeEvents = close ?? [];
  for (const name of closeEvents) addListenerTo(emitter, name, closeHandler);
  if (signal !== undefined) {
    const { kResistStopPropagation } = lazyEventTarget();
    signal.addEventListener('abort', abortListener, { once: true, [kResistStopPropagation]: true });
  }

  function removeAll() {
    removeListenerFrom(emitter, event, eventHandler);
    if (event !== 'error' && !isTarget) removeListenerFrom(emitter, 'error', errorHandler);
    for (const name of closeEvents) removeListenerFrom(emitter, name, closeHandler);
    if (signal !== undefined) signal.removeEventListener('abort', abortListener);
  }

  const iterator = Object.setPrototypeOf({
    next() {
      const value = unconsumed.shift();
      if (value !== undefined) {
        if (paused && unconsumed.length < lowWaterMark && typeof emitter.resume === 'function') {
          paused = false;
          emitter.resume();
        }
        return Promise.resolve({ value, done: false });
      }
      if (error !== null) {
        const p = Promise.reject(error);
        error = null;
        return p;
      }
      if (finished) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => pending.push({ resolve, reject }));
    },
    return() {
      closeHandler();
      unconsumed.length = 0;
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(err) {
      if (!err || !(err instanceof Error)) {
        throw new ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', err);
      }
      errorHandler(err);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  }, AsyncIteratorPrototype);
  return iterator;
}

function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget?.listeners === 'function') return emitterOrTarget.listeners(type);
  if (isEventTarget(emitterOrTarget)) {
    const root = emitterOrTarget[lazyEventTarget().kEvents].get(type);
    const listeners = [];
    for (let handler = root?.next; handler !== undefined; handler = handler.next) {
      const callback = handler.callback;
      if (callback !== undefined) listeners.push(callback);
    }
    return listeners;
  }
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === 'function') {
    return emitterOrTarget.getMaxListeners();
  }
  if (isEventTarget(emitterOrTarget)) {
    return emitterOrTarget[lazyEventTarget().kMaxEventTargetListeners];
  }
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function setMaxListeners(n, ...targets) {
  validateNumber(n, 'n', 0);
  for (const target of targets) {
    if (isEventTarget(target)) {
      const { kMaxEventTargetListeners, kMaxEventTargetListenersWarned } = lazyEventTarget();
      target[kMaxEventTargetListeners] = n;
      target[kMaxEventTargetListenersWarned] = false;
    } else if (typeof target?.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw new ERR_INVALID_ARG_TYPE('eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
  }
}

// Runs `listener` once when `signal` aborts (at once if it already has), even if
// another listener stops propagation; the result removes it when disposed.
function addAbortListener(signal, listener) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateFunction(listener, 'listener');
  let removed = false;
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    const { kResistStopPropagation } = lazyEventTarget();
    signal.addEventListener('abort', listener, { once: true, [kResistStopPropagation]: true });
  }
  return {
    __proto__: null,
    [Symbol.dispose]() {
      if (removed) return;
      removed = true;
      signal.removeEventListener('abort', listener);
    },
  };
}

function listenerCount(emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return EventEmitter().prototype.listenerCount.call(emitter, type);
}

// events.EventEmitterAsyncResource, made on its first read: an EventEmitter whose
// listeners run in the async scope it was created in.
function makeEventEmitterAsyncResource(EventEmitter) {
  const { AsyncResource } = require('async_hooks');

  class EventEmitterReferencingAsyncResource extends AsyncResource {
    #emitter;
    constructor(emitter, type, options) {
      super(type, options);
      this.#emitter = emitter;
    }
    get eventEmitter() {
      return this.#emitter;
    }
  }

  return class EventEmitterAsyncResource extends EventEmitter {
    #asyncResource;

    // Whether value holds a resource. Each method reads it only after this check,
    // which fails with node's TypeError (V8's words for a missing private member)
    // from the method itself, so its stack starts there (`get asyncId`), as V8's.
    static #has(value) {
      return typeof value === 'object' && value !== null && #asyncResource in value;
    }

    constructor(options = undefined) {
      let name;
      if (typeof options === 'string') {
        name = options;
        options = undefined;
      } else {
        name = options?.name ?? new.target.name;
      }
      super(options);
      validateString(name, 'options.name');
      this.#asyncResource = new EventEmitterReferencingAsyncResource(this, name, options);
    }
    emit(event, ...args) {
      if (!EventEmitterAsyncResource.#has(this)) throw privateMemberError('#asyncResource');
      return this.#asyncResource.runInAsyncScope(EventEmitter.prototype.emit, this, event, ...args);
    }
    emitDestroy() {
      if (!EventEmitterAsyncResource.#has(this)) throw privateMemberError('#asyncResource');
      this.#asyncResource.emitDestroy();
    }
    get asyncId() {
      if (!EventEmitterAsyncResource.#has(this)) throw privateMemberError('#asyncResource');
      return this.#asyncResource.asyncId();
    }
    get triggerAsyncId() {
      if (!EventEmitterAsyncResource.#has(this)) throw privateMemberError('#asyncResource');
      return this.#asyncResource.triggerAsyncId();
    }
    get asyncResource() {
      if (!EventEmitterAsyncResource.#has(this)) throw privateMemberError('#asyncResource');
      return this.#asyncResource;
    }
  };
}
module.exports = {
  addAbortListener,

  getEventListeners,
  getMaxListeners,
  listenerCount,
  makeEventEmitterAsyncResource,
  on,
  once,
  setMaxListeners,
};
