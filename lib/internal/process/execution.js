'use strict';
// What happens to an exception nobody caught: 'uncaughtExceptionMonitor', the
// capture callback, 'uncaughtException' listeners, and otherwise node's report
// (source line, caret, inspected error, footer) and exit code 1.

const { v8Stack, topFrame } = require('internal/errors/stack');
const { readSourceLine } = require('internal/util/source');

let captureCallback = null;

function setUncaughtExceptionCaptureCallback(fn) {
  const { codes } = require('internal/errors');
  if (fn === null) {
    captureCallback = null;
    return;
  }
  if (typeof fn !== 'function') throw new codes.ERR_INVALID_ARG_TYPE('fn', ['Function', 'null'], fn);
  if (captureCallback !== null) {
    throw new codes.ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET();
  }
  captureCallback = fn;
}

function hasUncaughtExceptionCaptureCallback() {
  return captureCallback !== null;
}

function isErrorLike(value) {
  return value !== null && typeof value === 'object' && typeof value.stack === 'string';
}

// The source line and caret node prints above an uncaught error. For a thrown
// error the caret sits on the `throw` that threw it when that is on the line.
function sourceContext(err, fromPromise) {
  const frame = topFrame(err);
  if (!frame || !frame.fileName || frame.line == null) return '';
  const text = readSourceLine(frame.fileName, frame.line);
  if (text === undefined) return `${frame.fileName}:${frame.line}\n`;
  let col = Math.max(0, (frame.column ?? 1) - 1);
  if (!fromPromise && !frame.syntax) {
    const t = text.lastIndexOf('throw', col);
    if (t !== -1) col = t;
  }
  const pad = text.slice(0, col).replace(/[^\t]/g, ' ');
  return `${frame.fileName}:${frame.line}\n${text}\n${pad}${'^'.repeat(frame.width ?? 1)}\n`;
}

function formatForReport(err) {
  if (isErrorLike(err)) {
    const { inspect } = require('internal/util/inspect');
    return inspect(err, { colors: false });
  }
  return null;
}

function footer() {
  return `\neddy v${process.versions.eddy}`;
}

function writeStderr(text) {
  internalBinding('fs').writeString(2, text);
}

// Prints err the way node does when it ends the process.
// In a worker thread a fatal error goes to the parent's Worker 'error' event
// instead of stderr (set by internal/main/worker_thread.js).
let fatalHook = null;
function setFatalHook(fn) {
  fatalHook = fn;
}

function reportFatal(err, fromPromise) {
  if (fatalHook !== null) {
    fatalHook(err);
    return;
  }
  if (!fromPromise) {
    try {
      const { kEnhanceStackBeforeInspector } = require('internal/errors');
      const enhance = err?.[kEnhanceStackBeforeInspector];
      if (typeof enhance === 'function') err.stack = enhance();
    } catch {
      // print the error as it is
    }
  }
  const formatted = formatForReport(err);
  if (formatted !== null) {
    const context = sourceContext(err, fromPromise);
    writeStderr(`${context}${context ? '\n' : ''}${formatted}\n${footer()}\n`);
  } else {
    let text;
    try {
      text = typeof err === 'symbol' ? err.toString() : String(err);
    } catch {
      text = require('internal/util/inspect').inspect(err);
    }
    if (fromPromise) {
      writeStderr(`${text}\n${footer()}\n`);
    } else {
      writeStderr(`Uncaught ${require('internal/util/inspect').inspect(err)}\n` +
        '(Use `eddy --trace-uncaught ...` to show where the exception was thrown)\n' +
        `${footer()}\n`);
    }
  }
}

function noop() {}

let abortFlag;
function abortOnUncaught() {
  abortFlag ??= require('internal/options').getOptionValue('--abort-on-uncaught-exception');
  return abortFlag;
}

// Called by C (and by queueMicrotask) with every exception no JS frame caught.
// Returns 0 when handled, else the exit code after reporting.
function onUncaught(err, origin = 'uncaughtException') {
  const fromPromise = origin === 'unhandledRejection';
  try {
    if (process.listenerCount('uncaughtExceptionMonitor') > 0) {
      process.emit('uncaughtExceptionMonitor', err, origin);
    }
    if (captureCallback === null && !fromPromise && abortOnUncaught()) {
      // --abort-on-uncaught-exception: as node, only a capture callback stops the
      // abort ('uncaughtException' listeners are not asked).
      reportFatal(err, false);
      process.abort();
    }
    if (captureCallback !== null) {
      captureCallback(err);
      require('timers').setImmediate(noop);
      return 0;
    }
    if (process.emit('uncaughtException', err, origin)) {
      // The callback that threw skipped its nextTick queue; an immediate makes sure
      // the ticks run soon, as in node.
      require('timers').setImmediate(noop);
      return 0;
    }
  } catch (inner) {
    reportFatal(inner, false);
    return 7;
  }
  if (fromPromise) reportFatal(err, true);
  try {
    if (!process._exiting) {
      process._exiting = true;
      process.exitCode = 1;
      process.emit('exit', 1);
    }
  } catch {
    // An 'exit' listener that throws while the process dies of another error changes
    // nothing: node reports the original error and exits with 1.
  }
  if (!fromPromise) reportFatal(err, false);
  const code = process.exitCode;
  // An 'exit' listener may set process.exitCode = 0; node then exits with 0. Our
  // callers read 0 as "handled", so exit here.
  if (code === 0) internalBinding('process').reallyExit(0);
  return typeof code === 'number' && code !== 0 ? code : 1;
}

// For exceptions caught by JS that must still be reported as uncaught.
function triggerUncaughtException(err, fromPromise) {
  const code = onUncaught(err, fromPromise ? 'unhandledRejection' : 'uncaughtException');
  if (code !== 0) internalBinding('process').reallyExit(code);
}

module.exports = {
  hasUncaughtExceptionCaptureCallback,
  onUncaught,
  reportFatal,
  setFatalHook,
  setUncaughtExceptionCaptureCallback,
  triggerUncaughtException,
  v8Stack,
};
