'use strict';
// node:assert. The module is the function `ok`, carrying every assertion; the
// assertions are the methods of Assert.prototype, which read their options
// (diff, strict, skipPrototype) from `this` when it is an Assert, so that
// `assert.x(...)`, `new Assert(opts).x(...)` and a destructured `x(...)` all work.

const { AssertionError } = require('internal/assert/assertion_error');
const { innerFail, innerOk } = require('internal/assert/utils');
const { codes } = require('internal/errors');
const { isError, kEmptyObject } = require('internal/util');
const { validateBoolean, validateObject, validateOneOf } = require('internal/validators');

let comparisons;
function lazyComparisons() {
  comparisons ??= require('internal/util/comparisons');
  return comparisons;
}

let inspectFn;
function inspect(value, options) {
  inspectFn ??= require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

const kDefaults = Object.freeze({ diff: 'simple', strict: false, skipPrototype: false });
const optionsOf = new WeakMap();
function options(self) {
  return (self !== null && typeof self === 'object' && optionsOf.get(self)) || kDefaults;
}

const NO_EXCEPTION = Symbol('NO_EXCEPTION');

function isRegExp(value) {
  try {
    Object.getOwnPropertyDescriptor(RegExp.prototype, 'source').get.call(value);
    return value !== RegExp.prototype;
  } catch {
    return false;
  }
}

function isPromiseLike(value) {
  return value instanceof Promise || (value !== null && typeof value === 'object' &&
    typeof value.then === 'function' && typeof value.catch === 'function');
}

// --- throws / rejects validation -------------------------------------------

// The shape diffed when an error does not match an object validator: only the
// keys the validator names, with regexps that matched replaced by the text.
class Comparison {
  constructor(obj, keys, actual) {
    for (const key of keys) {
      if (!(key in obj)) continue;
      if (actual !== undefined && typeof actual[key] === 'string' && isRegExp(obj[key]) &&
          obj[key].exec(actual[key]) !== null) {
        this[key] = actual[key];
      } else {
        this[key] = obj[key];
      }
    }
  }
}

function compareExceptionKey(actual, expected, key, message, keys, fn) {
  if (key in actual && lazyComparisons().isDeepStrictEqual(actual[key], expected[key])) return;
  if (!message) {
    const err = new AssertionError({
      actual: new Comparison(actual, keys),
      expected: new Comparison(expected, keys, actual),
      operator: 'deepStrictEqual',
      stackStartFn: fn,
    });
    err.actual = actual;
    err.expected = expected;
    err.operator = fn.name;
    throw err;
  }
  innerFail({ actual, expected, message, operator: fn.name, stackStartFn: fn });
}

function expectedException(actual, expected, message, fn) {
  let generatedMessage = false;
  let throwError = false;
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) {
      const str = String(actual);
      if (expected.exec(str) !== null) return;
      if (!message) {
        generatedMessage = true;
        message = 'The input did not match the regular expression ' +
          `${inspect(expected)}. Input:\n\n${inspect(str)}\n`;
      }
      throwError = true;
    } else if (typeof actual !== 'object' || actual === null) {
      const err = new AssertionError({ actual, expected, message, operator: 'deepStrictEqual',
        stackStartFn: fn });
      err.operator = fn.name;
      throw err;
    } else {
      const keys = Object.keys(expected);
      if (isError(expected)) keys.push('name', 'message');
      else if (keys.length === 0) throw new codes.ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
      for (const key of keys) {
        if (typeof actual[key] === 'string' && isRegExp(expected[key]) &&
            expected[key].exec(actual[key]) !== null) continue;
        compareExceptionKey(actual, expected, key, message, keys, fn);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    return;
  } else if (Object.prototype.isPrototypeOf.call(Error, expected)) {
    if (!message) {
      generatedMessage = true;
      message = 'The error is expected to be an instance of ' +
        `"${expected.name}". Received `;
      if (isError(actual)) {
        const name = actual.constructor?.name || actual.name;
        if (expected.name === name) {
          message += 'an error with identical name but a different prototype.';
        } else {
          message += `"${name}"`;
        }
        if (actual.message) message += `\n\nError message:\n\n${actual.message}`;
      } else {
        message += `"${inspect(actual, { depth: -1 })}"`;
      }
    }
    throwError = true;
  } else {
    const res = Reflect.apply(expected, {}, [actual]);
    if (res !== true) {
      if (!message) {
        generatedMessage = true;
        const name = expected.name ? `"${expected.name}" ` : '';
        message = `The ${name}validation function is expected to return` +
          ` "true". Received ${inspect(res)}`;
        if (isError(actual)) message += `\n\nCaught error:\n\n${actual}`;
      }
      throwError = true;
    }
  }
  if (throwError) {
    const err = new AssertionError({ actual, expected, message, operator: fn.name, stackStartFn: fn });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

function getActual(fn) {
  if (typeof fn !== 'function') throw new codes.ERR_INVALID_ARG_TYPE('fn', 'Function', fn);
  try {
    fn();
  } catch (e) {
    return require('internal/errors/stack').v8EngineError(e);
  }
  return NO_EXCEPTION;
}

async function waitForActual(promiseFn) {
  let promise;
  if (typeof promiseFn === 'function') {
    promise = promiseFn();
    if (!isPromiseLike(promise)) {
      throw new codes.ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', promise);
    }
  } else if (isPromiseLike(promiseFn)) {
    promise = promiseFn;
  } else {
    throw new codes.ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await promise;
  } catch (e) {
    return require('internal/errors/stack').v8EngineError(e);
  }
  return NO_EXCEPTION;
}

function expectsError(stackStartFn, actual, error, message) {
  if (typeof error === 'string') {
    if (arguments.length === 4) {
      throw new codes.ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
    }
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) {
        throw new codes.ERR_AMBIGUOUS_ARGUMENT('error/message',
          `The error message "${actual.message}" is identical to the message.`);
      }
    } else if (actual === error) {
      throw new codes.ERR_AMBIGUOUS_ARGUMENT('error/message',
        `The error "${actual}" is identical to the message.`);
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw new codes.ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
  }
  if (actual === NO_EXCEPTION) {
    let details = '';
    if (error?.name) details += ` (${error.name})`;
    details += message ? `: ${message}` : '.';
    const fnType = stackStartFn.name === 'rejects' ? 'rejection' : 'exception';
    innerFail({ actual: undefined, expected: error, operator: stackStartFn.name,
      message: `Missing expected ${fnType}${details}`, stackStartFn });
  }
  if (error !== undefined) expectedException(actual, error, message, stackStartFn);
}

function hasMatchingError(actual, expected) {
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) return expected.exec(String(actual)) !== null;
    throw new codes.ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (Object.prototype.isPrototypeOf.call(Error, expected)) return false;
  return Reflect.apply(expected, {}, [actual]) === true;
}

function expectsNoError(stackStartFn, actual, error, message) {
  if (actual === NO_EXCEPTION) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || hasMatchingError(actual, error)) {
    const details = message ? `: ${message}` : '.';
    const fnType = stackStartFn.name === 'doesNotReject' ? 'rejection' : 'exception';
    innerFail({ actual, expected: error, operator: stackStartFn.name,
      message: `Got unwanted ${fnType}${details}\nActual message: "${actual?.message}"`,
      stackStartFn });
  }
  throw actual;
}

