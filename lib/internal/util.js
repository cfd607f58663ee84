'use strict';
// Small helpers shared by several lib/ modules.

const kEmptyObject = Object.freeze({ __proto__: null });
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kEnumerableProperty = { __proto__: null, enumerable: true };
Object.freeze(kEnumerableProperty);

const codesWarned = new Set();

// util.deprecate: wraps fn so that its first call emits a DeprecationWarning (once
// per code), honouring --no-deprecation and --throw-deprecation.
function deprecate(fn, msg, code, useEmitSync) {
  if (typeof fn !== 'function') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('fn', 'Function', fn);
  }
  if (code !== undefined && typeof code !== 'string') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('code', 'string', code);
  }
  void useEmitSync;
  let warned = false;
  function deprecated(...args) {
    if (!process.noDeprecation && !warned) {
      warned = true;
      if (code !== undefined) {
        if (!codesWarned.has(code)) {
          codesWarned.add(code);
          process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
        }
      } else {
        process.emitWarning(msg, 'DeprecationWarning', deprecated);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return fn.apply(this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

function once(callback) {
  let called = false;
  return function(...args) {
    if (called) return;
    called = true;
    return Reflect.apply(callback, this, args);
  };
}

const experimentalWarnings = new Set();
function emitExperimentalWarning(feature) {
  if (experimentalWarnings.has(feature)) return;
  experimentalWarnings.add(feature);
  process.emitWarning(`${feature} is an experimental feature and might change at any time`,
    'ExperimentalWarning');
}

const { defineLazyProperty } = require('internal/util/lazy_property');

// A getter alone, whose value load() computes on first read: node's shape for the
// exports it defines that way (fs.promises, stream.promises). Assigning it throws in
// strict code; Object.defineProperty can still replace it.
function defineLazyGetter(obj, name, load, enumerable = true) {
  let loaded = false;
  let value;
  Object.defineProperty(obj, name, {
    get() {
      if (!loaded) {
        value = load();
        loaded = true;
      }
      return value;
    },
    enumerable,
    configurable: true,
  });
}

function isError(e) {
  return e instanceof Error || Object.prototype.toString.call(e) === '[object Error]';
}

// Whether the nearest caller outside node's own lib/ is code under node_modules
// (node spares a program's users warnings about its dependencies' calls).
function isInsideNodeModules() {
  const holder = {};
  Error.captureStackTrace(holder, isInsideNodeModules);
  const lines = `${holder.stack}`.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.includes('node:')) continue;
    return /[\\/]node_modules[\\/]/.test(line);
  }
  return false;
}

// node's constructors (net.Server, http.Agent, crypto.ECDH, ...) are plain functions that
// may be called without `new`; eddy's are classes, exported behind a Proxy that constructs
// on a call. Subclassing and instanceof see through the Proxy.
function callableClass(cls) {
  return new Proxy(cls, {
    apply(target, thisArg, args) {
      const obj = Reflect.construct(target, args);
      // Old-style subclassing, `Base.call(this, ...)` in a function constructor whose
      // prototype inherits Base's: `this` gets the instance's own state.
      if (thisArg !== null && typeof thisArg === 'object' && thisArg instanceof target) {
        for (const key of Reflect.ownKeys(obj)) {
          Object.defineProperty(thisArg, key, Object.getOwnPropertyDescriptor(obj, key));
        }
        return thisArg;
      }
      return obj;
    },
  });
}

// Names of the values a callback API yields, for util.promisify (see
// internal/util/promisify).
const kCustomPromisifyArgsSymbol = Symbol('customPromisifyArgs');

// Blocks the thread for ms milliseconds (a synchronous writer backing off from a
// busy file). Atomics.wait on a cell nobody notifies is a timed sleep.
let sleepCell;
function sleep(ms) {
  sleepCell ??= new Int32Array(new SharedArrayBuffer(4));
  Atomics.wait(sleepCell, 0, 0, ms);
}

// A string made by + or a template is a rope (a tree of its pieces) until something
// reads its characters; the engine then joins it into one string, in place. This
// reads one, stored where the optimizing compiler cannot drop the read. Writers call
// it before a binding reads the string: the binding then reads the characters where
// they are, not through the C API's copy of a rope (~370 instructions a write).
let flatSink = 0;
function flattenString(s) {
  flatSink = s.charCodeAt(0);
}

module.exports = {
  callableClass,
  customInspectSymbol,
  defineLazyGetter,
  defineLazyProperty,
  deprecate,
  emitExperimentalWarning,
  flattenString,
  isError,
  isInsideNodeModules,
  kCustomPromisifyArgsSymbol,
  kEmptyObject,
  kEnumerableProperty,
  once,
  sleep,
};
