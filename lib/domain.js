'use strict';
// node:domain (deprecated, still used by old packages and node's tests). The
// active domain travels with eddy's async context (lib/internal/async_hooks.js), so
// callbacks scheduled inside a domain — timers, immediates, ticks, promise
// reactions — run with it as process.domain. Errors nobody caught reach the domain
// through the uncaught-exception capture callback; emitters created inside a
// domain are bound to it and route unhandled 'error' events to it.
//
// Loading this module patches EventEmitter.init and EventEmitter.prototype.emit,
// as node's does; programs that never require('domain') pay nothing.

const EventEmitter = require('events');
const { AsyncLocalStorage } = require('async_hooks');
const { codes } = require('internal/errors');
const execution = require('internal/process/execution');
const { errorFrames, state: asyncState, wrapPromiseStatic } = require('internal/async_hooks');
const { setUnhandledEmitter } = require('internal/process/promises');

// The active domain travels in an AsyncLocalStorage. Outside every domain,
// process.domain is what was last set, as node's is a plain property its async
// hook sets around callbacks: null until a domain is used, undefined once the last
// one is exited, null again after an error was handled.
const current = new AsyncLocalStorage();
let bare = null;
// Node's stack of entered domains. A callback scheduled in a domain runs with that
// domain entered (node enters it from an async hook), so the stack belongs to the
// async context it was built in: when another context is current, it starts again
// from that context's domain.
let stack = [];
let stackFrame;

function syncStack() {
  if (asyncState.frame === stackFrame) return;
  // The callback that ran in a domain left it.
  if (stack.length !== 0) bare = undefined;
  const domain = current.getStore();
  stack = domain instanceof Domain ? [domain] : [];
  stackFrame = asyncState.frame;
}

function activeDomain() {
  syncStack();
  const domain = current.getStore();
  return domain instanceof Domain ? domain : bare;
}

function setActive(value) {
  if (value instanceof Domain) {
    current.enterWith(value);
  } else {
    bare = value;
    current.enterWith(undefined);
  }
}

// Makes `domain` (or, when it is none, `value`) active, with `entries` as the stack.
function setCurrent(domain, entries) {
  setActive(domain);
  stack = entries;
  stackFrame = asyncState.frame;
}

Object.defineProperty(process, 'domain', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get: activeDomain,
  set: setActive,
});

// `domain` is a hidden (non-enumerable) property on emitters and errors, as in node.
function setDomain(object, domain) {
  Object.defineProperty(object, 'domain', {
    value: domain, writable: true, enumerable: false, configurable: true,
  });
}

class Domain extends EventEmitter {
  constructor() {
    super();
    this.members = [];
  }

  enter() {
    syncStack();
    setCurrent(this, [...stack, this]);
  }

  exit() {
    syncStack();
    const index = stack.lastIndexOf(this);
    if (index === -1) return;
    const rest = stack.slice(0, index);
    setCurrent(rest.length !== 0 ? rest.at(-1) : undefined, rest);
  }

  // Like node: no try/finally, so an error thrown by fn leaves the domain active
  // for the uncaught-exception path that routes it here.
  run(fn, ...args) {
    this.enter();
    const result = fn.apply(this, args);
    // An async function run in the domain: its rejection, if unhandled, is the
    // domain's error.
    if (result instanceof Promise) rejectedIn.set(result, this);
    this.exit();
    return result;
  }

  add(ee) {
    if (ee.domain === this) return;
    if (ee.domain) ee.domain.remove(ee);
    setDomain(ee, this);
    this.members.push(ee);
  }

  remove(ee) {
    setDomain(ee, null);
    const index = this.members.indexOf(ee);
    if (index !== -1) this.members.splice(index, 1);
  }

  bind(cb) {
    const domain = this;
    function bound(...args) {
      return domain.run(() => cb.apply(this, args));
    }
    bound.domain = this;
    return bound;
  }

  intercept(cb) {
    const domain = this;
    function intercepted(er, ...args) {
      if (er) {
        if (typeof er === 'object') {
          er.domainBound = cb;
          er.domainThrown = false;
          setDomain(er, domain);
        }
        domain.emit('error', er);
        return undefined;
      }
      return domain.run(() => cb.apply(this, args));
    }
    return intercepted;
  }

  dispose() {
    this.exit();
    this.members.length = 0;
  }

  // The capture callback's per-domain part: true when the domain took the error.
  // A rejection from a promise reaction is reported untagged, as node does.
  // A domain without an 'error' listener passes the error to the domain it was
  // entered from, as does one whose listener throws (the thrown error, then).
  _errorHandler(er, fromReaction = false) {
    if (!fromReaction && er !== null && (typeof er === 'object' || typeof er === 'function')) {
      setDomain(er, this);
      er.domainThrown = true;
    }
    // The listener runs outside this domain (and its adjacent re-entries), in the
    // one it was entered from.
    while (activeDomain() === this && stack.includes(this)) this.exit();
    let taken = false;
    if (stack.length === 0) {
      // Nothing outside: what the listener throws is fatal (or aborts).
      if (this.listenerCount('error') > 0) taken = this.emit('error', er);
    } else {
      try {
        taken = this.emit('error', er);
      } catch (thrown) {
        // No listener, or it threw: the domain it was entered from gets that.
        syncStack();
        const outer = stack.at(-1);
        setCurrent(outer, stack);
        taken = outer._errorHandler(thrown, fromReaction && thrown === er);
      }
    }
    // The exception ends the tick: no domain stays entered.
    setCurrent(null, []);
    return taken;
  }
}

// The domain an uncaught error belongs to: the one its promise reaction ran in, else
// the active one. fromReaction says which.
function domainOf(er) {
  const frame = er !== null && typeof er === 'object' ? errorFrames.get(er) : undefined;
  const inReaction = frame?.get(current);
  if (inReaction !== undefined) return inReaction instanceof Domain ? inReaction : undefined;
  return process.domain instanceof Domain ? process.domain : undefined;
}

