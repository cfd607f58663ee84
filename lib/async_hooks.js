'use strict';
// node:async_hooks. AsyncLocalStorage and AsyncResource are complete over the
// context eddy carries (see lib/internal/async_hooks.js for what propagates).
// createHook reports init/before/after/destroy for AsyncResource (and so for
// everything built on it), timers, immediates, ticks, microtasks, fs requests and
// promises (lib/internal/async_hooks_promise.js says which); network handles do
// not emit hook events yet.

const { codes } = require('internal/errors');
const { validateFunction, validateObject, validateString } = require('internal/validators');
const internal = require('internal/async_hooks');
const { state, enable, emitHook, emitBefore, emitAfter, newAsyncId, enterExecution, leaveExecution } = internal;

function run(frame, fn, thisArg, args) {
  const prev = state.frame;
  state.frame = frame;
  try {
    return Reflect.apply(fn, thisArg, args);
  } finally {
    state.frame = prev;
  }
}

let contextFrameFlag;
function asyncContextFrame() {
  contextFrameFlag ??= require('internal/options').getOptionValue('--async-context-frame', true);
  return contextFrameFlag;
}

class AsyncLocalStorage {
  #defaultValue;
  #name;

  constructor(options = {}) {
    validateObject(options, 'options');
    enable();
    this.#defaultValue = options.defaultValue;
    this.#name = options.name === undefined ? '' : `${options.name}`;
  }

  get name() {
    return this.#name;
  }

  static bind(fn) {
    validateFunction(fn, 'fn');
    enable();
    const frame = state.frame;
    return function bound(...args) {
      return run(frame, fn, this, args);
    };
  }

  static snapshot() {
    enable();
    const frame = state.frame;
    return function runInAsyncScope(fn, ...args) {
      return run(frame, fn, this, args);
    };
  }

  #with(store) {
    const frame = new Map(state.frame);
    frame.set(this, store);
    return frame;
  }

  #without() {
    const frame = state.frame;
    if (frame === undefined || !frame.has(this)) return frame;
    const next = new Map(frame);
    next.delete(this);
    return next.size === 0 ? undefined : next;
  }

  disable() {
    state.frame = this.#without();
  }

  getStore() {
    const frame = state.frame;
    if (frame !== undefined && frame.has(this)) return frame.get(this);
    return this.#defaultValue;
  }

  enterWith(store) {
    state.frame = this.#with(store);
  }

  // Only this store's own entry is restored afterwards: what the callback did to
  // other stores (enterWith) outlives it, as in node.
  run(store, callback, ...args) {
    const frame = state.frame;
    const had = frame !== undefined && frame.has(this);
    const prior = had ? frame.get(this) : undefined;
    if (had && Object.is(prior, store)) return Reflect.apply(callback, undefined, args);
    state.frame = this.#with(store);
    try {
      return Reflect.apply(callback, undefined, args);
    } finally {
      state.frame = had ? this.#with(prior) : this.#without();
    }
  }

  // Node's default (async context frames) runs the callback with the store set to
  // undefined; with --no-async-context-frame the default value shows through.
  exit(callback, ...args) {
    if (!asyncContextFrame()) {
      const frame = state.frame;
      const had = frame !== undefined && frame.has(this);
      const prior = had ? frame.get(this) : undefined;
      state.frame = this.#without();
      try {
        return Reflect.apply(callback, undefined, args);
      } finally {
        if (had) state.frame = this.#with(prior);
      }
    }
    return this.run(undefined, callback, ...args);
  }
}

const kAsyncId = Symbol('asyncId');
const kTriggerId = Symbol('triggerAsyncId');
const kFrameOf = Symbol('frame');
const kDestroyed = Symbol('destroyed');

let collected;
function destroyOnCollect(resource, id) {
  collected ??= new FinalizationRegistry((asyncId) => {
    if (state.hooks.length > 0) emitHook('destroy', asyncId);
  });
  collected.register(resource, id, resource);
}

class AsyncResource {
  constructor(type, opts = {}) {
    validateString(type, 'type');
    let triggerAsyncId = opts;
    let requireManualDestroy = false;
    if (typeof opts !== 'number') {
      triggerAsyncId = opts === undefined || opts.triggerAsyncId === undefined ?
        state.executionAsyncId : opts.triggerAsyncId;
      requireManualDestroy = !!opts?.requireManualDestroy;
    }
    if (!Number.isSafeInteger(triggerAsyncId) || triggerAsyncId < -1) {
      throw new codes.ERR_INVALID_ASYNC_ID('triggerAsyncId', triggerAsyncId);
    }
    if (type.length === 0 && state.hooks.length > 0) throw new codes.ERR_ASYNC_TYPE(type);
    this[kAsyncId] = newAsyncId();
    this[kTriggerId] = triggerAsyncId;
    this[kFrameOf] = state.frame;
    this[kDestroyed] = false;
    if (state.onResource !== null) state.onResource(this);
    if (state.hooks.length > 0) {
      emitHook('init', this[kAsyncId], type, triggerAsyncId, this);
      // Unless destroyed by hand, a resource reports 'destroy' once collected.
      if (!requireManualDestroy && state.hooks.some((h) => typeof h.destroy === 'function')) {
        destroyOnCollect(this, this[kAsyncId]);
      }
    }
  }

