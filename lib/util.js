'use strict';
// node:util. Most of the work lives in lib/internal/util/*; this file validates
// arguments and puts the public surface together, loading the heavier parts lazily.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { format, formatWithOptions, inspect } = require('internal/util/inspect');
const { stripVTControlCharacters } = require('internal/util/inspect_strings');
const { callbackify, promisify } = require('internal/util/promisify');
const { debuglog } = require('internal/util/debuglog');
const { defineLazyProperty, deprecate } = require('internal/util');
const { types } = require('internal/util/types');
const {
  validateBoolean, validateNumber, validateObject, validateString,
} = require('internal/validators');

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) {
    throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

let errorMap;
function lazyErrorMap() {
  if (errorMap === undefined) {
    errorMap = new Map();
    for (const [errno, name, message] of internalBinding('uv').getErrorMap()) {
      errorMap.set(errno, [name, message]);
    }
  }
  return errorMap;
}

function validateErrno(err) {
  validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) {
    throw new ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  }
}

function getSystemErrorName(err) {
  validateErrno(err);
  return lazyErrorMap().get(err)?.[0] ?? `Unknown system error ${err}`;
}

function getSystemErrorMessage(err) {
  validateErrno(err);
  return lazyErrorMap().get(err)?.[1] ?? `Unknown system error ${err}`;
}

function getSystemErrorMap() {
  return new Map(lazyErrorMap());
}

function toUSVString(input) {
  return `${input}`.toWellFormed();
}

// styleText(format, text[, { validateStream, stream }]): ANSI styles by name; plain
// text when validateStream is on and the stream does not take colours.
function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  validateString(text, 'text');
  if (typeof validateStream !== 'boolean') {
    throw new ERR_INVALID_ARG_TYPE('options.validateStream', 'boolean', validateStream);
  }
  const formats = Array.isArray(format) ? format : [format];
  const { colors } = inspect;
  let left = '';
  let right = '';
  let body = text;
  for (const key of formats) {
    if (key === 'none') continue;
    const code = typeof key === 'string' && Object.hasOwn(colors, key) ? colors[key] : undefined;
    if (code === undefined) {
      throw new ERR_INVALID_ARG_VALUE('format', key,
        `must be one of: ${Object.keys(colors).map((k) => `'${k}'`).join(', ')}`);
    }
    left += `\u001b[${code[0]}m`;
    right = `\u001b[${code[1]}m${right}`;
    body = reopenAfterInnerClose(body, code);
  }
  if (validateStream) {
    if (stream === null || typeof stream !== 'object' || typeof stream.write !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
    }
    if (!require('internal/util/colors').shouldColorize(stream)) return text;
  }
  return `${left}${body}${right}`;
}

// Text already styled inside a style with the same reset code (blue inside red both
// end with 39) would switch the outer style off early: each such reset before the end
// re-opens the outer style. Bold and dim share reset 22, which turns both off, so there
// the reset stays and the outer code follows it; a colour simply replaces the reset.
function reopenAfterInnerClose(text, [open, close]) {
  const closeSeq = `\u001b[${close}m`;
  const reopen = close === 22 ? `${closeSeq}\u001b[${open}m` : `\u001b[${open}m`;
  let out = '';
  let from = 0;
  let at;
  while ((at = text.indexOf(closeSeq, from)) !== -1 && at + closeSeq.length < text.length) {
    out += text.slice(from, at) + reopen;
    from = at + closeSeq.length;
  }
  return from === 0 ? text : out + text.slice(from);
}

let deepStrictEqual;
function isDeepStrictEqual(a, b, skipPrototype) {
  deepStrictEqual ??= require('internal/util/comparisons').isDeepStrictEqual;
  return deepStrictEqual(a, b, skipPrototype);
}

function getCallSites(frameCount = 10, options) {
  // A lone object argument is the options; arrays and null are not options.
  if (options === undefined && typeof frameCount === 'object') {
    options = frameCount;
    frameCount = 10;
  }
  if (options !== undefined) {
    validateObject(options, 'options');
    if (options.sourceMap !== undefined) validateBoolean(options.sourceMap, 'options.sourceMap');
  }
  validateNumber(frameCount, 'frameCount', 1, 200);
  // The stack module drops node:internal frames; this wrapper's own frame goes here.
  const sites = require('internal/errors/stack').getCallSites(frameCount + 1);
  if (sites.length > 0 && sites[0].scriptName === 'node:util') sites.shift();
  return sites.slice(0, frameCount);
}

