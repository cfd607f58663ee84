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
const { errorFrames } = require('internal/async_hooks');

const current = new AsyncLocalStorage();
const stack = [];
// For each entry of stack, the domain that was current before it was entered
// (one a callback runs in is current without being on the stack).
const outerOf = [];

Object.defineProperty(process, 'domain', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() {
    return current.getStore();
  },
  set(value) {
    current.enterWith(value ?? undefined);
  },
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
    outerOf.push(current.getStore());
    stack.push(this);
    exports.active = this;
    current.enterWith(this);
  }

  exit() {
    const index = stack.lastIndexOf(this);
    if (index === -1) return;
    stack.splice(index);
    const previous = outerOf.splice(index)[0] ?? stack.at(-1);
    exports.active = previous;
    current.enterWith(previous);
  }

  // Like node: no try/finally, so an error thrown by fn leaves the domain active
  // for the uncaught-exception path that routes it here.
  run(fn, ...args) {
    this.enter();
    const result = fn.apply(this, args);
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
    if (!fromReaction && typeof er === 'object' && er !== null) {
      setDomain(er, this);
      er.domainThrown = true;
    }
    // The listener runs outside this domain, in the one it was entered from.
    this.exit();
    const outer = stack.at(-1);
    let taken;
    if (this.listenerCount('error') === 0) {
      taken = outer !== undefined && outer._errorHandler(er, fromReaction);
    } else if (outer === undefined) {
      this.emit('error', er); // what this throws is fatal (or aborts)
      taken = true;
    } else {
      try {
        this.emit('error', er);
        taken = true;
      } catch (thrown) {
        taken = outer._errorHandler(thrown);
      }
    }
    // The exception ends the tick: no domain stays entered.
    stack.length = 0;
    outerOf.length = 0;
    exports.active = undefined;
    current.enterWith(undefined);
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
  stack.length = 0;
  outerOf.length = 0;
  exports.active = undefined;
  current.enterWith(null);
  if (process.emit('uncaughtException', er, 'uncaughtException')) return;
  // Nobody handles it: the process dies as it would without domains.
  execution.setUncaughtExceptionCaptureCallback(null);
  execution.triggerUncaughtException(er, false);
}

if (execution.hasUncaughtExceptionCaptureCallback()) {
  throw new codes.ERR_DOMAIN_CALLBACK_NOT_AVAILABLE();
}
execution.setUncaughtExceptionCaptureCallback(onUncaught);
// --abort-on-uncaught-exception spares only errors a domain's 'error' listener takes:
// that of the error's domain or of one it was entered from.
execution.setCaptureTakes((er) => domainOf(er)?.listenerCount('error') > 0 ||
  stack.some((d) => d.listenerCount('error') > 0));

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
    domain.emit('error', er);
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

exports.active = undefined;
exports.Domain = Domain;
exports.create = create;
exports.createDomain = create;
exports._stack = stack;
