'use strict';
// The global Error constructors in V8's shape (see below). Installed by every
// start-up (internal/bootstrap/node), while internal/errors/stack, which parses
// and formats the frames, loads when the first error is made: a start-up that
// makes none does not parse it.

const nativeCaptureStackTrace = Error.captureStackTrace;
let stackModule;
const stack = () => (stackModule ??= require('internal/errors/stack'));

// V8's `error.stack` for errors the program creates. JSC gives `new Error('x').stack`
// as bare `fn@file:line:col` frames, with no `Error: x` header; programs print it,
// parse it, and shape it with Error.prepareStackTrace. So the global Error
// constructors are replaced by functions that build the engine's error (same
// prototype objects, so instanceof and Error.prototype patches behave) and give it
// a lazy `stack` accessor: on first read it formats the frames captured at
// construction in V8's shape, or passes CallSites to Error.prepareStackTrace.
// Errors the engine itself throws keep JSC's stack; eddy converts those wherever it
// prints them (see README's differences).
const kNativeErrors = ['Error', 'TypeError', 'RangeError', 'SyntaxError', 'ReferenceError',
  'EvalError', 'URIError', 'AggregateError'];

const ordinaryHasInstance = Function.prototype[Symbol.hasInstance];

// The default Error.prepareStackTrace (a program's own one is any other).
let defaultPrepareStackTrace;
function isDefaultPrepareStackTrace(fn) {
  return fn === defaultPrepareStackTrace;
}

// The engine's Error constructor, which installErrorConstructors replaces.
let originalError;
function engineError() {
  return originalError;
}

// Gives obj a `stack` accessor that calls compute (with this = the object read
// through) on the first read and keeps what it returned, as V8 formats a stack only when it is first
// read: most errors a server makes are never printed. onComputed, when given, sees
// that first value. An assignment replaces the value and skips compute.
function defineLazyStack(obj, compute, onComputed) {
  let value;
  let computed = false;
  Object.defineProperty(obj, 'stack', {
    __proto__: null,
    get() {
      if (!computed) {
        computed = true;
        value = compute.call(this);
        onComputed?.(obj, value);
      }
      return value;
    },
    set(v) {
      computed = true;
      value = v;
    },
    configurable: true,
    enumerable: false,
  });
}

function installErrorConstructors() {
  const OriginalError = Error;
  originalError = Error;
  // Node 24's default Error.prepareStackTrace: assigning it back restores the
  // default format.
  const defaultPrepare = function ErrorPrepareStackTrace(error, trace) {
    return stack().stackHeader(error) + trace.map((site) => `\n    at ${site}`).join('');
  };
  let prepare = defaultPrepare;
  defaultPrepareStackTrace = defaultPrepare;

  // subclass: the constructor `new` was called with, when it is not ours. As V8,
  // the stack starts below its frame (and those of the constructors it calls
  // through super()).
  function lazyStack(err, subclass) {
    const raw = Object.getOwnPropertyDescriptor(err, 'stack')?.value;
    if (typeof raw !== 'string') return;
    const max = stack().limit();
    defineLazyStack(err, function format() {
      const { dropInternalTop, parseStack } = stack();
      let frames = dropInternalTop(parseStack(raw) ?? []);
      if (subclass !== undefined && subclass.name) {
        const name = subclass.name;
        const at = frames.findIndex((f) => f.functionName === name || f.functionName === `new ${name}`);
        if (at !== -1) frames = frames.slice(at + 1);
      }
      frames = frames.slice(0, max);
      const fn = prepare;
      return typeof fn === 'function' && fn !== defaultPrepare ?
        fn(this, frames.map((f) => new (stack().CallSite)(f))) :
        stack().stackHeader(this) + stack().formatFrames(frames);
    });
  }

  const kOwnFrames = 6;
  let userLimit;
  const replacements = {};
  for (let i = 0; i < kNativeErrors.length; i++) {
    const name = kNativeErrors[i];
    const Native = globalThis[name];
    const Replacement = {
      [name]: function(...args) {
        const target = new.target ?? Replacement;
        const err = Reflect.construct(Native, args, target);
        lazyStack(err, target === Replacement ? undefined : target);
        return err;
      },
    }[name];
    Object.defineProperty(Replacement, 'length', { value: Native.length });
    Object.defineProperty(Replacement, 'prototype', { value: Native.prototype, writable: false });
    Object.setPrototypeOf(Replacement, name === 'Error' ? Function.prototype : replacements.Error);
    Object.defineProperty(Native.prototype, 'constructor', {
      value: Replacement, writable: true, enumerable: false, configurable: true,
    });
    // Subclasses (class X extends Error) inherit this static method: for them, `this`
    // is the subclass and the ordinary prototype-chain check applies.
    Object.defineProperty(Replacement, Symbol.hasInstance, {
      value: function(v) {
        return this === Replacement ? v instanceof Native : ordinaryHasInstance.call(this, v);
      },
      configurable: true,
    });
    replacements[name] = Replacement;
  }

  const ReplacementError = replacements.Error;
  // JSC reads the limit from the engine's own Error, so it is forwarded there, with
  // room for the replacement constructor's own frame, the Reflect.construct it
  // calls the engine's constructor with, the constructors of a subclass (three
  // levels deep: lazyStack drops them), and one frame past the limit (which names the
  // frame before it: a CommonJS module's `Object.<anonymous>`). (Raising the limit
  // around each subclass construction instead made JSC's captures flaky once that
  // code was JIT-compiled: measured, some later captures came out short.)
  userLimit = OriginalError.stackTraceLimit;
  Object.defineProperty(ReplacementError, 'stackTraceLimit', {
    get() { return userLimit; },
    set(v) {
      userLimit = v;
      OriginalError.stackTraceLimit = typeof v === 'number' ? v + kOwnFrames : v;
    },
    enumerable: true,
    configurable: true,
  });
  ReplacementError.stackTraceLimit = userLimit;
  Object.defineProperty(ReplacementError, 'prepareStackTrace', {
    get() { return prepare; },
    set(fn) { prepare = fn; },
    enumerable: false,
    configurable: true,
  });
  Object.defineProperty(ReplacementError, 'captureStackTrace', {
    value: function captureStackTrace(obj, fn) { stack().captureStackTrace(obj, fn); },
    writable: true, enumerable: false, configurable: true,
  });
  // The engine's own brand check when it has one (JSC 2.50 does): a tag check
  // misses DOMException and is fooled by Symbol.toStringTag.
  Object.defineProperty(ReplacementError, 'isError', {
    value: OriginalError.isError ?? ((v) => Object.prototype.toString.call(v) === '[object Error]'),
    writable: true, enumerable: false, configurable: true,
  });
  for (let i = 0; i < kNativeErrors.length; i++) {
    Object.defineProperty(globalThis, kNativeErrors[i], {
      value: replacements[kNativeErrors[i]], writable: true, enumerable: false, configurable: true,
    });
  }
}

module.exports = {
  defineLazyStack, engineError, installErrorConstructors, isDefaultPrepareStackTrace, nativeCaptureStackTrace,
};