function onUncaught(er) {
  const frame = er !== null && typeof er === 'object' ? errorFrames.get(er) : undefined;
  const fromReaction = frame !== undefined && frame.get(current) !== undefined;
  const domain = domainOf(er);
  if (domain !== undefined && domain._errorHandler(er, fromReaction)) return;
  // No domain took it: 'uncaughtException' listeners run outside every domain
  // (node sets process.domain to null here, not undefined).
  setCurrent(null, []);
  if (process.emit('uncaughtException', er, 'uncaughtException')) return;
  // Nobody handles it: the process dies as it would without domains.
  execution.setUncaughtExceptionCaptureCallback(null);
  execution.triggerUncaughtException(er, false);
}

if (execution.hasUncaughtExceptionCaptureCallback()) {
  throw new codes.ERR_DOMAIN_CALLBACK_NOT_AVAILABLE();
}
execution.setUncaughtExceptionCaptureCallback(onUncaught);
// From now on the program cannot set its own capture callback; the error says where
// the domain module was loaded, as node's does.
const requireStack = new Error('require(`domain`) at this point').stack;
process.setUncaughtExceptionCaptureCallback = function(fn) {
  const err = new codes.ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE();
  Error.captureStackTrace(err, process.setUncaughtExceptionCaptureCallback);
  err.stack = `${err.stack}\n${'-'.repeat(40)}\n${requireStack}`;
  throw err;
};
// Node's domains set a capture callback only while a domain with an 'error'
// listener is entered; that is what the program sees.
const enteredHandler = () => (syncStack(), stack).some((d) => d.listenerCount('error') > 0);
Object.defineProperty(process, 'hasUncaughtExceptionCaptureCallback', {
  __proto__: null,
  value: function hasUncaughtExceptionCaptureCallback() {
    return enteredHandler();
  },
  writable: true, enumerable: true, configurable: true,
});
// --abort-on-uncaught-exception spares only errors a domain's 'error' listener takes:
// that of the error's domain or of one it was entered from.
execution.setCaptureTakes((er) => domainOf(er)?.listenerCount('error') > 0 || enteredHandler());

// An unhandled rejection of a promise rejected in a domain is an 'error' of that
// domain instead of an 'unhandledRejection'. JSC reports rejections only once the
// microtask queue is empty, so the domain is noted where the promise is made:
// Promise.reject and Domain#run's result (rejections in promise reactions reach
// the domain through the uncaught-exception path).
const rejectedIn = new WeakMap();
wrapPromiseStatic('reject', (original) => ({
  reject(reason) {
    const promise = Reflect.apply(original, this, [reason]);
    const domain = activeDomain();
    if (domain instanceof Domain) rejectedIn.set(promise, domain);
    return promise;
  },
}).reject);
setUnhandledEmitter((reason, promise) => {
  let domain = rejectedIn.get(promise);
  if (domain === undefined && reason !== null && typeof reason === 'object') {
    domain = errorFrames.get(reason)?.get(current);
  }
  // The listener runs in no domain, as node's does at the end of the tick.
  if (domain instanceof Domain) return current.run(undefined, () => domain.emit('error', reason));
  return process.emit('unhandledRejection', reason, promise);
});

// An AsyncResource made in a domain belongs to it, as node's domain hook marks it.
asyncState.onResource = (resource) => {
  const domain = activeDomain();
  if (domain instanceof Domain) setDomain(resource, domain);
};

const originalInit = EventEmitter.init;
EventEmitter.usingDomains = true;
EventEmitter.init = function init(opts) {
  const active = process.domain;
  setDomain(this, active && !(this instanceof Domain) ? active : null);
  return originalInit.call(this, opts);
};

const originalEmit = EventEmitter.prototype.emit;
EventEmitter.prototype.emit = function emit(type, ...args) {
  const domain = this.domain;
  if (!(domain instanceof Domain) || domain === this) {
    return originalEmit.call(this, type, ...args);
  }
  if (type === 'error' && this.listenerCount('error') === 0) {
    // As in node, any falsy payload (none, undefined, null, false) becomes an Error.
    const er = args[0] || new codes.ERR_UNHANDLED_ERROR();
    if (typeof er === 'object' && er !== null) {
      er.domainEmitter = this;
      setDomain(er, domain);
      er.domainThrown = false;
    }
    // The domain's listener runs outside the active domain (and its adjacent
    // re-entries), so that what it does cannot re-enter it; then all is restored.
    syncStack();
    const savedStack = stack;
    const savedDomain = activeDomain();
    let top = stack.length;
    while (top > 0 && stack[top - 1] === savedDomain) top--;
    const outer = stack.slice(0, top);
    setCurrent(outer.length > 0 ? outer.at(-1) : null, outer);
    try {
      domain.emit('error', er);
    } finally {
      setCurrent(savedDomain, savedStack);
    }
    return false;
  }
  domain.enter();
  try {
    return originalEmit.call(this, type, ...args);
  } finally {
    domain.exit();
  }
};

function create() {
  return new Domain();
}

Object.defineProperty(exports, 'active', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get: activeDomain,
  set: setActive,
});
// node's _stack is a plain property holding its stack array: assigning it replaces the
// property and leaves the domain machinery alone, as the setter does here.
Object.defineProperty(exports, '_stack', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() {
    syncStack();
    return stack;
  },
  set(value) {
    Object.defineProperty(exports, '_stack', {
      __proto__: null, value, writable: true, enumerable: true, configurable: true,
    });
  },
});
exports.Domain = Domain;
exports.create = create;
exports.createDomain = create;