function internalMatch(string, regexp, message, fn, match) {
  if (!isRegExp(regexp)) throw new codes.ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  if (typeof string === 'string' && (regexp.exec(string) !== null) === match) return;
  if (message instanceof Error) throw message;
  const generatedMessage = !message;
  if (!message) {
    if (typeof string !== 'string') {
      message = 'The "string" argument must be of type string. Received type ' +
        `${typeof string} (${inspect(string)})`;
    } else {
      message = (match ? 'The input did not match the regular expression ' :
        'The input was expected to not match the regular expression ') +
        `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`;
    }
  }
  const err = new AssertionError({ actual: string, expected: regexp, message,
    operator: fn.name, stackStartFn: fn });
  err.generatedMessage = generatedMessage;
  throw err;
}

// --- the Assert class ----------------------------------------------------------

function Assert(opts = kEmptyObject) {
  if (new.target === undefined) throw new codes.ERR_CONSTRUCT_CALL_REQUIRED('Assert');
  validateObject(opts, 'options');
  const { diff = 'simple', strict = true, skipPrototype = false } = opts;
  validateOneOf(diff, 'options.diff', ['simple', 'full']);
  validateBoolean(strict, 'options.strict');
  validateBoolean(skipPrototype, 'options.skipPrototype');
  optionsOf.set(this, { diff, strict, skipPrototype });
  this.AssertionError = AssertionError;
  if (strict) {
    this.equal = this.strictEqual;
    this.deepEqual = this.deepStrictEqual;
    this.notEqual = this.notStrictEqual;
    this.notDeepEqual = this.notDeepStrictEqual;
  }
}

let failWarned = false;

