'use strict';
// structuredClone(value, { transfer }): the HTML structured clone algorithm as node
// applies it: primitives and their wrappers, Date, RegExp, ArrayBuffer (copied, or
// moved when listed in `transfer`), views on them (sharing one cloned buffer),
// Map, Set, arrays (holes and extra properties kept), plain data of other objects,
// and errors; functions, symbols, Proxies, WeakMaps and the like throw
// DataCloneError. Shared references and cycles are preserved.

const {
  codes: { ERR_MISSING_ARGS },
} = require('internal/errors');

const { getProxyTarget } = internalBinding('util');
const toString = Object.prototype.toString;
// worker_threads.markAsUncloneable()'s mark (an own property).
const kUncloneable = Symbol('kUncloneable');

let webstreamTransfer;
function streamTransfer() {
  webstreamTransfer ??= require('internal/webstreams/transfer');
  return webstreamTransfer;
}

let jsTransferableModule;
function jsTransferable() {
  jsTransferableModule ??= require('internal/worker/js_transferable');
  return jsTransferableModule;
}

function dataCloneError(message) {
  let DOMException;
  try {
    DOMException = require('internal/dom_exception').DOMException;
  } catch {
    const err = new Error(message);
    err.name = 'DataCloneError';
    err.code = 25;
    return err;
  }
  return new DOMException(message, 'DataCloneError');
}

function describe(value) {
  if (typeof value === 'function') return Function.prototype.toString.call(value);
  if (typeof value === 'symbol') return value.toString();
  const tag = toString.call(value).slice(8, -1);
  return `#<${tag === 'Object' && value.constructor?.name ? value.constructor.name : tag}>`;
}

const errorConstructors = {
  Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError,
};

class Cloner {
  constructor(transfer) {
    this.memory = new Map();
    this.transferred = new Map();
    for (const buffer of transfer) this.transferred.set(buffer, null);
  }

  clone(value) {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
      if (typeof value === 'symbol') throw dataCloneError(`${describe(value)} could not be cloned.`);
      return value;
    }
    if (typeof value === 'function') throw dataCloneError(`${describe(value)} could not be cloned.`);
    const seen = this.memory.get(value);
    if (seen !== undefined) return seen;
    if (this.transferred.has(value) && toString.call(value) !== '[object ArrayBuffer]') {
      return this.remember(value, this.transferStream(value));
    }
    // process.env is a Proxy here (internal/process/env.js) but an ordinary object in node.
    if (getProxyTarget(value) !== undefined && value !== process.env) {
      throw dataCloneError('#<Object> could not be cloned.');
    }
    const tag = toString.call(value).slice(8, -1);
    if (Object.hasOwn(value, kUncloneable) && !ArrayBuffer.isView(value) &&
        tag !== 'ArrayBuffer' && tag !== 'SharedArrayBuffer') {
      throw dataCloneError(`${describe(value)} could not be cloned.`);
    }
    if (tag === 'ReadableStream' || tag === 'WritableStream' || tag === 'TransformStream') {
      if (streamTransfer().streamKind(value) !== undefined) {
        throw dataCloneError('Object that needs transfer was found in message but not listed in transferList');
      }
    }
    // Objects of lib/ classes that know how to be copied (Blob, KeyObject, ...).
    if (typeof value[jsTransferable().kClone] === 'function') {
      const { kClone, create } = jsTransferable();
      const made = value[kClone]();
      return this.remember(value, create(made.deserializeInfo, this.clone(made.data)));
    }
    switch (tag) {
      case 'Boolean': return this.remember(value, Object(Boolean.prototype.valueOf.call(value)));
      case 'Number': return this.remember(value, Object(Number.prototype.valueOf.call(value)));
      case 'String': return this.remember(value, Object(String.prototype.valueOf.call(value)));
      case 'BigInt': return this.remember(value, Object(BigInt.prototype.valueOf.call(value)));
      case 'Date': return this.remember(value, new Date(Date.prototype.getTime.call(value)));
      case 'RegExp': return this.remember(value, new RegExp(value.source, value.flags));
      case 'ArrayBuffer': return this.cloneBuffer(value);
      case 'SharedArrayBuffer': return this.remember(value, value);
      case 'Map': {
        const out = this.remember(value, new Map());
        for (const [k, v] of Map.prototype.entries.call(value)) out.set(this.clone(k), this.clone(v));
        return out;
      }
      case 'Set': {
        const out = this.remember(value, new Set());
        for (const v of Set.prototype.values.call(value)) out.add(this.clone(v));
        return out;
      }
      case 'Error': return this.cloneError(value);
      case 'DOMException': {
        const copy = require('internal/dom_exception').cloneDOMException(value);
        // An object that only inherits from DOMException.prototype is an ordinary one.
        if (copy === undefined) return this.clonePlain(value);
        return this.remember(value, copy);
      }
      case 'Array': {
        const out = this.remember(value, new Array(value.length));
        for (const key of Object.keys(value)) out[key] = this.clone(value[key]);
        return out;
      }
      case 'Object':
      case 'Arguments':
        return this.clonePlain(value);
      default: {
        if (ArrayBuffer.isView(value)) return this.cloneView(value, tag);
        // An ordinary object whose Symbol.toStringTag names something else (a class
        // instance such as an AbortSignal or EventTarget) clones as the plain object
        // it is, as V8's serializer does; engine objects of other kinds cannot.
        if (require('internal/util/types').kindOf(value) !== '') {
          throw dataCloneError(`${describe(value)} could not be cloned.`);
        }
        return this.clonePlain(value);
      }
    }
  }

  // A web stream listed in the transfer list: made once, when first met.
  transferStream(stream) {
    let twin = this.transferred.get(stream);
    if (twin === null) {
      const { streamKind, transferStream } = streamTransfer();
      twin = transferStream(stream, streamKind(stream), (chunk) => structuredClone(chunk));
      this.transferred.set(stream, twin);
    }
    return twin;
  }

  remember(original, copy) {
    this.memory.set(original, copy);
    return copy;
  }

  // An ordinary object: its own enumerable string-keyed properties, cloned.
  clonePlain(value) {
    const out = this.remember(value, {});
    for (const key of Object.keys(value)) out[key] = this.clone(value[key]);
    return out;
  }

  cloneBuffer(buffer) {
    if (this.transferred.has(buffer)) {
      let moved = this.transferred.get(buffer);
      if (moved === null) {
        moved = buffer.transfer();
        this.transferred.set(buffer, moved);
      }
      return this.remember(buffer, moved);
    }
    return this.remember(buffer, buffer.slice(0));
  }

  cloneView(view, tag) {
    const buffer = this.clone(view.buffer);
    if (tag === 'DataView') return this.remember(view, new DataView(buffer, view.byteOffset, view.byteLength));
    const Ctor = globalThis[tag] ?? Object.getPrototypeOf(Object.getPrototypeOf(view)).constructor;
    return this.remember(view, new Ctor(buffer, view.byteOffset, view.length));
  }

  cloneError(err) {
    const name = err.name;
    const Ctor = Object.prototype.hasOwnProperty.call(errorConstructors, name) ? errorConstructors[name] : Error;
    const out = this.remember(err, Object.create(Ctor.prototype));
    const desc = Object.getOwnPropertyDescriptor(err, 'message');
    if (desc !== undefined) {
      Object.defineProperty(out, 'message', { value: String(err.message), writable: true, configurable: true, enumerable: false });
    }
    if (typeof err.stack === 'string') {
      Object.defineProperty(out, 'stack', { value: err.stack, writable: true, configurable: true, enumerable: false });
    }
    if (Object.prototype.hasOwnProperty.call(err, 'cause')) {
      Object.defineProperty(out, 'cause', { value: this.clone(err.cause), writable: true, configurable: true, enumerable: false });
    }
    return out;
  }
}

