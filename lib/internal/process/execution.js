'use strict';
// What happens to an exception nobody caught: 'uncaughtExceptionMonitor', the
// capture callback, 'uncaughtException' listeners, and otherwise node's report
// (source line, caret, inspected error, footer) and exit code 1.

const { v8EngineError, v8Stack, topFrame } = require('internal/errors/stack');
const { readSourceLine } = require('internal/util/source');
const { emitAfterAll } = require('internal/async_hooks');

let captureCallback = null;
// Whether the capture callback will take a given error (domain's only takes those of
// a domain with an 'error' listener); --abort-on-uncaught-exception asks it.
let captureTakes = null;

function setUncaughtExceptionCaptureCallback(fn) {
  const { codes } = require('internal/errors');
  if (fn === null) {
    captureCallback = null;
    captureTakes = null;
    return;
  }
  if (typeof fn !== 'function') throw new codes.ERR_INVALID_ARG_TYPE('fn', ['Function', 'null'], fn);
  if (captureCallback !== null) {
    throw new codes.ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET();
  }
  captureCallback = fn;
}

// For node:domain, which captures every exception but handles only some.
function setCaptureTakes(takes) {
  captureTakes = takes;
}

// --abort-on-uncaught-exception: an exception no capture callback takes aborts the
// process (for a core file) where it would have exited, even with 'uncaughtException'
// listeners, as node does. The report is V8's: the error, then where it was thrown.
let abortOnUncaught;
function abortsOn(err) {
  // Not in a worker: there an uncaught exception ends the thread, as in node.
  abortOnUncaught ??= internalBinding('worker').isMainThread &&
    require('internal/options').getOptionValue('--abort-on-uncaught-exception');
  if (!abortOnUncaught) return false;
  return captureCallback === null || (captureTakes !== null && !captureTakes(err));
}

function abortWithReport(err) {
  let text;
  try {
    const stack = isErrorLike(err) && typeof err.stack === 'string' ? err.stack.split('\n') : [];
    const frames = stack.filter((line) => line.startsWith('    at ')).map((line) => line.slice(7));
    text = `Uncaught ${isErrorLike(err) ? `${err.name}: ${err.message}` : String(err)}\n\nFROM\n${frames.join('\n')}\n`;
  } catch {
    text = 'Uncaught exception\n';
  }
  writeStderr(text);
  internalBinding('process').abort();
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
  const head = `${frame.fileName}:${frame.line}\n`;
  // An error whose stack already begins with its source line (vm's displayErrors)
  // shows it once.
  let stack;
  try {
    stack = err.stack;
  } catch {
    // a throwing getter: no stack to compare
  }
  if (typeof stack === 'string' && stack.startsWith(head)) return '';
  const text = readSourceLine(frame.fileName, frame.line);
  if (text === undefined) return head;
  let col = Math.max(0, (frame.column ?? 1) - 1);
  if (!fromPromise && !frame.syntax) {
    const t = text.lastIndexOf('throw', col);
    if (t !== -1) col = t;
  }
  const pad = text.slice(0, col).replace(/[^\t]/g, ' ');
  return `${head}${text}\n${pad}${'^'.repeat(frame.width ?? 1)}\n`;
}

// Whether err is a DOMException (only once internal/dom_exception has loaded can
// it be one).
function isDOMException(err) {
  const loaded = require.loadedExports('internal/dom_exception');
  return loaded !== undefined && err instanceof loaded.DOMException;
}

function formatForReport(err, fromPromise) {
  // node prints a thrown DOMException as its stack alone ("QuotaExceededError:
  // message" and the frames, none of its properties); a rejected one it inspects.
  if (!fromPromise && isDOMException(err) && typeof err.stack === 'string') return err.stack;
  if (isErrorLike(err)) {
    const { inspect } = require('internal/util/inspect');
    return inspect(err, { colors: false });
  }
  return null;
}

// The version line node prints after a fatal error (not with
// --no-extra-info-on-fatal-exception).
function footer() {
  if (!require('internal/options').getOptionValue('--extra-info-on-fatal-exception', true)) return '';
  return `\neddy v${process.versions.eddy}`;
}

function writeStderr(text) {
  internalBinding('fs').writeString(2, text);
}

// Prints err the way node does when it ends the process.
// In a worker thread a fatal error goes to the parent's Worker 'error' event
// instead of stderr (the hook internal/main/worker_thread.js sets).
const workerState = require('internal/worker/state');

function reportFatal(err, fromPromise, toStderr = false) {
  const fatalHook = workerState.fatalHook;
  if (fatalHook !== null && !toStderr) {
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
  const formatted = formatForReport(err, fromPromise);
  if (formatted !== null) {
    const context = sourceContext(err, fromPromise);
    writeStderr(`${context}${context ? '\n' : ''}${formatted}\n${footer()}\n`);
  } else {
    // A thrown value that is not an error, as node prints it: after a blank line, a
    // primitive as its string (with the hint about --trace-uncaught), anything else
    // inspected.
    const primitive = err === null || (typeof err !== 'object' && typeof err !== 'function');
    let text;
    try {
      text = !primitive ? require('internal/util/inspect').inspect(err) :
        typeof err === 'symbol' ? err.toString() : String(err);
    } catch {
      text = String(err);
    }
    const context = sourceContext(err, fromPromise);
    writeStderr(`\n${context}${text}\n` +
      (primitive ? '(Use `eddy --trace-uncaught ...` to show where the exception was thrown)\n' : '') +
      `${footer()}\n`);
  }
}

function noop() {}

// Called by C (and by queueMicrotask) with every exception no JS frame caught.
// Returns 0 when handled, else the exit code after reporting.
function onUncaught(err, origin = 'uncaughtException') {
  const fromPromise = origin === 'unhandledRejection';
  v8EngineError(err);
  if (!fromPromise && abortsOn(err)) abortWithReport(err);
  try {
    if (process.listenerCount('uncaughtExceptionMonitor') > 0) {
      process.emit('uncaughtExceptionMonitor', err, origin);
    }
    if (captureCallback !== null) {
      captureCallback(err);
      require('timers').setImmediate(noop);
      emitAfterAll();
      return 0;
    }
    if (process.emit('uncaughtException', err, origin)) {
      emitAfterAll();
      // The callback that threw skipped its nextTick queue; an immediate makes sure
      // the ticks run soon, as in node.
      require('timers').setImmediate(noop);
      return 0;
    }
  } catch (inner) {
    if (abortsOn(inner)) abortWithReport(inner);
    reportFatal(inner, false);
    // A worker ends with 1 whatever the cause; the process would exit with 7.
    return workerState.fatalHook !== null ? 1 : 7;
  }
  if (fromPromise) {
    reportFatal(err, true);
    if (abortsOn(err)) internalBinding('process').abort();
  }
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
  setCaptureTakes,
  setUncaughtExceptionCaptureCallback,
  triggerUncaughtException,
  v8Stack,
};
