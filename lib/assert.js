'use strict';
// node:assert — first version (ok, equal, strictEqual, deepStrictEqual, throws,
// rejects, match, fail, ifError). The complete module, with node's exact messages
// and diffs, replaces this file.

const { inspect } = require('internal/util/inspect');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

class AssertionError extends Error {
  constructor(options) {
    const { message, actual, expected, operator } = options;
    super(message ?? `${inspect(actual)} ${operator} ${inspect(expected)}`);
    this.generatedMessage = message === undefined;
    this.code = 'ERR_ASSERTION';
    this.actual = actual;
    this.expected = expected;
    this.operator = operator;
    Object.defineProperty(this, 'name', { value: 'AssertionError', enumerable: false, writable: true, configurable: true });
  }
}

function fail(actual, expected, message, operator) {
  if (arguments.length === 1 || arguments.length === 0) {
    message = actual ?? 'Failed';
    if (message instanceof Error) throw message;
    throw new AssertionError({ message, operator: 'fail' });
  }
  throw new AssertionError({ actual, expected, message, operator });
}

function innerOk(value, message) {
  if (!value) {
    if (message instanceof Error) throw message;
    throw new AssertionError({ actual: value, expected: true, operator: '==',
      message: message ?? 'The expression evaluated to a falsy value' });
  }
}

function ok(...args) {
  if (args.length === 0) {
    throw new AssertionError({ message: 'No value argument passed to `assert.ok()`', operator: '==' });
  }
  innerOk(args[0], args[1]);
}

function isDeepEqual(a, b, strict, seen = new Map()) {
  if (strict ? Object.is(a, b) : (a == b || (a !== a && b !== b))) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    if (!strict && (typeof a !== 'object' || a === null) && (typeof b !== 'object' || b === null)) return a == b;
    return false;
  }
  if (strict && Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (Object.prototype.toString.call(a) !== Object.prototype.toString.call(b)) return false;
  if (seen.get(a) === b) return true;
  seen.set(a, b);
  if (a instanceof Date) return a.getTime() === b.getTime();
  if (a instanceof RegExp) return String(a) === String(b) && a.lastIndex === b.lastIndex;
  if (a instanceof Error && (a.message !== b.message || a.name !== b.name)) return false;
  if (ArrayBuffer.isView(a)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i]) && !(!strict && a[i] == b[i])) return false;
  }
  if (a instanceof Map) {
    if (a.size !== b.size) return false;
    for (const [k, v] of a) if (!b.has(k) || !isDeepEqual(v, b.get(k), strict, seen)) return false;
    return true;
  }
  if (a instanceof Set) {
    if (a.size !== b.size) return false;
    outer: for (const v of a) {
      if (b.has(v)) continue;
      for (const w of b) if (isDeepEqual(v, w, strict, seen)) continue outer;
      return false;
    }
    return true;
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, k)) return false;
    if (!isDeepEqual(a[k], b[k], strict, seen)) return false;
  }
  if (strict) {
    const sa = Object.getOwnPropertySymbols(a).filter((s) => Object.prototype.propertyIsEnumerable.call(a, s));
    const sb = Object.getOwnPropertySymbols(b).filter((s) => Object.prototype.propertyIsEnumerable.call(b, s));
    if (sa.length !== sb.length) return false;
    for (const s of sa) if (!isDeepEqual(a[s], b[s], strict, seen)) return false;
  }
  return true;
}

function check(pass, actual, expected, message, operator, defaultMessage) {
  if (pass) return;
  if (message instanceof Error) throw message;
  throw new AssertionError({ actual, expected, operator,
    message: message ?? defaultMessage?.() });
}

function matchesExpected(err, expected, message) {
  if (expected === undefined) return;
  if (typeof expected === 'function') {
    if (expected.prototype !== undefined && err instanceof expected) return;
    if (Error.isPrototypeOf(expected) || expected === Error) {
      throw new AssertionError({ actual: err, expected, operator: 'throws',
        message: message ?? `The error is expected to be an instance of "${expected.name}". Received "${err?.constructor?.name}"` });
    }
    if (expected.call({}, err) === true) return;
    throw new AssertionError({ actual: err, expected, operator: 'throws',
      message: message ?? 'The validation function is expected to return "true". Received false' });
  }
  if (expected instanceof RegExp) {
    if (expected.test(String(err))) return;
    throw new AssertionError({ actual: err, expected, operator: 'throws',
      message: message ?? `The input did not match the regular expression ${inspect(expected)}. Input:\n\n${inspect(String(err))}\n` });
  }
  if (typeof expected === 'object' && expected !== null) {
    for (const key of Reflect.ownKeys(expected)) {
      const want = expected[key];
      const got = err?.[key];
      if (want instanceof RegExp && typeof got === 'string') {
        if (!want.test(got)) {
          throw new AssertionError({ actual: err, expected, operator: 'throws',
            message: message ?? `The "${String(key)}" property did not match ${inspect(want)}: ${inspect(got)}` });
        }
      } else if (!isDeepEqual(got, want, true)) {
        throw new AssertionError({ actual: got, expected: want, operator: 'throws',
          message: message ?? `Expected values to be strictly deep-equal:\n+ actual - expected\n\n  Comparison {\n+   ${String(key)}: ${inspect(got)}\n-   ${String(key)}: ${inspect(want)}\n  }` });
      }
    }
    return;
  }
  throw new ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp', 'Object', 'Error'], expected);
}

