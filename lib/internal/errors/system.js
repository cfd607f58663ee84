'use strict';
// node's system errors, loaded with the first one made (see internal/errors, which
// exports these through functions of its own): the classes of the SystemError
// codes, and the errors made from a libuv errno
// (`ENOENT: no such file or directory, open 'x'`).

const { captureLarger, kIsNodeError, lazyInspect, messageOf } = require('internal/errors');

// The base of the codes registered with SystemError: `${message}: ${syscall}
// returned ${code} (${message})`, the libuv context as err.info, its fields as
// getters.
class SystemError extends Error {
  constructor(key, context) {
    super();
    let message = `${messageOf(key)}: ${context.syscall} returned ${context.code} (${context.message})`;
    if (context.path !== undefined) message += ` ${context.path}`;
    if (context.dest !== undefined) message += ` => ${context.dest}`;
    this.code = key;
    const view = (name) => ({
      __proto__: null,
      get() {
        return context[name];
      },
      set(value) {
        context[name] = value;
      },
      enumerable: true,
      configurable: true,
    });
    Object.defineProperties(this, {
      name: { __proto__: null, value: 'SystemError', enumerable: false, writable: true, configurable: true },
      message: { __proto__: null, value: message, enumerable: false, writable: true, configurable: true },
      info: { __proto__: null, value: context, enumerable: true, configurable: true, writable: false },
      errno: view('errno'),
      syscall: view('syscall'),
    });
    if (context.path !== undefined) Object.defineProperty(this, 'path', view('path'));
    if (context.dest !== undefined) Object.defineProperty(this, 'dest', view('dest'));
    captureLarger(this);
  }

  get [kIsNodeError]() {
    return true;
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [Symbol.for('nodejs.util.inspect.custom')](recurseTimes, ctx) {
    return lazyInspect(this, { ...ctx, getters: true, customInspect: false });
  }
}

// The class of a code registered with SystemError as its base.
function makeSystemErrorCodeClass(key) {
  const cls = class NodeSystemError extends SystemError {
    constructor(context) {
      super(key, context);
    }
  };
  Object.defineProperty(cls, 'name', { __proto__: null, value: 'SystemError' });
  return cls;
}

// node's SystemError: `${prefix}: ${syscall} returned ${code} (${message})`, with the
// libuv context as err.info and its fields as getters.
function makePrefixedSystemErrorClass(key, prefix) {
  class SystemError extends Error {
    constructor(context) {
      let message = `${prefix}: ${context.syscall} returned ${context.code} (${context.message})`;
      if (context.path !== undefined) message += ` ${context.path}`;
      if (context.dest !== undefined) message += ` => ${context.dest}`;
      super(message);
      Object.defineProperty(this, 'code', { value: key, enumerable: true, writable: true, configurable: true });
      Object.defineProperty(this, 'info', { value: context, enumerable: true, configurable: true, writable: false });
      for (const field of ['errno', 'syscall', 'path', 'dest']) {
        if (context[field] === undefined) continue;
        Object.defineProperty(this, field, {
          enumerable: true, configurable: true,
          get() { return context[field]; },
          set(value) { context[field] = value; },
        });
      }
      captureLarger(this);
    }

    get [kIsNodeError]() {
      return true;
    }

    toString() {
      return `${this.name} [${key}]: ${this.message}`;
    }
  }
  Object.defineProperty(SystemError.prototype, 'name', { value: 'SystemError', configurable: true, writable: true });
  return SystemError;
}

// --- errors from a libuv errno -------------------------------------------------

let uvMap;
function uvErrorInfo(errno) {
  if (uvMap === undefined) {
    uvMap = new Map();
    for (const [n, name, message] of internalBinding('uv').getErrorMap()) uvMap.set(n, [name, message]);
  }
  return uvMap.get(errno) ?? [`Unknown system error ${errno}`, `Unknown system error ${errno}`];
}

// A node system error from a libuv errno: `CODE: message, syscall 'path' -> 'dest'`.
function uvException({ errno, syscall, path, dest, message }) {
  const [code, uvmsg] = uvErrorInfo(errno);
  let msg = `${code}: ${message || uvmsg}, ${syscall}`;
  if (path !== undefined) msg += ` '${path}'`;
  if (dest !== undefined) msg += ` -> '${dest}'`;
  const err = new Error(msg);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  if (path !== undefined) err.path = path;
  if (dest !== undefined) err.dest = dest;
  captureLarger(err, true);
  return err;
}

function errnoException(errno, syscall, original) {
  const [code] = uvErrorInfo(errno);
  const message = original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`;
  const err = new Error(message);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  captureLarger(err);
  return err;
}

// An errno error about an address (and port): `${head}` then ' address:port' (or
// ' address') and `tail`, with errno/code/syscall/address/port set.
function hostPortError(head, tail, errno, code, syscall, address, port) {
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  const err = new Error(`${head}${details}${tail}`);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  err.address = address;
  if (port) err.port = port;
  return err;
}

function exceptionWithHostPort(errno, syscall, address, port, additional) {
  const [code] = uvErrorInfo(errno);
  const tail = additional ? ` - Local (${additional})` : '';
  const err = hostPortError(`${syscall} ${code}`, tail, errno, code, syscall, address, port);
  captureLarger(err);
  return err;
}

// `${syscall} ${code}: ${message} ${address}:${port}`, node's UVExceptionWithHostPort
// (listen and bind errors of servers).
function uvExceptionWithHostPort(errno, syscall, address, port) {
  const [code, uvmsg] = uvErrorInfo(errno);
  const err = hostPortError(`${syscall} ${code}: ${uvmsg}`, '', errno, code, syscall, address, port);
  captureLarger(err);
  return err;
}

module.exports = {
  errnoException,
  exceptionWithHostPort,
  makePrefixedSystemErrorClass,
  makeSystemErrorCodeClass,
  uvErrorInfo,
  uvException,
  uvExceptionWithHostPort,
};
