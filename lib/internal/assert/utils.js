'use strict';
// assert.ok's message names the failing call as the caller wrote it
// ("The expression evaluated to a falsy value:\n\n  assert.ok(x)\n"): the caller's
// file, line and column come from the call sites, and the call is cut out of that
// line of the file: the callee is read backwards from V8's column and the
// arguments forwards. Like node, only the call's first line is shown.

const { AssertionError } = require('internal/assert/assertion_error');
const { getCallSites } = require('internal/errors/stack');
const { isError } = require('internal/util');
const { readSourceLine } = require('internal/util/source');

const messageCache = new Map();

const identChar = /[\w$\u0080-\uffff]/;

function skipSpaceBack(text, i) {
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i;
}

// Index of the '[' opening the computed member that closes at text[i].
function matchBack(text, i) {
  let depth = 0;
  for (; i >= 0; i--) {
    if (text[i] === ']') depth++;
    else if (text[i] === '[' && --depth === 0) return i;
  }
  return -1;
}

// Start of the call whose callee ends just before `end`, read back over a chain
// of names, dots and computed members (`assert`, `assert.strict.ok`,
// `assert['ok']`, `assert.ok?.`) as node does; like node it stops at a call or a
// parenthesis (`require('assert').ok(x)` shows as `ok(x)`, `(f)(x)` as `(x)`).
function calleeStart(text, end) {
  let i = skipSpaceBack(text, end - 1);
  if (i >= 1 && text[i] === '.' && text[i - 1] === '?') i = skipSpaceBack(text, i - 2);
  let start = end;
  for (;;) {
    if (i >= 0 && identChar.test(text[i])) {
      while (i >= 0 && identChar.test(text[i])) i--;
      start = i + 1;
    } else if (i >= 0 && text[i] === ']') {
      const open = matchBack(text, i);
      if (open === -1) return start;
      start = open;
      i = skipSpaceBack(text, open - 1);
      continue;
    } else {
      return start;
    }
    const j = skipSpaceBack(text, i);
    if (j < 0 || text[j] !== '.') return start;
    i = skipSpaceBack(text, text[j - 1] === '?' ? j - 2 : j - 1);
  }
}

// End (exclusive) of the argument list opening at or after `from`, or -1 when it
// does not close on this line.
function argumentsEnd(text, from) {
  let i = from;
  while (i < text.length && text[i] !== '(') i++;
  let depth = 0;
  let quote = null;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quote !== null) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') {
      quote = c;
    } else if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      if (close === -1) return -1;
      i = close + 1;
    } else if (c === '/' && text[i + 1] === '/') {
      return -1;
    } else if (c === '(' || c === '[' || c === '{') {
      depth++;
    } else if (c === ')' || c === ']' || c === '}') {
      if (--depth === 0) return i + 1;
    }
  }
  return -1;
}

function escapeControl(text) {
  return text.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// The generated message of a failed assert.ok(), or undefined when the caller's
// source cannot be read (eval code, the REPL, a built-in).
function getErrMessage() {
  const call = getCallSites(30).find((f) => f.scriptName && !f.scriptName.startsWith('node:'));
  if (call === undefined || !call.lineNumber) return undefined;
  const key = `${call.scriptName}:${call.lineNumber}:${call.columnNumber}`;
  if (messageCache.has(key)) return messageCache.get(key);
  let message;
  const text = readSourceLine(call.scriptName, call.lineNumber);
  if (text !== undefined) {
    // V8's column (which the frames carry) is on the callee's name, or on the '('
    // when the callee is not a name (`assert['ok'](x)`).
    let calleeEnd = Math.min(call.columnNumber - 1, text.length);
    while (calleeEnd < text.length && identChar.test(text[calleeEnd])) calleeEnd++;
    const start = calleeStart(text, calleeEnd);
    if (start < text.length) {
      const end = argumentsEnd(text, calleeEnd);
      const code = end === -1 ? text.slice(start).trimEnd() : text.slice(start, end);
      message = `The expression evaluated to a falsy value:\n\n  ${escapeControl(code)}\n`;
    }
  }
  messageCache.set(key, message);
  return message;
}

function innerOk(fn, argLen, value, message) {
  if (value) return;
  let generatedMessage = false;
  if (argLen === 0) {
    generatedMessage = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generatedMessage = true;
    message = getErrMessage();
  } else if (isError(message)) {
    throw message;
  }
  const err = new AssertionError({ actual: value, expected: true, message, operator: '==',
    stackStartFn: fn });
  err.generatedMessage = generatedMessage;
  throw err;
}

function innerFail(obj) {
  if (obj.message instanceof Error) throw obj.message;
  throw new AssertionError(obj);
}

module.exports = { innerFail, innerOk };
