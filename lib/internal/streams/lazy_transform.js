'use strict';
// A Transform whose stream state is created only when it is used as a stream:
// crypto's Hash, Hmac and Cipheriv are mostly used through update()/digest(), and
// should not pay for stream machinery they never touch.
//
// Nor for loading it: node:stream's modules (~95 KB of source) cost a program's first
// createHash() ~31M instructions, more than the rest of crypto together. So until
// node:stream is loaded, the chain LazyTransform.prototype -> Transform.prototype ->
// Duplex.prototype -> Readable.prototype -> Stream.prototype -> EventEmitter.prototype
// has a stand-in in place of its four stream prototypes: an object, inheriting from
// EventEmitter.prototype, with an accessor for each name those prototypes define
// (same order, same enumerability, so that `in` and for-in see what node shows).
// Reading or writing one loads node:stream, puts Transform.prototype in the
// stand-in's place and does the read or write there. The statics (Hash.from...) have
// a stand-in of their own. internal/streams/transform calls attachTransform when
// node:stream loads by other means, so that `hash instanceof stream.Transform` holds
// for anyone who can name stream.Transform.
// test-crypto-hash-before-stream checks these lists against node:stream's prototypes.

const EventEmitter = require('events');

const kProtoNames = [
  '_final', '_transform', '_write', '_read', 'write', 'cork', 'uncork', 'setDefaultEncoding',
  '_writev', 'end', 'destroy', '_undestroy', '_destroy', 'push', 'unshift', 'isPaused',
  'setEncoding', 'read', 'pipe', 'unpipe', 'on', 'addListener', 'removeListener', 'off',
  'removeAllListeners', 'resume', 'pause', 'wrap', 'iterator', 'eventNames',
  EventEmitter.captureRejectionSymbol, Symbol.asyncDispose, Symbol.asyncIterator,
];
const kProtoHiddenNames = [
  'writable', 'writableHighWaterMark', 'writableObjectMode', 'writableBuffer', 'writableLength',
  'writableFinished', 'writableCorked', 'writableEnded', 'writableNeedDrain', 'destroyed',
  'readable', 'readableDidRead', 'readableAborted', 'readableHighWaterMark', 'readableBuffer',
  'readableFlowing', 'readableLength', 'readableObjectMode', 'readableEncoding', 'errored',
  'closed', 'readableEnded', 'drop', 'filter', 'flatMap', 'map', 'take', 'compose', 'every',
  'forEach', 'reduce', 'toArray', 'some', 'find',
];
const kStaticNames = [
  'fromWeb', 'toWeb', 'from', 'ReadableState', 'wrap', '_fromList', '_maybeReadMore',
  'isDestroyed', 'isDisturbed', 'isErrored', 'isReadable', 'isWritable', 'Readable',
  'Writable', 'Duplex', 'Transform', 'PassThrough', 'duplexPair', 'pipeline',
  'addAbortSignal', 'finished', 'destroy', 'compose', 'setDefaultHighWaterMark',
  'getDefaultHighWaterMark', 'promises', 'Stream', '_isArrayBufferView', '_isUint8Array',
  '_uint8ArrayToBuffer',
];

let Transform;

function LazyTransform(options) {
  this._options = options;
}

// Completes the chain with node:stream's Transform (once; later calls do nothing).
function attachTransform(T) {
  if (Transform !== undefined) return;
  Transform = T;
  Object.setPrototypeOf(LazyTransform.prototype, T.prototype);
  Object.setPrototypeOf(LazyTransform, T);
}

function loadTransform() {
  if (Transform === undefined) attachTransform(require('stream').Transform);
  return Transform;
}

// An object inheriting from parent whose names load node:stream when read, then
// read the name on real() (Transform.prototype or Transform) for the original
// receiver. The enumerable names are writable data properties of node:stream
// (methods), except those in accessorNames: writing one makes an own property of the
// receiver, as it would through the real chain, without loading node:stream (hash.js
// and cipher.js assign their _transform and _flush this way). Writing any other name
// loads node:stream and writes it on real().
function makeStandIn(parent, names, hiddenNames, accessorNames, real) {
  const standIn = Object.create(parent);
  const define = (name, enumerable) => {
    const plain = enumerable && !accessorNames.includes(name);
    Object.defineProperty(standIn, name, {
      __proto__: null,
      get() {
        loadTransform();
        return Reflect.get(real(), name, this);
      },
      set(value) {
        if (plain) {
          Object.defineProperty(this, name, {
            __proto__: null, value, writable: true, enumerable: true, configurable: true,
          });
          return;
        }
        loadTransform();
        Reflect.set(real(), name, value, this);
      },
      enumerable,
      configurable: true,
    });
  };
  for (const name of names) define(name, true);
  for (const name of hiddenNames) define(name, false);
  return standIn;
}

const loaded = require.loadedExports('internal/streams/transform');
if (typeof loaded === 'function') {
  attachTransform(loaded);
} else {
  Object.setPrototypeOf(LazyTransform.prototype,
    makeStandIn(EventEmitter.prototype, kProtoNames, kProtoHiddenNames, [], () => Transform.prototype));
  Object.setPrototypeOf(LazyTransform,
    makeStandIn(EventEmitter, kStaticNames, [], ['promises'], () => Transform));
}

function makeGetter(name) {
  return function() {
    loadTransform().call(this, this._options);
    this._writableState.decodeStrings = false;
    return this[name];
  };
}

function makeSetter(name) {
  return function(val) {
    Object.defineProperty(this, name, { value: val, enumerable: true, configurable: true, writable: true });
  };
}

for (const name of ['_readableState', '_writableState', '_transformState']) {
  Object.defineProperty(LazyTransform.prototype, name, {
    get: makeGetter(name),
    set: makeSetter(name),
    configurable: true,
    enumerable: true,
  });
}

module.exports = { LazyTransform, attachTransform };
