'use strict';
// Web Locks: navigator.locks (and worker_threads.locks), a LockManager over the
// process-wide registry of src/binding/locks.c, so every thread of the process
// shares one set of locks. The registry decides grants; this file keeps, per
// request id, the callback and the promise it settles.
//
// As in node, a request that can be granted at once runs its callback within
// request(); a lock freed on this thread grants the next request within the
// release (so a queued callback runs in the microtask that freed the lock); a
// grant made by another thread's release arrives through the binding's wake-up.
// A callback whose result is no thenable releases its lock at once.

// Error codes are read at the throw (codes.X): some live in the rare-code registry,
// which worker_threads' loading of this module must not pull in.
const { codes } = require('internal/errors');
const { validateAbortSignal, validateFunction } = require('internal/validators');
const { state: asyncState } = require('internal/async_hooks');

const kConstruct = Symbol('kConstruct');
const kName = Symbol('kName');
const kMode = Symbol('kMode');

const STATUS_GRANTED = 1;
const STATUS_UNAVAILABLE = 2;
const EVENT_GRANTED = 1;

let binding;
// id -> the pending or held request: { name, mode, callback, resolve, reject,
// frame, signal, onAbort }.
const requests = new Map();
let nextId = 1;

function lazyBinding() {
  if (binding === undefined) {
    const b = internalBinding('locks');
    // Its wake-up is an eventfd: out of descriptors, this request fails as node's
    // system errors do, and the next one tries again.
    const err = b.setup(processEvents);
    if (err !== 0) throw require('internal/errors').uvException({ errno: err, syscall: 'eventfd' });
    binding = b;
  }
  return binding;
}

function domException(message, name) {
  return new DOMException(message, name);
}

class Lock {
  constructor(key, name, mode) {
    if (key !== kConstruct) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    this[kName] = name;
    this[kMode] = mode;
  }

  get name() {
    if (!(this instanceof Lock)) throw new codes.ERR_INVALID_THIS('Lock');
    return this[kName];
  }

  get mode() {
    if (!(this instanceof Lock)) throw new codes.ERR_INVALID_THIS('Lock');
    return this[kMode];
  }
}

Object.defineProperties(Lock.prototype, {
  name: { enumerable: true },
  mode: { enumerable: true },
  [Symbol.toStringTag]: { value: 'Lock', configurable: true },
});

// Runs fn in the async context the request was made in (AsyncLocalStorage).
function inFrame(frame, fn, arg) {
  const prev = asyncState.frame;
  asyncState.frame = frame;
  try {
    return fn(arg);
  } finally {
    asyncState.frame = prev;
  }
}

function isThenable(value) {
  return (typeof value === 'object' && value !== null) || typeof value === 'function' ?
    typeof value.then === 'function' : false;
}

// Calls a request's callback with lock (null when ifAvailable found it taken)
// and settles the request's promise with the result, releasing the lock (if any)
// once that result settles.
function runCallback(id, req, lock) {
  const done = (ok, value) => {
    if (lock !== null && requests.get(id) === req) {
      requests.delete(id);
      lazyBinding().release(id, req.name);
      processEvents(binding.take());
    }
    if (ok) req.resolve(value);
    else req.reject(value);
  };
  let result;
  try {
    result = inFrame(req.frame, req.callback, lock);
  } catch (err) {
    done(false, err);
    return;
  }
  if (!isThenable(result)) {
    done(true, result);
    return;
  }
  Promise.resolve(result).then((value) => done(true, value), (err) => done(false, err));
}

function grant(id) {
  const req = requests.get(id);
  if (req === undefined) return;
  if (req.signal !== undefined) req.signal.removeEventListener('abort', req.onAbort);
  runCallback(id, req, new Lock(kConstruct, req.name, req.mode));
}

// The held lock was stolen: its request rejects now; its callback's own end
// later releases nothing.
function steal(id) {
  const req = requests.get(id);
  if (req === undefined) return;
  requests.delete(id);
  req.reject(domException('The operation was aborted', 'AbortError'));
}

// events: flat [id, kind, ...] from the binding, or undefined.
function processEvents(events) {
  if (events === undefined) return;
  for (let i = 0; i < events.length; i += 2) {
    if (events[i + 1] === EVENT_GRANTED) grant(events[i]);
    else steal(events[i]);
  }
}

