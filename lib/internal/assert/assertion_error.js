'use strict';
// AssertionError and the messages node writes for failed assertions: a one-line
// `a !== b` for short primitives, a stacked `+ a` / `- b` pair (with a caret
// under the first difference) for longer ones, and a Myers line diff of the
// inspected values for objects.

const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const { captureStackTrace } = require('internal/errors/stack');
const { myersDiff, printMyersDiff } = require('internal/assert/myers_diff');

let inspectFn;
function inspect(value, options) {
  inspectFn ??= require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

const kReadableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  partialDeepStrictEqual: 'Expected values to be partially and strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

const kMaxShortStringLength = 12;
const kMaxLongStringLength = 512;

// How values are shown in messages: fully expanded, one member per line, keys
// sorted, no custom inspectors, so that two values diff line by line.
function inspectValue(value) {
  return inspect(value, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

function isObjectLike(v) {
  return (typeof v === 'object' && v !== null) || typeof v === 'function';
}

// `+ actual` over `- expected`, with a caret under the first differing character
// when both fit on one terminal line and the difference is not at the start.
function stackedDiff(actual, expected) {
  let message = `\n+ ${actual}\n- ${expected}`;
  const width = process.stderr?.isTTY ? process.stderr.columns : 80;
  if (actual.length + expected.length <= width) {
    for (let i = 0; i < actual.length; i++) {
      if (actual[i] !== expected[i]) {
        if (i >= 3) message += `\n${' '.repeat(i + 2)}^`;
        break;
      }
    }
  }
  return message;
}

function createErrDiff(actual, expected, operator, customMessage, diffType) {
  if (operator === 'strictEqual' && ((isObjectLike(actual) && typeof actual !== 'function' &&
      isObjectLike(expected) && typeof expected !== 'function') ||
      (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }
  const inspectedActual = inspectValue(actual);
  const inspectedExpected = inspectValue(expected);
  const linesActual = inspectedActual.split('\n');
  const linesExpected = inspectedExpected.split('\n');
  let header = '+ actual - expected';
  let skipped = false;
  let body;
  const simple = linesActual.length === 1 && linesExpected.length === 1 &&
    (!isObjectLike(actual) || !isObjectLike(expected) ||
     typeof actual === 'function' || typeof expected === 'function');
  if (simple) {
    let length = inspectedActual.length + inspectedExpected.length;
    if (typeof actual === 'string') length -= 2;
    if (typeof expected === 'string') length -= 2;
    if (length <= kMaxShortStringLength && (actual !== 0 || expected !== 0)) {
      body = `${inspectedActual} !== ${inspectedExpected}`;
      header = '';
    } else {
      body = stackedDiff(inspectedActual, inspectedExpected);
    }
  } else {
    const script = myersDiff(linesActual, linesExpected, isObjectLike(actual) && typeof actual !== 'function');
    if (script.every(([op]) => op === 'nop')) {
      const title = customMessage ?? kReadableOperator.notIdentical;
      if (linesActual.length > 50 && diffType !== 'full') {
        return `${title}\n\n... Skipped lines\n${linesActual.slice(0, 50).join('\n')}\n...}\n`;
      }
      return `${title}\n\n${inspectedActual}\n`;
    }
    ({ message: body, skipped } = printMyersDiff(script));
    if (operator === 'partialDeepStrictEqual') header = '+ actual - expected';
  }
  const title = customMessage ?? kReadableOperator[operator];
  return `${title}\n${header}${skipped ? '\n... Skipped lines' : ''}\n${body}\n`;
}

function createUnequalMessage(actual, operator, diffType) {
  let base = kReadableOperator[operator];
  if (operator === 'notStrictEqual' && isObjectLike(actual)) {
    base = kReadableOperator.notStrictEqualObject;
  }
  let lines = inspectValue(actual).split('\n');
  if (lines.length > 50 && diffType !== 'full') {
    lines = lines.slice(0, 47);
    lines[46] = '...';
  }
  if (lines.length === 1) return `${base}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
  return `${base}\n\n${lines.join('\n')}\n`;
}

function truncate(text, diffType) {
  if (diffType !== 'full' && text.length > kMaxLongStringLength) {
    return `${text.slice(0, kMaxLongStringLength - 3)}...`;
  }
  return text;
}

function createLooseMessage(actual, expected, operator, diffType) {
  let res = inspectValue(actual);
  let other = inspectValue(expected);
  const known = kReadableOperator[operator];
  if (operator === 'notDeepEqual' && res === other) {
    res = `${known}\n\n${res}`;
    if (diffType !== 'full' && res.length > 1024) res = `${res.slice(0, 1021)}...`;
    return res;
  }
  res = truncate(res, diffType);
  other = truncate(other, diffType);
  if (operator === 'deepEqual') {
    res = `${known}\n\n${res}\n\nshould loosely deep-equal\n\n`;
  } else {
    const unequal = kReadableOperator[`${operator}Unequal`];
    if (unequal) res = `${unequal}\n\n${res}\n\nshould not loosely deep-equal\n\n`;
    else other = ` ${operator} ${other}`;
  }
  return `${res}${other}`;
}

// Long strings in actual/expected are cut when the error itself is inspected.
// (node keeps the part after the first 512 characters; so do we, to match.)
function shorten(value) {
  if (typeof value !== 'string') return value;
  const lines = value.split('\n', 11);
  if (lines.length > 10) return `${lines.slice(0, 10).join('\n')}\n...`;
  if (value.length > kMaxLongStringLength) return `${value.slice(kMaxLongStringLength)}...`;
  return value;
}

function isErrorWithStack(value) {
  return value !== null && typeof value === 'object' && 'stack' in value && value instanceof Error;
}

// The error's own enumerable properties, message and cause, without its stack.
function copyError(source) {
  const target = Object.assign({ __proto__: Object.getPrototypeOf(source) }, source);
  Object.defineProperty(target, 'message', { __proto__: null, value: source.message });
  if (Object.prototype.hasOwnProperty.call(source, 'cause')) {
    let { cause } = source;
    if (cause instanceof Error) cause = copyError(cause);
    Object.defineProperty(target, 'cause', { __proto__: null, value: cause });
  }
  return target;
}

class AssertionError extends Error {
  constructor(options) {
    if (options === null || typeof options !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const { message, operator, details, diff = 'simple' } = options;
    // `stackStartFunction` is the older name node still accepts.
    const stackStartFn = options.stackStartFn || options.stackStartFunction;
    if (diff !== 'simple' && diff !== 'full') {
      throw new ERR_INVALID_ARG_VALUE('options.diff', diff, "must be one of: 'simple', 'full'");
    }
    let { actual, expected } = options;
    if (isErrorWithStack(actual) && isErrorWithStack(expected)) {
      // Shown without their stacks, which would differ on every line.
      actual = copyError(actual);
      expected = copyError(expected);
    }
    const saved = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    if (message != null) {
      if (operator === 'deepStrictEqual' || operator === 'strictEqual' ||
          operator === 'partialDeepStrictEqual') {
        super(createErrDiff(actual, expected, operator, String(message), diff));
      } else {
        super(String(message));
      }
    } else if (details !== undefined) {
      super(details.map((d) => d.message).join('\n'));
    } else if (operator === 'deepStrictEqual' || operator === 'strictEqual' ||
               operator === 'partialDeepStrictEqual') {
      super(createErrDiff(actual, expected, operator, undefined, diff));
    } else if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
      super(createUnequalMessage(actual, operator, diff));
    } else {
      super(createLooseMessage(actual, expected, operator, diff));
    }
    Error.stackTraceLimit = saved;
    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', {
      __proto__: null,
      value: 'AssertionError', enumerable: false, writable: true, configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details !== undefined) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this[`message ${i}`] = details[i].message;
        this[`actual ${i}`] = details[i].actual;
        this[`expected ${i}`] = details[i].expected;
        this[`operator ${i}`] = details[i].operator;
        this[`stack trace ${i}`] = details[i].stack;
      }
    } else {
      this.actual = options.actual;
      this.expected = options.expected;
      this.operator = operator;
    }
    this.diff = diff;
    // The stack's first line names the code, as node's does.
    this.name = 'AssertionError [ERR_ASSERTION]';
    captureStackTrace(this, stackStartFn || AssertionError);
    // The stack is formatted when first read: read it now, while the name carries
    // the code, as node does.
    this.stack; // eslint-disable-line no-unused-expressions
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, ctx) {
    const { actual, expected } = this;
    this.actual = shorten(actual);
    this.expected = shorten(expected);
    try {
      return inspect(this, { ...ctx, customInspect: false, depth: 0 });
    } finally {
      this.actual = actual;
      this.expected = expected;
    }
  }
}

module.exports = { AssertionError, inspectValue, kReadableOperator };