function structuredClone(...args) {
  if (args.length === 0) throw new ERR_MISSING_ARGS('The value argument must be specified');
  const [value, options] = args;
  let transfer = [];
  if (options !== undefined && options !== null) {
    if (typeof options !== 'object' && typeof options !== 'function') {
      const err = new TypeError("Failed to execute 'structuredClone': Options cannot be converted to a dictionary");
      err.code = 'ERR_INVALID_ARG_TYPE';
      throw err;
    }
    if (options.transfer !== undefined) {
      if (options.transfer === null || typeof options.transfer !== 'object' ||
          typeof options.transfer[Symbol.iterator] !== 'function') {
        const err = new TypeError("Failed to execute 'structuredClone': transfer in Options can not be converted to sequence.");
        err.code = 'ERR_INVALID_ARG_TYPE';
        throw err;
      }
      transfer = [...options.transfer];
      const seen = new Set();
      for (const item of transfer) {
        const kind = streamTransfer().streamKind(item);
        if (kind !== undefined) {
          if (seen.has(item)) throw dataCloneError(`Transfer list contains duplicate ${kind}`);
          if (streamTransfer().isLocked(item, kind)) throw dataCloneError(`Cannot transfer a locked ${kind}`);
          seen.add(item);
          continue;
        }
        if (toString.call(item) !== '[object ArrayBuffer]') {
          throw dataCloneError('Found invalid value in transferList.');
        }
        if (require('internal/worker/serialize').isMarkedAsUntransferable(item)) {
          throw dataCloneError('Cannot transfer object of unsupported type.');
        }
        if (seen.has(item)) throw dataCloneError('ArrayBuffer at index 1 is a duplicate of an earlier ArrayBuffer. Duplicates are not allowed.');
        seen.add(item);
      }
    }
  }
  const cloner = new Cloner(transfer);
  const result = cloner.clone(value);
  // What is listed for transfer moves even when the value does not reference it.
  for (const item of transfer) {
    if (cloner.transferred.get(item) !== null) continue;
    if (toString.call(item) === '[object ArrayBuffer]') item.transfer();
    else cloner.transferStream(item);
  }
  return result;
}

module.exports = { structuredClone, dataCloneError, describe, kUncloneable };
