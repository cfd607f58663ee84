'use strict';
// The one registry of node's ERR_* codes, and the one place that turns a libuv
// errno into node's system error (`ENOENT: no such file or directory, open 'x'`).

const messages = new Map();
// Registered codes whose class has not been made yet: key -> [Base, otherBases].
const pending = new Map();
// Whether registerCodes() has run (see the registry below).
let allRegistered = false;
// codes[key] is the class of a code, made on first read: a read of a code not yet
// made misses codes' own properties and reaches this prototype, which makes the
// class and stores it on codes. (An accessor per code cost every start-up ~0.5 ms
// for its 260 codes, of which a program reads a handful.)
const codes = Object.create(new Proxy({ __proto__: null }, {
  get(target, key) {
    let spec = pending.get(key);
    if (spec === undefined && !allRegistered) {
      allRegistered = true;
      registerCodes();
      spec = pending.get(key);
    }
    if (spec === undefined) return undefined;
    pending.delete(key);
    const cls = makeCodeClass(key, spec[0], spec[1]);
    Object.defineProperty(codes, key, { __proto__: null, value: cls, writable: true, enumerable: true, configurable: true });
    return cls;
  },
}));

let inspectFn;
function lazyInspect(value, options) {
  inspectFn ??= require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

const kIsNodeError = Symbol('kIsNodeError');
// A function on an error that returns its stack with more context, called just
// before an uncaught error is printed (EventEmitter adds "Emitted 'error' event at:").
const kEnhanceStackBeforeInspector = Symbol('kEnhanceStackBeforeInspector');

// Moves the top frames belonging to eddy's own lib/ out of a stack, so that an error
// thrown by a validator points at the caller, as node's hideStackFrames does.
function captureLarger(err, bareWhenInternal = false) {
  const { captureStackTrace } = require('internal/errors/stack');
  captureStackTrace(err, undefined, bareWhenInternal);
}

function makeNodeErrorClass(Base, key) {
  return class NodeError extends Base {
    constructor(...args) {
      super();
      // code first: properties a message function adds (input, base...) follow
      // it in Object.keys, as in node.
      Object.defineProperty(this, 'code', {
        __proto__: null,
        value: key, enumerable: true, writable: true, configurable: true,
      });
      Object.defineProperty(this, 'message', {
        __proto__: null,
        value: formatMessage(this, key, args), enumerable: false, writable: true, configurable: true,
      });
      captureLarger(this);
    }

    get [kIsNodeError]() {
      return true;
    }

    toString() {
      return `${this.name} [${key}]: ${this.message}`;
    }
  };
}

function formatMessage(self, key, args) {
  const msg = messages.get(key);
  if (typeof msg === 'function') return msg.apply(self, args);
  let i = 0;
  return msg.replace(/%[sdjiO]/g, (spec) => {
    const a = args[i++];
    if (spec === '%d' || spec === '%i') return String(Number(a));
    if (spec === '%j') return JSON.stringify(a);
    if (spec === '%O') return lazyInspect(a);
    return typeof a === 'string' ? a : lazyInspect(a);
  });
}

/*
 * node's SystemError: a failed libuv call reported by a node API (os.userInfo,
 * os.getPriority...). `context` is { errno, code, message, syscall[, path, dest] };
 * the message reads 'A system error occurred: uv_os_get_passwd returned ENOENT
 * (no such file or directory)' and errno/syscall/path/dest are live views of it.
 */
// E(code, message, Base[, ...OtherBases]) registers a code; codes[code] is its class.
function makeCodeClass(key, Base, otherBases) {
  if (Base === SystemError) return system().makeSystemErrorCodeClass(key);
  if (Base === PrefixedSystemError) return system().makePrefixedSystemErrorClass(key, otherBases[0]);
  const cls = makeNodeErrorClass(Base, key);
  Object.defineProperty(cls, 'name', { __proto__: null, value: Base.name });
  for (let i = 0; i < otherBases.length; i++) cls[otherBases[i].name] = makeNodeErrorClass(otherBases[i], key);
  return cls;
}

// E(code, message, Base[, ...OtherBases]) registers a code; codes[code] is its
// class. Classes are made on first use: a hundred of them at start-up would cost
// more than the rest of the bootstrap's error handling ever does.
function E(key, message, Base, ...otherBases) {
  // A code registered twice (an easy merge mistake) is a bug in eddy: fail loudly.
  if (messages.has(key)) throw new Error(`internal error: ${key} is registered twice`);
  messages.set(key, message);
  pending.set(key, [Base, otherBases]);
}

// --- message helpers shared by several codes --------------------------------

// In internal/errors/messages, loaded when the first of them is called.
let messagesModule;
const lazyMessages = () => (messagesModule ??= require('internal/errors/messages'));
// Named as the functions they stand for, with their arity (a code's message
// function is called with the error as `this`).
function invalidArgTypeMessage(name, expected, actual) {
  return lazyMessages().invalidArgTypeMessage.apply(this, arguments);
}
function outOfRangeMessage(str, range, input, replaceDefaultBoolean = false) {
  return lazyMessages().outOfRangeMessage.apply(this, arguments);
}
function invalidArgValueMessage(name, value, reason = 'is invalid') {
  return lazyMessages().invalidArgValueMessage.apply(this, arguments);
}
function determineSpecificType(value) {
  return lazyMessages().determineSpecificType(value);
}
function addNumericalSeparator(val) {
  return lazyMessages().addNumericalSeparator(val);
}

// --- the registry -------------------------------------------------------------

// Codes are registered in two steps. Those a start-up reads (a bare one, a
// script, a worker) are registered below, at once. The others are in
// internal/errors/codes, which registerCodes() loads on the first read of a code
// not registered yet (see `codes`): parsing and compiling their ~250
// registrations at every start-up cost about 7M instructions, a sixth of a
// worker's start-up to 'online'. A code added to either list works.
function registerCodes() {
  require('internal/errors/codes')(E, { SystemError, determineSpecificType });
}

// Codes every start-up reads (see registerCodes).
E('ERR_CONSOLE_WRITABLE_STREAM', 'Console expects a writable stream instance for %s', TypeError);
E('ERR_EVENT_RECURSION', 'The event "%s" is already being dispatched', Error);
E('ERR_INCOMPATIBLE_OPTION_PAIR', 'Option "%s" cannot be used in combination with option "%s"', TypeError);
E('ERR_INVALID_ARG_TYPE', invalidArgTypeMessage, TypeError);
E('ERR_INVALID_ARG_VALUE', invalidArgValueMessage, TypeError, RangeError);
E('ERR_INVALID_THIS', 'Value of "this" must be of type %s', TypeError);
E('ERR_MISSING_ARGS', (...args) => {
  let msg = 'The ';
  const wrap = (a) => `"${a}"`;
  args = args.map((a) => (Array.isArray(a) ? a.map(wrap).join(' or ') : wrap(a)));
  switch (args.length) {
    case 1: msg += `${args[0]} argument`; break;
    case 2: msg += `${args[0]} and ${args[1]} arguments`; break;
    default:
      msg += `${args.slice(0, -1).join(', ')}, and ${args[args.length - 1]} arguments`;
  }
  return `${msg} must be specified`;
}, TypeError);
E('ERR_OUT_OF_RANGE', outOfRangeMessage, RangeError);
E('ERR_UNHANDLED_ERROR', (err = undefined) => {
  const msg = 'Unhandled error.';
  if (err === undefined) return msg;
  return `${msg} (${err})`;
}, Error);
E('ERR_UNKNOWN_BUILTIN_MODULE', 'No such built-in module: %s', Error);
E('ERR_UNKNOWN_SIGNAL', 'Unknown signal: %s', TypeError);
E('ERR_WORKER_INIT_FAILED', 'Worker initialization failure: %s', Error);
E('ERR_WORKER_INVALID_EXEC_ARGV', (errors, msg = 'invalid execArgv flags') =>
  `Initiated Worker with ${msg}: ${errors.join(', ')}`, Error);
E('ERR_WORKER_MESSAGING_ERRORED', 'The destination thread threw an error while processing the message', Error);
E('ERR_WORKER_MESSAGING_FAILED', 'Cannot find the destination thread or listener', Error);
E('ERR_WORKER_MESSAGING_SAME_THREAD', 'Cannot send a message to the same thread', Error);
E('ERR_WORKER_MESSAGING_TIMEOUT', 'Sending a message to another thread timed out', Error);
E('ERR_WORKER_OUT_OF_MEMORY', 'Worker terminated due to reaching memory limit: %s', Error);
E('ERR_WORKER_PATH', (filename) =>
  'The worker script or module filename must be an absolute path or a relative path starting with \'./\' or \'../\'.' +
  (filename.startsWith('file://') ? ' Wrap file:// URLs with `new URL`.' : '') +
  (filename.startsWith('data:text/javascript') ? ' Wrap data: URLs with `new URL`.' : '') +
  ` Received "${filename}"`, TypeError);
E('ERR_WORKER_UNSERIALIZABLE_ERROR', 'Serializing an uncaught exception failed', Error);
E('ERR_WORKER_UNSUPPORTED_OPERATION', '%s is not supported in workers', TypeError);

// node's system errors: the SystemError codes, and the errors made from a libuv
// errno. Their classes and helpers are in internal/errors/system, which loads with
// the first one made: a start-up makes none, and a worker's went to 'online'
// parsing ~4 kB less.
let systemModule;
const system = () => (systemModule ??= require('internal/errors/system'));
function uvErrorInfo(errno) {
  return system().uvErrorInfo(errno);
}
function uvException(context) {
  return system().uvException(context);
}
function errnoException(errno, syscall, original) {
  return system().errnoException(errno, syscall, original);
}
function exceptionWithHostPort(errno, syscall, address, port, additional) {
  return system().exceptionWithHostPort(errno, syscall, address, port, additional);
}
function uvExceptionWithHostPort(errno, syscall, address, port) {
  return system().uvExceptionWithHostPort(errno, syscall, address, port);
}
// The Base of the SystemError codes (internal/errors/codes registers them with it),
// and of the two whose message has a prefix of its own (ERR_SOCKET_BUFFER_SIZE,
// ERR_TTY_INIT_FAILED): stand-ins, which makeCodeClass asks system() to make real.
const SystemError = { name: 'SystemError' };
const PrefixedSystemError = { name: 'SystemError' };
pending.set('ERR_SOCKET_BUFFER_SIZE', [PrefixedSystemError, ['Could not get or set buffer size']]);
pending.set('ERR_TTY_INIT_FAILED', [PrefixedSystemError, ['TTY initialization failed']]);

class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

// Validators are written as plain functions; hideStackFrames marks them so the
// errors they throw start at the caller (our stacks skip lib/ frames anyway).
function hideStackFrames(fn) {
  return fn;
}

// V8's TypeError for reading a private member (`#name`) of an object whose class
// did not declare it, thrown by lib's brand checks where node's classes read a
// private field: its stack starts at the caller (a getter shows as `get x`), not
// at the frames of eddy's own that the stacks of lib's errors usually drop.
function privateMemberError(member) {
  const err = new TypeError(`Cannot read private member ${member} from an object whose class did not declare it`);
  Error.captureStackTrace(err, privateMemberError);
  return err;
}

function isErrorStackTraceLimitWritable() {
  const desc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  return desc === undefined ? Object.isExtensible(Error) : desc.writable === true || !!desc.set;
}

module.exports = {
  AbortError,
  captureLarger,
  lazyInspect,
  messageOf: (key) => messages.get(key),
  SystemError,
  E,
  codes,
  determineSpecificType,
  errnoException,
  exceptionWithHostPort,
  hideStackFrames,
  isErrorStackTraceLimitWritable,
  kEnhanceStackBeforeInspector,
  privateMemberError,
  kIsNodeError,
  uvErrorInfo,
  uvException,
  uvExceptionWithHostPort,
  addNumericalSeparator,
};