// WebIDL's LockOptions dictionary, its members read in their sorted order.
function convertOptions(options) {
  if (options === undefined || options === null) return { ifAvailable: false, mode: 'exclusive', signal: undefined, steal: false };
  if (typeof options !== 'object' && typeof options !== 'function') {
    const err = new codes.ERR_INVALID_ARG_TYPE('options', 'object', options);
    err.message = 'Value cannot be converted to a dictionary';
    throw err;
  }
  const ifAvailable = !!options.ifAvailable;
  let mode = options.mode;
  if (mode === undefined) {
    mode = 'exclusive';
  } else {
    mode = `${mode}`;
    if (mode !== 'exclusive' && mode !== 'shared') {
      const err = new codes.ERR_INVALID_ARG_VALUE('mode', mode);
      err.message = `mode value '${mode}' is not a valid enum value of type LockMode.`;
      throw err;
    }
  }
  const signal = options.signal;
  if (signal !== undefined) {
    if (typeof signal !== 'object' || signal === null) {
      const err = new codes.ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
      err.message = 'Value is not an object';
      throw err;
    }
    validateAbortSignal(signal, 'options.signal');
  }
  return { ifAvailable, mode, signal, steal: !!options.steal };
}

function checkName(name) {
  if (typeof name === 'symbol') throw new codes.ERR_INVALID_ARG_VALUE('value', name);
  return `${name}`;
}

class LockManager {
  constructor(key) {
    if (key !== kConstruct) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
  }

  async request(name, options, callback) {
    if (callback === undefined && typeof options === 'function') {
      callback = options;
      options = undefined;
    }
    name = checkName(name);
    validateFunction(callback, 'callback');
    const { ifAvailable, mode, signal, steal } = convertOptions(options);
    if (signal?.aborted) throw signal.reason;
    if (name.startsWith('-')) throw domException('Lock name may not start with hyphen', 'NotSupportedError');
    if (steal && ifAvailable) throw domException('ifAvailable and steal are mutually exclusive', 'NotSupportedError');
    if (steal && mode === 'shared') {
      throw domException('mode: "shared" and steal are mutually exclusive', 'NotSupportedError');
    }
    if (signal !== undefined && (steal || ifAvailable)) {
      throw domException('signal cannot be used with steal or ifAvailable', 'NotSupportedError');
    }

    const b = lazyBinding();
    const id = nextId++;
    const { promise, resolve, reject } = Promise.withResolvers();
    const req = { name, mode, callback, resolve, reject, frame: asyncState.frame, signal, onAbort: undefined };
    requests.set(id, req);
    const status = b.request(id, name, mode === 'exclusive', ifAvailable, steal);
    processEvents(b.take());
    if (status === STATUS_GRANTED) {
      runCallback(id, req, new Lock(kConstruct, name, mode));
    } else if (status === STATUS_UNAVAILABLE) {
      requests.delete(id);
      runCallback(id, req, null);
    } else if (signal !== undefined) {
      req.onAbort = () => {
        if (!b.abort(id, name)) return;
        requests.delete(id);
        reject(signal.reason);
        processEvents(b.take());
      };
      signal.addEventListener('abort', req.onAbort, { once: true });
    }
    return promise;
  }

  async query() {
    if (!(this instanceof LockManager)) throw new codes.ERR_INVALID_THIS('LockManager');
    const clientId = `node-${process.pid}-${require('internal/worker/state').threadId}`;
    const [held, pending] = lazyBinding().query();
    const shape = (flat) => {
      const out = [];
      for (let i = 0; i < flat.length; i += 2) {
        out.push({ name: flat[i], mode: flat[i + 1] ? 'exclusive' : 'shared', clientId });
      }
      return out;
    };
    return { held: shape(held), pending: shape(pending) };
  }
}

Object.defineProperties(LockManager.prototype, {
  request: { enumerable: true },
  query: { enumerable: true },
  [Symbol.toStringTag]: { value: 'LockManager', configurable: true },
});

const locks = new LockManager(kConstruct);

module.exports = { Lock, LockManager, locks };