function throws(fn, expected, message) {
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', 'Function', fn);
  if (typeof expected === 'string') {
    message = expected;
    expected = undefined;
  }
  try {
    fn();
  } catch (err) {
    matchesExpected(err, expected, message);
    return;
  }
  throw new AssertionError({ actual: undefined, expected, operator: 'throws',
    message: `Missing expected exception${message ? `: ${message}` : '.'}` });
}

function doesNotThrow(fn, expected, message) {
  try {
    fn();
  } catch (err) {
    throw new AssertionError({ actual: err, expected, operator: 'doesNotThrow',
      message: `Got unwanted exception${typeof message === 'string' ? `: ${message}` : typeof expected === 'string' ? `: ${expected}` : '.'}\nActual message: "${err?.message}"` });
  }
}

async function rejects(promiseFn, expected, message) {
  const promise = typeof promiseFn === 'function' ? promiseFn() : promiseFn;
  if (typeof expected === 'string') {
    message = expected;
    expected = undefined;
  }
  try {
    await promise;
  } catch (err) {
    matchesExpected(err, expected, message);
    return;
  }
  throw new AssertionError({ actual: undefined, expected, operator: 'rejects',
    message: `Missing expected rejection${message ? `: ${message}` : '.'}` });
}

async function doesNotReject(promiseFn, expected, message) {
  const promise = typeof promiseFn === 'function' ? promiseFn() : promiseFn;
  try {
    await promise;
  } catch (err) {
    throw new AssertionError({ actual: err, expected, operator: 'doesNotReject',
      message: `Got unwanted rejection.\nActual message: "${err?.message}"` });
  }
}

const assert = function assert(...args) {
  if (args.length === 0) {
    throw new AssertionError({ message: 'No value argument passed to `assert.ok()`', operator: '==' });
  }
  innerOk(args[0], args[1]);
};

Object.assign(assert, {
  AssertionError,
  ok,
  fail,
  equal: (a, b, m) => check(a == b || (a !== a && b !== b), a, b, m, '==', () => `${inspect(a)} == ${inspect(b)}`),
  notEqual: (a, b, m) => check(!(a == b || (a !== a && b !== b)), a, b, m, '!=', () => `${inspect(a)} != ${inspect(b)}`),
  strictEqual: (a, b, m) => check(Object.is(a, b), a, b, m, 'strictEqual',
    () => `Expected values to be strictly equal:\n\n${inspect(a)} !== ${inspect(b)}\n`),
  notStrictEqual: (a, b, m) => check(!Object.is(a, b), a, b, m, 'notStrictEqual',
    () => `Expected "actual" to be strictly unequal to: ${inspect(b)}`),
  deepEqual: (a, b, m) => check(isDeepEqual(a, b, false), a, b, m, 'deepEqual',
    () => `Expected values to be loosely deep-equal:\n\n${inspect(a)}\n\nshould loosely deep-equal\n\n${inspect(b)}`),
  deepStrictEqual: (a, b, m) => check(isDeepEqual(a, b, true), a, b, m, 'deepStrictEqual',
    () => `Expected values to be strictly deep-equal:\n${inspect(a)}\n\nshould equal\n\n${inspect(b)}`),
  notDeepEqual: (a, b, m) => check(!isDeepEqual(a, b, false), a, b, m, 'notDeepEqual',
    () => `"actual" deepEqual "expected"`),
  notDeepStrictEqual: (a, b, m) => check(!isDeepEqual(a, b, true), a, b, m, 'notDeepStrictEqual',
    () => 'Expected "actual" not to be strictly deep-equal to: ' + inspect(b)),
  throws,
  doesNotThrow,
  rejects,
  doesNotReject,
  match: (s, re, m) => check(typeof s === 'string' && re.test(s), s, re, m, 'match',
    () => `The input did not match the regular expression ${inspect(re)}. Input:\n\n${inspect(s)}\n`),
  doesNotMatch: (s, re, m) => check(typeof s === 'string' && !re.test(s), s, re, m, 'doesNotMatch',
    () => `The input was expected to not match the regular expression ${inspect(re)}. Input:\n\n${inspect(s)}\n`),
  ifError: (err) => {
    if (err !== null && err !== undefined) {
      let message = 'ifError got unwanted exception: ';
      message += typeof err?.message === 'string' ? err.message : inspect(err);
      const e = new AssertionError({ actual: err, expected: null, operator: 'ifError', message });
      throw e;
    }
  },
});
assert.strict = assert;

module.exports = assert;
