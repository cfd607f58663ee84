'use strict';
// mock.fn / mock.method / mock.getter / mock.setter / mock.property: functions
// wrapped in a Proxy that records every call and can swap the implementation.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateFunction, validateInteger, validateObject, validateBoolean } = require('internal/validators');

const kNext = Symbol('kNext');
const kRecord = Symbol('kRecord');

class MockFunctionContext {
  #calls = [];
  #implementation;
  #original;
  #onces = new Map();
  #times;
  #restore;

  constructor(implementation, original, restore, times) {
    this.#implementation = implementation;
    this.#original = original;
    this.#restore = restore;
    this.#times = times;
  }

  get calls() { return this.#calls.slice(); }
  callCount() { return this.#calls.length; }

  mockImplementation(implementation) {
    validateFunction(implementation, 'implementation');
    this.#implementation = implementation;
  }

  mockImplementationOnce(implementation, onCall) {
    validateFunction(implementation, 'implementation');
    const call = onCall ?? this.#calls.length;
    validateInteger(call, 'onCall', this.#calls.length);
    this.#onces.set(call, implementation);
  }

  // A mocked method gets its property back (the mock itself keeps its
  // implementation); a mock.fn goes back to its original implementation.
  restore() {
    if (this.#restore) this.#restore();
    else this.#implementation = this.#original;
  }

  resetCalls() { this.#calls = []; }

  // The implementation for the next call, and the record of it once made.
  [kNext]() {
    const n = this.#calls.length;
    const once = this.#onces.get(n);
    if (once) { this.#onces.delete(n); return once; }
    if (n >= this.#times) return this.#original;
    return this.#implementation;
  }

  [kRecord](call) { this.#calls.push(call); }
}

const kContext = new WeakMap();

function makeMock(original, implementation, restore, times) {
  const ctx = new MockFunctionContext(implementation, original, restore, times);
  const target = original ?? function() {};
  const run = (thisArg, args, newTarget) => {
    const impl = ctx[kNext]();
    const call = { arguments: args, error: undefined, result: undefined, stack: new Error(), target: newTarget, this: thisArg };
    try {
      const result = newTarget !== undefined
        ? Reflect.construct(impl, args, newTarget)
        : Reflect.apply(impl, thisArg, args);
      call.result = result;
      if (newTarget !== undefined) call.this = result;
      ctx[kRecord](call);
      return result;
    } catch (err) {
      call.error = err;
      ctx[kRecord](call);
      throw err;
    }
  };
  const proxy = new Proxy(target, {
    __proto__: null,
    apply(_, thisArg, args) { return run(thisArg, args, undefined); },
    // `new mock()` constructs as if the original were new.target, as node does.
    construct(_, args, newTarget) { return run(undefined, args, newTarget === proxy ? target : newTarget); },
    get(t, key, receiver) { return key === 'mock' ? ctx : Reflect.get(t, key, receiver); },
  });
  kContext.set(proxy, ctx);
  return proxy;
}

function validateTimes(options) {
  validateObject(options, 'options');
  const { times = Infinity } = options;
  if (times !== Infinity) validateInteger(times, 'options.times', 1);
  return times;
}

function isDescriptorTarget(object) {
  return object !== null && (typeof object === 'object' || typeof object === 'function');
}

function findDescriptor(object, name) {
  for (let o = object; o !== null; o = Object.getPrototypeOf(o)) {
    const d = Object.getOwnPropertyDescriptor(o, name);
    if (d) return d;
  }
  return undefined;
}

class MockTracker {
  #mocks = [];
  #timers;

  get timers() {
    if (!this.#timers) {
      const { MockTimers } = require('internal/test_runner/mock/mock_timers');
      this.#timers = new MockTimers();
    }
    return this.#timers;
  }

  fn(original = function() {}, implementation = original, options = {}) {
    if (original !== null && typeof original === 'object') { options = original; original = function() {}; implementation = original; }
    else if (implementation !== null && typeof implementation === 'object') { options = implementation; implementation = original; }
    validateFunction(original, 'original');
    validateFunction(implementation, 'implementation');
    const times = validateTimes(options);
    const mock = makeMock(original, implementation, undefined, times);
    this.#mocks.push(kContext.get(mock));
    return mock;
  }

  method(object, methodName, implementation = kDefault, options = {}) {
    if (!isDescriptorTarget(object)) throw new ERR_INVALID_ARG_TYPE('object', 'Object', object);
    if (typeof methodName !== 'string' && typeof methodName !== 'symbol') {
      throw new ERR_INVALID_ARG_TYPE('methodName', ['string', 'symbol'], methodName);
    }
    if (implementation !== null && typeof implementation === 'object') { options = implementation; implementation = kDefault; }
    validateObject(options, 'options');
    const { getter = false, setter = false } = options;
    validateBoolean(getter, 'options.getter');
    validateBoolean(setter, 'options.setter');
    if (getter && setter) {
      throw new ERR_INVALID_ARG_VALUE('options.setter', setter, "cannot be used with 'options.getter'");
    }
    const times = validateTimes(options);
    const descriptor = findDescriptor(object, methodName);
    const kind = getter ? 'get' : setter ? 'set' : 'value';
    const original = descriptor?.[kind];
    if (typeof original !== 'function') {
      throw new ERR_INVALID_ARG_VALUE('methodName', original, `must be ${getter ? 'a getter' : setter ? 'a setter' : 'a method'}`);
    }
    if (implementation === kDefault) implementation = original;
    validateFunction(implementation, 'implementation');
    const own = Object.getOwnPropertyDescriptor(object, methodName);
    // A non-configurable own property cannot be replaced: the error node shows is
    // the engine's (V8's) message for that redefinition.
    if (own && !own.configurable) {
      throw new TypeError(`Cannot redefine property: ${typeof methodName === 'symbol' ? methodName.toString() : methodName}`);
    }
    // node puts back an own copy even of an inherited property.
    const restore = () => Object.defineProperty(object, methodName, own ?? descriptor);
    const mock = makeMock(original, implementation, restore, times);
    const replacement = { ...descriptor, [kind]: mock };
    if (kind !== 'value') delete replacement.writable;
    Object.defineProperty(object, methodName, { ...replacement, configurable: true });
    this.#mocks.push(kContext.get(mock));
    return mock;
  }

  getter(object, methodName, implementation = kDefault, options = {}) {
    if (implementation !== null && typeof implementation === 'object') { options = implementation; implementation = kDefault; }
    validateObject(options, 'options');
    if (options.getter === false) {
      throw new ERR_INVALID_ARG_VALUE('options.getter', false, 'cannot be false');
    }
    return this.method(object, methodName, implementation, { ...options, getter: true });
  }

  setter(object, methodName, implementation = kDefault, options = {}) {
    if (implementation !== null && typeof implementation === 'object') { options = implementation; implementation = kDefault; }
    validateObject(options, 'options');
    if (options.setter === false) {
      throw new ERR_INVALID_ARG_VALUE('options.setter', false, 'cannot be false');
    }
    return this.method(object, methodName, implementation, { ...options, setter: true });
  }

  // mock.property(object, name[, value]): reads and writes are recorded in .mock.
  property(object, propertyName, value) {
    if (!isDescriptorTarget(object)) throw new ERR_INVALID_ARG_TYPE('object', 'Object', object);
    const descriptor = findDescriptor(object, propertyName);
    if (!descriptor) {
      throw new ERR_INVALID_ARG_VALUE('propertyName', propertyName, 'is not a property of the object');
    }
    const own = Object.getOwnPropertyDescriptor(object, propertyName);
    const writable = descriptor.writable !== false || descriptor.set !== undefined;
    let current = arguments.length > 2 ? value : object[propertyName];
    let accesses = [];
    const onces = new Map();
    const record = (type, v) => accesses.push({ type, value: v, stack: new Error() });
    const ctx = {
      __proto__: null,
      get accesses() { return accesses.slice(); },
      accessCount() { return accesses.length; },
      mockImplementation(v) { record('set', v); current = v; },
      mockImplementationOnce(v, onAccess = accesses.length) {
        validateInteger(onAccess, 'onAccess', accesses.length);
        onces.set(onAccess, v);
      },
      resetAccesses() { accesses = []; },
      restore() { Object.defineProperty(object, propertyName, own ?? descriptor); },
    };
    Object.defineProperty(object, propertyName, {
      __proto__: null,
      configurable: true,
      enumerable: descriptor.enumerable,
      get() {
        const n = accesses.length;
        const v = onces.has(n) ? onces.get(n) : current;
        onces.delete(n);
        record('get', v);
        return v;
      },
      set(v) {
        if (!writable) {
          throw new ERR_INVALID_ARG_VALUE('propertyName', propertyName, 'cannot be set on a non-writable property');
        }
        record('set', v);
        current = v;
      },
    });
    const proxy = new Proxy(object, { __proto__: null, get(t, k, r) { return k === 'mock' ? ctx : Reflect.get(t, k, r); } });
    this.#mocks.push(ctx);
    return proxy;
  }

  reset() {
    this.restoreAll();
    this.#timers?.reset();
    this.#mocks = [];
  }

  restoreAll() {
    for (const ctx of this.#mocks) ctx.restore();
  }
}

const kDefault = Symbol('kDefault');

module.exports = { MockTracker, MockFunctionContext };