Object.assign(Assert.prototype, {
  fail(actual, expected, message, operator, stackStartFn) {
    const argsLen = arguments.length;
    let internalMessage = false;
    if (actual == null && argsLen <= 1) {
      internalMessage = true;
      message = 'Failed';
    } else if (argsLen === 1) {
      message = actual;
      actual = undefined;
    } else {
      if (!failWarned) {
        failWarned = true;
        process.emitWarning('assert.fail() with more than one argument is deprecated. ' +
          'Please use assert.strictEqual() instead or only pass a message.',
        'DeprecationWarning', 'DEP0094');
      }
      if (argsLen === 2) operator = '!=';
    }
    if (message instanceof Error) throw message;
    const err = new AssertionError({ actual, expected,
      operator: operator === undefined ? 'fail' : operator,
      stackStartFn: stackStartFn || this?.fail || Assert.prototype.fail, message });
    if (internalMessage) err.generatedMessage = true;
    throw err;
  },

  ok(...args) {
    innerOk(Assert.prototype.ok, args.length, ...args);
  },

  equal(actual, expected, message) {
    if (arguments.length < 2) throw new codes.ERR_MISSING_ARGS('actual', 'expected');
    if (options(this).strict) return Assert.prototype.strictEqual.call(this, actual, expected, message);
    if (actual != expected && (!Number.isNaN(actual) || !Number.isNaN(expected))) { // eslint-disable-line eqeqeq
      innerFail({ actual, expected, message, operator: '==', stackStartFn: Assert.prototype.equal });
    }
  },

  notEqual(actual, expected, message) {
    if (arguments.length < 2) throw new codes.ERR_MISSING_ARGS('actual', 'expected');
    if (options(this).strict) return Assert.prototype.notStrictEqual.call(this, actual, expected, message);
    if (actual == expected || (Number.isNaN(actual) && Number.isNaN(expected))) { // eslint-disable-line eqeqeq
      innerFail({ actual, expected, message, operator: '!=', stackStartFn: Assert.prototype.notEqual });
    }
  },

  deepEqual(actual, expected, message) {
    if (arguments.length < 2) throw new codes.ERR_MISSING_ARGS('actual', 'expected');
    const opts = options(this);
    if (opts.strict) return Assert.prototype.deepStrictEqual.call(this, actual, expected, message);
    if (!lazyComparisons().isDeepEqual(actual, expected)) {
      innerFail({ actual, expected, message, operator: 'deepEqual', diff: opts.diff,
        stackStartFn: Assert.prototype.deepEqual });
    }
  },

  notDeepEqual(actual, expected, message) {
    if (arguments.length < 2) throw new codes.ERR_MISSING_ARGS('actual', 'expected');
    const opts = options(this);
    if (opts.strict) return Assert.prototype.notDeepStrictEqual.call(this, actual, expected, message);
    if (lazyComparisons().isDeepEqual(actual, expected)) {
      innerFail({ actual, expected, message, operator: 'notDeepEqual', diff: opts.diff,
        stackStartFn: Assert.prototype.notDeepEqual });
    }
  },

  deepStrictEqual(actual, expected, message) {
    if (arguments.length < 2) throw new codes.ERR_MISSING_ARGS('actual', 'expected');
    const opts = options(this);
    if (!lazyComparisons().isDeepStrictEqual(actual, expected, opts.skipPrototype)) {
      innerFail({ actual, expected, message, operator: 'deepStrictEqual', diff: opts.diff,
        stackStartFn: Assert.prototype.deepStrictEqual });
    }
  },

  notDeepStrictEqual(actual, expected, message) {
    if (arguments.length < 2) throw new codes.ERR_MISSING_ARGS('actual', 'expected');
    const opts = options(this);
    if (lazyComparisons().isDeepStrictEqual(actual, expected, opts.skipPrototype)) {
      innerFail({ actual, expected, message, operator: 'notDeepStrictEqual', diff: opts.diff,
        stackStartFn: Assert.prototype.notDeepStrictEqual });
    }
  },

  strictEqual(actual, expected, message) {
    if (arguments.length < 2) throw new codes.ERR_MISSING_ARGS('actual', 'expected');
    if (!Object.is(actual, expected)) {
      innerFail({ actual, expected, message, operator: 'strictEqual', diff: options(this).diff,
        stackStartFn: Assert.prototype.strictEqual });
    }
  },

  notStrictEqual(actual, expected, message) {
    if (arguments.length < 2) throw new codes.ERR_MISSING_ARGS('actual', 'expected');
    if (Object.is(actual, expected)) {
      innerFail({ actual, expected, message, operator: 'notStrictEqual', diff: options(this).diff,
        stackStartFn: Assert.prototype.notStrictEqual });
    }
  },

  partialDeepStrictEqual(actual, expected, message) {
    if (arguments.length < 2) throw new codes.ERR_MISSING_ARGS('actual', 'expected');
    if (!lazyComparisons().isPartialStrictEqual(actual, expected)) {
      innerFail({ actual, expected, message, operator: 'partialDeepStrictEqual',
        diff: options(this).diff, stackStartFn: Assert.prototype.partialDeepStrictEqual });
    }
  },

  throws(promiseFn, ...args) {
    expectsError(Assert.prototype.throws, getActual(promiseFn), ...args);
  },

  async rejects(promiseFn, ...args) {
    expectsError(Assert.prototype.rejects, await waitForActual(promiseFn), ...args);
  },

  doesNotThrow(fn, ...args) {
    expectsNoError(Assert.prototype.doesNotThrow, getActual(fn), ...args);
  },

  async doesNotReject(fn, ...args) {
    expectsNoError(Assert.prototype.doesNotReject, await waitForActual(fn), ...args);
  },

  ifError(err) {
    if (err === null || err === undefined) return;
    let message = 'ifError got unwanted exception: ';
    if (typeof err === 'object' && typeof err.message === 'string') {
      if (err.message.length === 0 && err.constructor) message += err.constructor.name;
      else message += err.message;
    } else {
      message += inspect(err);
    }
    const newErr = new AssertionError({ actual: err, expected: null, operator: 'ifError',
      message, stackStartFn: Assert.prototype.ifError });
    // Continue the stack with the original error's frames, minus the ones both share.
    const origStack = err.stack;
    if (typeof origStack === 'string') {
      const start = origStack.indexOf('\n    at');
      if (start !== -1) {
        const originalFrames = origStack.slice(start + 1).split('\n');
        let newFrames = newErr.stack.split('\n');
        for (const frame of originalFrames) {
          const pos = newFrames.indexOf(frame);
          if (pos !== -1) {
            newFrames = newFrames.slice(0, pos);
            break;
          }
        }
        newErr.stack = `${newFrames.join('\n')}\n${originalFrames.join('\n')}`;
      }
    }
    throw newErr;
  },

  match(string, regexp, message) {
    internalMatch(string, regexp, message, Assert.prototype.match, true);
  },

  doesNotMatch(string, regexp, message) {
    internalMatch(string, regexp, message, Assert.prototype.doesNotMatch, false);
  },
});
for (const key of Object.keys(Assert.prototype)) {
  Object.defineProperty(Assert.prototype, key, { __proto__: null, enumerable: false });
}

