'use strict';
// FastBuffer (the class every Buffer really is), the type checks Buffer makes,
// and the installation of the numeric read/write methods of Buffer.prototype
// (internal/buffer/read_write).

// Globals read once, as node reads its primordials: a program that replaces a
// global later does not change how this module behaves.
const { ArrayBuffer, Object, Reflect, SharedArrayBuffer, Symbol, Uint8Array } = globalThis;

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

class FastBuffer extends Uint8Array {
  // Explicit so that the engine sees the three-argument form every call site uses.
  // eslint-disable-next-line no-useless-constructor
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const getTypedArrayTag =
  Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;

// instanceof first: the common case, and cheap; the tag covers other realms.
function isUint8Array(v) {
  return v instanceof Uint8Array || getTypedArrayTag.call(v) === 'Uint8Array';
}

function isTypedArray(v) {
  return getTypedArrayTag.call(v) !== undefined;
}

const getArrayBufferByteLength =
  Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const getSharedArrayBufferByteLength = typeof SharedArrayBuffer === 'function' ?
  Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get : undefined;

const objectToString = Object.prototype.toString;

function hasBrand(getter, v) {
  try {
    getter.call(v);
    return true;
  } catch {
    return false;
  }
}

// A real (Shared)ArrayBuffer, from this realm or another: the byteLength getter
// checks the internal slot, so an object merely inheriting from one is not.
function isAnyArrayBuffer(v) {
  if (v instanceof ArrayBuffer) return hasBrand(getArrayBufferByteLength, v);
  if (typeof v !== 'object' || v === null) return false;
  switch (objectToString.call(v)) {
    case '[object ArrayBuffer]': return hasBrand(getArrayBufferByteLength, v);
    case '[object SharedArrayBuffer]':
      return getSharedArrayBufferByteLength !== undefined &&
        hasBrand(getSharedArrayBufferByteLength, v);
    default: return false;
  }
}

// The names of internal/buffer/read_write's methods, in the order node's
// Buffer.prototype lists them.
const kReadWriteNames = [
  'readBigUInt64LE', 'readBigUInt64BE', 'readBigUint64LE', 'readBigUint64BE', 'readBigInt64LE',
  'readBigInt64BE', 'writeBigUInt64LE', 'writeBigUInt64BE', 'writeBigUint64LE', 'writeBigUint64BE',
  'writeBigInt64LE', 'writeBigInt64BE', 'readUIntLE', 'readUInt32LE', 'readUInt16LE', 'readUInt8',
  'readUIntBE', 'readUInt32BE', 'readUInt16BE', 'readUintLE', 'readUint32LE', 'readUint16LE',
  'readUint8', 'readUintBE', 'readUint32BE', 'readUint16BE', 'readIntLE', 'readInt32LE',
  'readInt16LE', 'readInt8', 'readIntBE', 'readInt32BE', 'readInt16BE', 'writeUIntLE',
  'writeUInt32LE', 'writeUInt16LE', 'writeUInt8', 'writeUIntBE', 'writeUInt32BE', 'writeUInt16BE',
  'writeUintLE', 'writeUint32LE', 'writeUint16LE', 'writeUint8', 'writeUintBE', 'writeUint32BE',
  'writeUint16BE', 'writeIntLE', 'writeInt32LE', 'writeInt16LE', 'writeInt8', 'writeIntBE',
  'writeInt32BE', 'writeInt16BE', 'readFloatLE', 'readFloatBE', 'readDoubleLE', 'readDoubleBE',
  'writeFloatLE', 'writeFloatBE', 'writeDoubleLE', 'writeDoubleBE',
];

// Installs the read/write methods on proto (Buffer.prototype) under kReadWriteNames.
// Their ~270 lines cost a program's first Buffer ~2.9M instructions to compile and
// run, and most programs read or write no number, so each name starts as an
// accessor that loads internal/buffer/read_write and puts every method in its
// place, as the plain (writable, enumerable) data property node has; a name a
// program has redefined or deleted by then is left alone. Assigning one through
// the accessor loads the methods first, then assigns as it would have.
function addReadWriteMethods(proto) {
  const accessors = new Map();
  const install = () => {
    const methods = require('internal/buffer/read_write');
    for (const [name, get] of accessors) {
      if (Object.getOwnPropertyDescriptor(proto, name)?.get !== get) continue;
      Object.defineProperty(proto, name, {
        __proto__: null, value: methods[name], writable: true, enumerable: true, configurable: true,
      });
    }
    accessors.clear();
  };
  for (const name of kReadWriteNames) {
    const get = function() {
      install();
      return proto[name];
    };
    accessors.set(name, get);
    Object.defineProperty(proto, name, {
      __proto__: null,
      get,
      set(value) {
        install();
        Reflect.set(proto, name, value, this);
      },
      enumerable: true,
      configurable: true,
    });
  }
}

// An ArrayBuffer with this own property cannot be transferred to another thread
// (Buffer's shared pools). Buffer sets it on its pools without loading the worker serializer,
// which also honours worker_threads.markAsUntransferable.
const kUntransferable = Symbol('kUntransferable');

function invalidArgTypeForBuffer(name, value) {
  return new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'Uint8Array'], value);
}

module.exports = {
  FastBuffer,
  addReadWriteMethods,
  invalidArgTypeForBuffer,
  isAnyArrayBuffer,
  isTypedArray,
  isUint8Array,
  kUntransferable,
};
