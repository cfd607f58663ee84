'use strict';
// An uncaught exception of a worker, as its parent's 'error' event receives it
// (node's error_serdes): an error keeps every property along its prototype chain
// (own ones first, getters read, functions and symbol keys left out) on an object
// of the nearest built-in error class; anything else is cloned, or, when it
// cannot be, sent as its util.inspect() text.

const serializer = require('internal/worker/serialize');

const builtinErrors = {
  Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError,
};
// Properties JSC gives every error object that V8's do not have.
const engineOnly = new Set(['line', 'column', 'sourceURL']);

function isError(value) {
  return value !== null && typeof value === 'object' && Object.prototype.toString.call(value) === '[object Error]';
}

function nearestBuiltin(err) {
  for (let o = err; o !== null; o = Object.getPrototypeOf(o)) {
    const ctor = Object.getOwnPropertyDescriptor(o, 'constructor')?.value;
    const name = typeof ctor === 'function' ? ctor.name : undefined;
    if (name !== undefined && Object.hasOwn(builtinErrors, name) && builtinErrors[name] === ctor) return name;
  }
  return 'Error';
}

function allProperties(err) {
  const out = { __proto__: null };
  for (let o = err; o !== null && o !== Object.prototype; o = Object.getPrototypeOf(o)) {
    for (const key of Object.getOwnPropertyNames(o)) {
      if (key === 'constructor' || key in out) continue;
      const desc = Object.getOwnPropertyDescriptor(o, key);
      if (o === err && engineOnly.has(key) && !desc.enumerable) continue;
      let value;
      if ('get' in desc || 'set' in desc) {
        if (key === 'stack') {
          // An Error.prepareStackTrace that throws leaves the error without one.
          try {
            value = require('internal/errors/stack').v8Stack(err);
          } catch {
            value = undefined;
          }
        } else {
          try {
            value = typeof desc.get === 'function' ? desc.get.call(err) : undefined;
          } catch {
            continue;
          }
        }
      } else {
        value = desc.value;
      }
      if (typeof value === 'function') continue;
      out[key] = { value, writable: desc.writable ?? true, enumerable: desc.enumerable, configurable: desc.configurable };
    }
  }
  return out;
}

// What the worker sends for err: { kind, ... }, cloneable by construction, or
// null when nothing of it can be sent.
function serializeError(err) {
  if (isError(err)) {
    try {
      const payload = { kind: 'error', constructor: nearestBuiltin(err), properties: { ...allProperties(err) } };
      serializer.serializeMessage(payload, undefined); // throws if a value cannot cross
      return payload;
    } catch {
      // as below
    }
  }
  const custom = Symbol.for('nodejs.util.inspect.custom');
  try {
    if (err !== null && typeof err === 'object' && Object.hasOwn(err, custom)) {
      return { kind: 'inspected', text: require('internal/util/inspect').inspect(err) };
    }
  } catch {
    // as below
  }
  try {
    serializer.serializeMessage(err, undefined);
    return { kind: 'value', value: err };
  } catch {
    // as below
  }
  try {
    return { kind: 'inspected', text: require('internal/util/inspect').inspect(err) };
  } catch {
    return null;
  }
}

function deserializeError(payload) {
  switch (payload.kind) {
    case 'error': {
      const Ctor = Object.hasOwn(builtinErrors, payload.constructor) ? builtinErrors[payload.constructor] : Error;
      const err = Object.create(Ctor.prototype);
      Object.defineProperties(err, payload.properties);
      Object.defineProperty(err, Symbol.toStringTag, { value: 'Error', configurable: true });
      return err;
    }
    case 'inspected':
      return payload.text;
    default:
      return payload.value;
  }
}

module.exports = { serializeError, deserializeError };
