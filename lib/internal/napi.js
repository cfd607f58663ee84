'use strict';

// Node-API addons: process.dlopen's loader, and the helpers src/napi/ calls for
// what JSC's C API cannot do itself (functions with new.target, property
// descriptors, key listing with filters, WeakMaps and WeakRefs, DataViews, BigInt
// words). Set up on the first addon load, so programs without addons pay nothing.

const binding = internalBinding('napi');
const { call } = binding;

const wraps = new WeakMap();
const finalizers = new WeakMap();
const tags = new WeakMap();
let bufferPrototype;

const kinds = [Error, TypeError, RangeError, SyntaxError];

// A native function: `call` runs the addon's callback with this, new.target and
// the arguments. Called with `new`, a non-object result gives `this`, as in node.
// A class's prototype members accept only its instances (V8's signature check).
function makeFunction(record, name, receiverClass) {
  const fn = receiverClass === undefined ? function(...args) {
    return call(record, this, new.target, ...args);
  } : function(...args) {
    if (!(this instanceof receiverClass)) throw new TypeError('Illegal invocation');
    return call(record, this, new.target, ...args);
  };
  Object.defineProperty(fn, 'name', { value: name, configurable: true });
  return fn;
}

// attributes: napi_writable 1, napi_enumerable 2, napi_configurable 4.
function defineProperty(object, key, accessor, value, getter, setter, attributes) {
  const descriptor = {
    enumerable: (attributes & 2) !== 0,
    configurable: (attributes & 4) !== 0,
  };
  if (accessor) {
    if (getter !== undefined) descriptor.get = getter;
    if (setter !== undefined) descriptor.set = setter;
  } else {
    descriptor.value = value;
    descriptor.writable = (attributes & 1) !== 0;
  }
  Object.defineProperty(object, key, descriptor);
}

// napi_get_all_property_names: mode 0 walks the prototype chain, 1 own only;
// filter bits writable 1, enumerable 2, configurable 4, skip strings 8, skip
// symbols 16; conversion 1 turns index keys into strings (else numbers).
function allPropertyNames(object, mode, filter, conversion) {
  const out = [];
  const seen = new Set();
  for (let o = object; o !== null; o = mode === 0 ? Object.getPrototypeOf(o) : null) {
    for (const key of Reflect.ownKeys(o)) {
      if (seen.has(key)) continue;
      seen.add(key);
      const isSymbol = typeof key === 'symbol';
      if (isSymbol ? filter & 16 : filter & 8) continue;
      const d = Object.getOwnPropertyDescriptor(o, key);
      if (!d) continue;
      if (filter & 1 && !d.writable) continue;
      if (filter & 2 && !d.enumerable) continue;
      if (filter & 4 && !d.configurable) continue;
      if (!isSymbol && conversion === 0 && /^(0|[1-9]\d*)$/.test(key) && Number(key) < 4294967295) {
        out.push(Number(key));
      } else {
        out.push(key);
      }
    }
  }
  return out;
}

const helpers = {
  makeFunction,
  defineProperty,
  allPropertyNames,
  hasOwn: (object, key) => Object.prototype.hasOwnProperty.call(object, key),
  wrapGet: (object) => wraps.get(object),
  wrapSet: (object, holder) => { wraps.set(object, holder); },
  wrapDelete: (object) => { wraps.delete(object); },
  addFinalizer(object, holder) {
    const list = finalizers.get(object);
    if (list) list.push(holder);
    else finalizers.set(object, [holder]);
  },
  tagGet: (object) => tags.get(object),
  tagSet: (object, tag) => { tags.set(object, tag); },
  weakRef: (object) => new WeakRef(object),
  deref: (ref) => ref.deref(),
  makeDataView: (buffer, offset, length) => new DataView(buffer, offset, length),
  isDataView: (value) => require('internal/util/types').types.isDataView(value),
  dataViewInfo: (view) => [view.buffer, view.byteOffset, view.byteLength],
  bigintFromHex: (negative, hex) => (negative ? -BigInt(`0x${hex.slice(1) || '0'}`) : BigInt(`0x${hex.slice(1) || '0'}`)),
  bigintHex: (value) => value.toString(16),
  makeError(kind, code, message) {
    const error = new kinds[kind](message);
    if (code !== undefined) error.code = code;
    return error;
  },
  isError: (value) => value instanceof Error,
  isPromise: (value) => internalBinding('util').isPromise(value),
  detach(buffer) { buffer.transfer(); },
  isDetached: (buffer) => buffer.detached === true,
  freeze: (object) => { Object.freeze(object); },
  seal: (object) => { Object.seal(object); },
  symbolFor: (description) => Symbol.for(description),
  makeShared: (length) => new SharedArrayBuffer(length),
  isShared: (value) => require('internal/util/types').types.isSharedArrayBuffer(value),
  // A call with a primitive receiver (JSC's C API takes only objects).
  callWith: (fn, receiver, ...args) => Reflect.apply(fn, receiver, args),
  makeBuffer(view) {
    bufferPrototype ??= require('buffer').Buffer.prototype;
    Object.setPrototypeOf(view, bufferPrototype);
    return view;
  },
};

let ready = false;

// process.dlopen(module, filename[, flags]) for a Node-API addon.
function dlopen(module, filename, flags) {
  if (!ready) {
    binding.setup(helpers);
    ready = true;
  }
  const error = binding.dlopen(module, filename, flags);
  if (error !== undefined) {
    const err = new Error(error);
    err.code = 'ERR_DLOPEN_FAILED';
    throw err;
  }
}

module.exports = { dlopen };