// --- the module --------------------------------------------------------------------

function ok(...args) {
  innerOk(ok, args.length, ...args);
}

let callTrackerWarned = false;
// Deprecated (DEP0173); loaded on first use.
function CallTracker() {
  if (new.target === undefined) throw new codes.ERR_CONSTRUCT_CALL_REQUIRED('CallTracker');
  if (!callTrackerWarned) {
    callTrackerWarned = true;
    process.emitWarning('assert.CallTracker is deprecated.', 'DeprecationWarning', 'DEP0173');
  }
  const { CallTracker: Impl } = require('internal/assert/calltracker');
  return new Impl();
}

const assert = ok;
const P = Assert.prototype;
Object.assign(assert, {
  AssertionError,
  CallTracker,
  ok,
  fail: P.fail,
  equal: P.equal,
  notEqual: P.notEqual,
  deepEqual: P.deepEqual,
  notDeepEqual: P.notDeepEqual,
  deepStrictEqual: P.deepStrictEqual,
  notDeepStrictEqual: P.notDeepStrictEqual,
  strictEqual: P.strictEqual,
  notStrictEqual: P.notStrictEqual,
  partialDeepStrictEqual: P.partialDeepStrictEqual,
  match: P.match,
  doesNotMatch: P.doesNotMatch,
  throws: P.throws,
  rejects: P.rejects,
  doesNotThrow: P.doesNotThrow,
  doesNotReject: P.doesNotReject,
  ifError: P.ifError,
});

function strict(...args) {
  innerOk(strict, args.length, ...args);
}
Object.assign(strict, assert, {
  equal: P.strictEqual,
  deepEqual: P.deepStrictEqual,
  notEqual: P.notStrictEqual,
  notDeepEqual: P.notDeepStrictEqual,
});
assert.strict = strict;
assert.Assert = Assert;
strict.Assert = Assert;
strict.strict = strict;

module.exports = assert;