  runInAsyncScope(fn, thisArg, ...args) {
    const prevFrame = state.frame;
    const id = this[kAsyncId];
    const saved = enterExecution(id, this[kTriggerId], this);
    state.frame = this[kFrameOf];
    if (state.hooks.length > 0) emitBefore(id);
    // 'after' also when fn throws, as in node.
    try {
      return Reflect.apply(fn, thisArg, args);
    } finally {
      if (state.hooks.length > 0) emitAfter(id);
      leaveExecution(saved);
      state.frame = prevFrame;
    }
  }

  emitDestroy() {
    if (!this[kDestroyed]) {
      this[kDestroyed] = true;
      collected?.unregister(this);
      if (state.hooks.length > 0) emitHook('destroy', this[kAsyncId]);
    }
    return this;
  }

  asyncId() {
    return this[kAsyncId];
  }

  triggerAsyncId() {
    return this[kTriggerId];
  }

  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    const resource = this;
    let bound;
    if (thisArg === undefined) {
      bound = function(...args) {
        return resource.runInAsyncScope(fn, this, ...args);
      };
    } else {
      bound = resource.runInAsyncScope.bind(resource, fn, thisArg);
    }
    Object.defineProperties(bound, {
      length: { value: fn.length, configurable: true },
      asyncResource: { value: resource, configurable: true, enumerable: true, writable: true },
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    type = type || fn.name || 'bound-anonymous-fn';
    return new AsyncResource(type).bind(fn, thisArg);
  }
}

class AsyncHook {
  #callbacks;

  constructor({ init, before, after, destroy, promiseResolve }) {
    const callbacks = { init, before, after, destroy, promiseResolve };
    for (const name of Object.keys(callbacks)) {
      if (callbacks[name] !== undefined && typeof callbacks[name] !== 'function') {
        throw new codes.ERR_ASYNC_CALLBACK(`hook.${name}`);
      }
    }
    callbacks.owner = this;
    this.#callbacks = callbacks;
  }

  enable() {
    if (!state.hooks.includes(this.#callbacks)) {
      state.hooks = [...state.hooks, this.#callbacks];
      internal.refreshPromiseHooks();
    }
    return this;
  }

  disable() {
    if (state.hooks.includes(this.#callbacks)) {
      state.hooks = state.hooks.filter((h) => h !== this.#callbacks);
      internal.refreshPromiseHooks();
    }
    return this;
  }
}

function createHook(fns) {
  return new AsyncHook(fns);
}

function executionAsyncId() {
  return state.executionAsyncId;
}

function triggerAsyncId() {
  return state.triggerAsyncId;
}

const topLevelResource = {};
function executionAsyncResource() {
  return state.resource ?? topLevelResource;
}

const asyncWrapProviders = Object.freeze({
  __proto__: null,
  NONE: 0, DIRHANDLE: 1, DNSCHANNEL: 2, ELDHISTOGRAM: 3, FILEHANDLE: 4,
  FILEHANDLECLOSEREQ: 5, BLOBREADER: 6, FSEVENTWRAP: 7, FSREQCALLBACK: 8,
  FSREQPROMISE: 9, GETADDRINFOREQWRAP: 10, GETNAMEINFOREQWRAP: 11, HEAPSNAPSHOT: 12,
  HTTP2SESSION: 13, HTTP2STREAM: 14, HTTP2PING: 15, HTTP2SETTINGS: 16,
  HTTPINCOMINGMESSAGE: 17, HTTPCLIENTREQUEST: 18, JSSTREAM: 19, JSUDPWRAP: 20,
  MESSAGEPORT: 21, PIPECONNECTWRAP: 22, PIPESERVERWRAP: 23, PIPEWRAP: 24,
  PROCESSWRAP: 25, PROMISE: 26, QUERYWRAP: 27, QUIC_ENDPOINT: 28, QUIC_LOGSTREAM: 29,
  QUIC_PACKET: 30, QUIC_SESSION: 31, QUIC_STREAM: 32, QUIC_UDP: 33, SHUTDOWNWRAP: 34,
  SIGNALWRAP: 35, STATWATCHER: 36, STREAMPIPE: 37, TCPCONNECTWRAP: 38,
  TCPSERVERWRAP: 39, TCPWRAP: 40, TTYWRAP: 41, UDPSENDWRAP: 42, UDPWRAP: 43,
  SIGINTWATCHDOG: 44, WORKER: 45, WORKERHEAPSNAPSHOT: 46, WRITEWRAP: 47, ZLIB: 48,
});

module.exports = {
  // A getter alone, as in node.
  get AsyncLocalStorage() { return AsyncLocalStorage; },
  createHook,
  executionAsyncId,
  triggerAsyncId,
  executionAsyncResource,
  asyncWrapProviders,
  AsyncResource,
};