async function aborted(signal, resource) {
  if (signal === undefined || signal === null || typeof signal !== 'object' ||
      typeof signal.aborted !== 'boolean' || typeof signal.addEventListener !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  if (resource === null || (typeof resource !== 'object' && typeof resource !== 'function')) {
    throw new ERR_INVALID_ARG_TYPE('resource', 'Object', resource);
  }
  if (signal.aborted) return;
  const ref = new WeakRef(resource);
  await new Promise((resolve) => {
    signal.addEventListener('abort', () => {
      if (ref.deref() !== undefined) resolve();
    }, { once: true });
  });
}

function parseEnv(content) {
  validateString(content, 'content');
  return require('internal/process/env_file').parseEnv(content);
}

function transferableAbortSignal(signal) {
  const { isAbortSignal } = require('internal/abort_controller');
  if (!isAbortSignal(signal)) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  require('internal/abort_signal_transfer').markTransferable(signal);
  return signal;
}

function transferableAbortController() {
  const { AbortController } = require('internal/abort_controller');
  const controller = new AbortController();
  transferableAbortSignal(controller.signal);
  return controller;
}

// SIGINT stack traces need a watchdog thread eddy does not run; the switch is
// accepted on the main thread, with any argument, as node 24's. A worker has no
// SIGINT of its own: it is refused there.
function setTraceSigInt(enable) {
  if (!internalBinding('worker').isMainThread) {
    const { ERR_WORKER_UNSUPPORTED_OPERATION } = require('internal/errors').codes;
    throw new ERR_WORKER_UNSUPPORTED_OPERATION('Calling util.setTraceSigInt');
  }
}

function _errnoException(err, syscall, original) {
  const name = getSystemErrorName(err);
  const message = original ? `${syscall} ${name} ${original}` : `${syscall} ${name}`;
  const ex = new Error(message);
  ex.code = name;
  ex.errno = err;
  ex.syscall = syscall;
  return ex;
}

function _exceptionWithHostPort(err, syscall, address, port, additional) {
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  if (additional) details += ` - Local (${additional})`;
  const ex = _errnoException(err, syscall, details.slice(1) || undefined);
  ex.message = `${syscall} ${getSystemErrorName(err)}${details}`;
  ex.address = address;
  if (port) ex.port = port;
  return ex;
}

module.exports = {
  _errnoException,
  _exceptionWithHostPort,
  _extend: deprecate(_extend,
    'The `util._extend` API is deprecated. Please use Object.assign() instead.', 'DEP0060'),
  // aborted and the transferable helpers are getters alone, as in node.
  get aborted() { return aborted; },
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  formatWithOptions,
  getCallSites,
  getSystemErrorMap,
  getSystemErrorMessage,
  getSystemErrorName,
  inherits,
  inspect,
  isArray: deprecate(Array.isArray,
    'The `util.isArray` API is deprecated. Please use `Array.isArray()` instead.', 'DEP0044'),
  isDeepStrictEqual,
  parseEnv,
  promisify,
  setTraceSigInt,
  stripVTControlCharacters,
  styleText,
  toUSVString,
  get transferableAbortController() { return transferableAbortController; },
  get transferableAbortSignal() { return transferableAbortSignal; },
  types,
};

defineLazyProperty(module.exports, 'diff', () => require('internal/util/diff').diff);
defineLazyProperty(module.exports, 'parseArgs', () => require('internal/util/parse_args').parseArgs);
defineLazyProperty(module.exports, 'MIMEType', () => require('internal/util/mime').MIMEType);
defineLazyProperty(module.exports, 'MIMEParams', () => require('internal/util/mime').MIMEParams);
// TextEncoder/TextDecoder belong to internal/encoding (another module's work); util
// re-exports them once that module exists.
for (const name of ['TextEncoder', 'TextDecoder']) {
  defineLazyProperty(module.exports, name, () => {
    try {
      return require('internal/encoding')[name];
    } catch {
      return globalThis[name];
    }
  });
}
