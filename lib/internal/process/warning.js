'use strict';
// process.emitWarning and the default printing of 'warning' events.

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateString } = require('internal/validators');

let traceHintShown = false;

// NODE_NO_WARNINGS=1 is --no-warnings. Node reads it at start-up; here it is read at
// the first warning (process.env does not exist yet when this module loads).
let noWarningsEnv;

// --redirect-warnings=file (or NODE_REDIRECT_WARNINGS) appends warnings to a file;
// otherwise they go through the console's stderr, so programs that patch
// process.stderr.write see them, as in node.
function writeOut(message) {
  const file = internalBinding('process').options.redirectWarnings ||
    process.env.NODE_REDIRECT_WARNINGS;
  if (file) {
    try {
      require('fs').appendFileSync(file, `${message}\n`);
      return;
    } catch {
      // As in node, a file that cannot be written leaves the warning on stderr.
    }
  }
  require('internal/console/global').error(message);
}

function onWarning(warning) {
  if (!(warning instanceof Error)) return;
  noWarningsEnv ??= process.env.NODE_NO_WARNINGS === '1';
  if (noWarningsEnv) return;
  const options = internalBinding('process').options;
  const isDeprecation = warning.name === 'DeprecationWarning';
  if (isDeprecation && process.noDeprecation) return;
  // --disable-warning=code|type: the 'warning' event still fires; only printing stops.
  const disabled = options.disableWarning;
  if (disabled.length > 0 && (disabled.includes(warning.code) || disabled.includes(warning.name))) {
    return;
  }
  const trace = process.traceProcessWarnings || (isDeprecation && process.traceDeprecation);
  let msg = `(node:${process.pid}) `;
  if (warning.code) msg += `[${warning.code}] `;
  if (trace && warning.stack) {
    msg += require('internal/errors/stack').v8Stack(warning);
  } else {
    msg += typeof warning.toString === 'function' ? `${warning.toString()}` : Error.prototype.toString.call(warning);
  }
  if (typeof warning.detail === 'string') msg += `\n${warning.detail}`;
  if (!trace && !traceHintShown) {
    traceHintShown = true;
    const flag = isDeprecation ? '--trace-deprecation' : '--trace-warnings';
    msg += `\n(Use \`eddy ${flag} ...\` to show where the warning was created)`;
  }
  writeOut(msg);
}

function createWarningObject(warning, type, code, ctor, detail) {
  const saved = Error.stackTraceLimit;
  const err = new Error(warning);
  err.name = String(type || 'Warning');
  if (code !== undefined) err.code = code;
  if (detail !== undefined) err.detail = detail;
  Error.stackTraceLimit = saved;
  require('internal/errors/stack').captureStackTrace(err, ctor || process.emitWarning);
  return err;
}

// process.emitWarning's body (internal/bootstrap/node.js defines process.emitWarning
// to load this module and call it). Named apart from it: a stack is cut after the
// first frame named as `ctor`, which is process.emitWarning's.
function emitProcessWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined) validateString(type, 'type');
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined) {
    validateString(code, 'code');
  }
  if (typeof warning === 'string') {
    warning = createWarningObject(warning, type, code, ctor, detail);
  } else if (!(warning instanceof Error)) {
    throw new ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    if (process.throwDeprecation) {
      // Thrown on the next tick, as node does, so earlier warnings are out first.
      process.nextTick(() => {
        throw warning;
      });
      return;
    }
  }
  process.nextTick(() => process.emit('warning', warning));
}

// A warning emitted at once rather than on the next tick: for one that comes just
// before an error that ends the process (node's emitWarningSync).
function emitWarningSync(warning, type, code) {
  process.emit('warning', createWarningObject(warning, type, code, emitWarningSync));
}

module.exports = { emitProcessWarning, emitWarningSync, onWarning };
