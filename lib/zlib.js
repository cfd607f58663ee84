'use strict';
// node:zlib: deflate/inflate/gzip/raw/unzip, brotli and zstd as Transform streams,
// callback one-shots and *Sync one-shots, all over lib/internal/zlib/engine.js.

const { Engine, concat, constants: C, codeNames } = require('internal/zlib/engine');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateFunction, validateUint32 } = require('internal/validators');
const { asBuffer, bufferOf, encode } = require('internal/fs/utils');
const zlibBinding = internalBinding('zlib');

const constants = {};
for (const k of Object.keys(C)) constants[k] = C[k];
Object.freeze(constants);

// Input of a one-shot or a stream chunk, as bytes.
function toBytes(buffer, name = 'buffer') {
  if (typeof buffer === 'string') return encode(buffer, 'utf8');
  if (ArrayBuffer.isView(buffer)) {
    return buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  }
  if (buffer instanceof ArrayBuffer) return new Uint8Array(buffer);
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], buffer);
}

// With { info: true } the result carries the engine as node does: an instance of
// the stream class (whose engine did the work).
function oneShotSync(mode, name) {
  return function(buffer, opts) {
    const input = toBytes(buffer);
    const stream = opts?.info ? new classes[name][0](opts) : null;
    const engine = stream ? stream[kEngine] : new Engine(mode, opts, true);
    try {
      const result = bufferOf(engine.processAll(input, engine.finishFlushFlag));
      return stream ? { buffer: result, engine: stream } : result;
    } finally {
      engine.close();
    }
  };
}

function oneShot(mode, name) {
  return function(buffer, opts, callback) {
    if (typeof opts === 'function') {
      callback = opts;
      opts = {};
    }
    validateFunction(callback, 'callback');
    const input = toBytes(buffer);
    const stream = opts?.info ? new classes[name][0](opts) : null;
    const engine = stream ? stream[kEngine] : new Engine(mode, opts);
    engine.processAll(input, engine.finishFlushFlag, (err, ab) => {
      engine.close();
      if (err) return callback(err);
      const result = bufferOf(ab);
      callback(null, stream ? { buffer: result, engine: stream } : result);
    });
  };
}

// --- stream classes ----------------------------------------------------------------------
// Function constructors, as in node: callable without new, and inheritable the old
// way (DeflateRaw.call(this, options)).

const { Transform } = require('stream');

const kEngine = Symbol('kEngine');
const kFlushes = Symbol('kFlushes');

function ZlibBase(opts, mode) {
  const engine = new Engine(mode, opts);
  const options = opts !== null && typeof opts === 'object' ? opts : {};
  Reflect.apply(Transform, this, [{ autoDestroy: true, ...options }]);
  this[kEngine] = engine;
  this[kFlushes] = [];
  this._handle = engine.handle;
  this._closed = false;
  this._defaultFlushFlag = engine.flushFlag;
  this._finishFlushFlag = engine.finishFlushFlag;
  this._defaultFullFlushFlag = engine.fullFlushFlag;
  this._level = engine.level;
  this._strategy = engine.strategy;
  this._chunkSize = engine.chunkSize;
}
Object.setPrototypeOf(ZlibBase.prototype, Transform.prototype);
Object.setPrototypeOf(ZlibBase, Transform);

Object.defineProperty(ZlibBase.prototype, 'bytesWritten', {
  get() { return this[kEngine].bytesWritten; },
  configurable: true,
});

Object.defineProperty(ZlibBase.prototype, '_maxOutputLength', {
  get() { return this[kEngine].maxOutputLength; },
  configurable: true,
});

// Decoders end their readable side where the compressed data ends; later input is
// ignored, as node does.
const decoders = new Set([C.INFLATE, C.GUNZIP, C.INFLATERAW, C.UNZIP, C.BROTLI_DECODE]);

function runEngine(stream, input, flush, cb, final = false) {
  const engine = stream[kEngine];
  if (engine.closed || (engine.ended && decoders.has(engine.mode))) return cb();
  engine.processAsync(input, flush, (err) => {
    if (err) {
      stream._closed = true;
      return cb(err);
    }
    if (engine.ended && !final && decoders.has(engine.mode)) stream.push(null);
    cb();
  }, (chunk) => stream.push(asBuffer(chunk)));
}

// Reading resumes output paused by a full readable buffer.
ZlibBase.prototype._read = function(n) {
  this[kEngine].resume();
  Reflect.apply(Transform.prototype._read, this, [n]);
};

// How strongly each flush value flushes, weakest first (Z_BLOCK sits low).
const flushOrder = [C.Z_NO_FLUSH, C.Z_BLOCK, C.Z_PARTIAL_FLUSH, C.Z_SYNC_FLUSH, C.Z_FULL_FLUSH, C.Z_FINISH];
function maxFlush(zlibKind, a, b) {
  if (!zlibKind) return Math.max(a, b);
  return flushOrder.indexOf(a) > flushOrder.indexOf(b) ? a : b;
}

ZlibBase.prototype._transform = function(chunk, encoding, cb) {
  // A chunk that is not bytes is refused synchronously, from write() itself.
  const bytes = typeof chunk === 'string' ? encode(chunk, encoding) : toBytes(chunk, 'chunk');
  const flushes = this[kFlushes];
  let flush = bytes.byteLength === 0 && flushes.length > 0 ? flushes.shift() : this._defaultFlushFlag;
  // The last chunk before end() also finishes the stream.
  if (this.writableEnded && this.writableLength === bytes.byteLength) {
    flush = maxFlush(this[kEngine].kind === 'zlib', flush, this._finishFlushFlag);
  }
  runEngine(this, bytes, flush, cb);
};

ZlibBase.prototype._flush = function(cb) {
  runEngine(this, new Uint8Array(0), this._finishFlushFlag, cb, true);
};

// flush([kind][, callback]): an empty chunk written in order with the data carries
// the flush; empty chunks are otherwise no-ops, so the first to arrive takes it.
ZlibBase.prototype.flush = function(kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }
  if (this.writableFinished) {
    if (callback) process.nextTick(callback);
    return;
  }
  this[kFlushes].push(kind);
  this.write(new Uint8Array(0), () => { if (callback) callback(); });
};

ZlibBase.prototype.close = function(callback) {
  if (callback) require('stream').finished(this, callback);
  this.destroy();
};

ZlibBase.prototype._destroy = function(err, cb) {
  this[kEngine].close();
  this._closed = true;
  this._handle = null;
  cb(err);
};

ZlibBase.prototype.reset = function() {
  this[kEngine].reset();
};

// The legacy synchronous/asynchronous one-chunk call some packages use.
ZlibBase.prototype._processChunk = function(chunk, flushFlag, cb) {
  const bytes = toBytes(chunk, 'chunk');
  const engine = this[kEngine];
  if (typeof cb === 'function') {
    engine.processAsync(bytes, flushFlag, (err, r) => {
      if (err) return cb(err);
      for (const c of r.chunks) this.push(asBuffer(c));
      cb();
    });
    return;
  }
  const { chunks, total } = engine.processSync(bytes, flushFlag);
  return asBuffer(concat(chunks, total));
};

function Zlib(opts, mode) {
  Reflect.apply(ZlibBase, this, [opts, mode]);
}
Object.setPrototypeOf(Zlib.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Zlib, ZlibBase);

Zlib.prototype.params = function params(level, strategy, callback) {
  const { checkRangesOrGetDefault } = require('internal/zlib/engine');
  checkRangesOrGetDefault(level, 'level', -1, 9);
  checkRangesOrGetDefault(strategy, 'strategy', 0, 4);
  const apply = () => {
    try {
      this[kEngine].params(level, strategy);
      this._level = level;
      this._strategy = strategy;
    } catch (err) {
      this.destroy(err);
      return;
    }
    if (callback) callback();
  };
  if (this._level !== level || this._strategy !== strategy) this.flush(C.Z_SYNC_FLUSH, apply);
  else process.nextTick(() => callback?.());
};

// Calling a zlib class without `new` still works but is deprecated (once for all).
let warnedNoNew = false;
function warnNoNew(name) {
  if (warnedNoNew || process.noDeprecation) return;
  warnedNoNew = true;
  process.emitWarning(`Instantiating ${name} without the 'new' keyword has been deprecated.`,
                      'DeprecationWarning', 'DEP0184');
}

function defineClass(name, mode, Base = Zlib) {
  const cls = {
    [name]: function(opts) {
      if (!(this instanceof cls)) {
        // node's zstd classes are real classes; the zlib ones warn; brotli's do not.
        if (mode === C.ZSTD_COMPRESS || mode === C.ZSTD_DECOMPRESS) {
          throw new TypeError(`Class constructor ${name} cannot be invoked without 'new'`);
        }
        if (Base === Zlib) warnNoNew(name);
        return new cls(opts);
      }
      Reflect.apply(Base, this, [opts, mode]);
    },
  }[name];
  Object.setPrototypeOf(cls.prototype, Base.prototype);
  Object.setPrototypeOf(cls, Base);
  return cls;
}

const Deflate = defineClass('Deflate', C.DEFLATE);
const Inflate = defineClass('Inflate', C.INFLATE);
const Gzip = defineClass('Gzip', C.GZIP);
const Gunzip = defineClass('Gunzip', C.GUNZIP);
const DeflateRaw = defineClass('DeflateRaw', C.DEFLATERAW);
const InflateRaw = defineClass('InflateRaw', C.INFLATERAW);
const Unzip = defineClass('Unzip', C.UNZIP);
const BrotliCompress = defineClass('BrotliCompress', C.BROTLI_ENCODE, ZlibBase);
const BrotliDecompress = defineClass('BrotliDecompress', C.BROTLI_DECODE, ZlibBase);
const ZstdCompress = defineClass('ZstdCompress', C.ZSTD_COMPRESS, ZlibBase);
const ZstdDecompress = defineClass('ZstdDecompress', C.ZSTD_DECOMPRESS, ZlibBase);

function crc32(data, value = 0) {
  if (typeof data !== 'string' && !ArrayBuffer.isView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['Buffer', 'TypedArray', 'DataView', 'string'], data);
  }
  validateUint32(value, 'value');
  return zlibBinding.crc32(toBytes(data), value);
}

const classes = {
  Deflate: [Deflate, C.DEFLATE], Inflate: [Inflate, C.INFLATE], Gzip: [Gzip, C.GZIP],
  Gunzip: [Gunzip, C.GUNZIP], DeflateRaw: [DeflateRaw, C.DEFLATERAW],
  InflateRaw: [InflateRaw, C.INFLATERAW], Unzip: [Unzip, C.UNZIP],
  BrotliCompress: [BrotliCompress, C.BROTLI_ENCODE], BrotliDecompress: [BrotliDecompress, C.BROTLI_DECODE],
  ZstdCompress: [ZstdCompress, C.ZSTD_COMPRESS], ZstdDecompress: [ZstdDecompress, C.ZSTD_DECOMPRESS],
};

// Exported in node's order: crc32, the classes, the one-shots, the factories.
module.exports = { crc32 };
for (const [name, [cls]] of Object.entries(classes)) module.exports[name] = cls;
for (const name of ['Deflate', 'Gzip', 'DeflateRaw', 'Unzip', 'Inflate', 'Gunzip', 'InflateRaw',
  'BrotliCompress', 'BrotliDecompress', 'ZstdCompress', 'ZstdDecompress']) {
  const lower = name[0].toLowerCase() + name.slice(1);
  module.exports[lower] = oneShot(classes[name][1], name);
  module.exports[`${lower}Sync`] = oneShotSync(classes[name][1], name);
}
for (const name of ['Deflate', 'Inflate', 'DeflateRaw', 'InflateRaw', 'Gzip', 'Gunzip', 'Unzip',
  'BrotliCompress', 'BrotliDecompress', 'ZstdCompress', 'ZstdDecompress']) {
  const cls = classes[name][0];
  // Read-only (but configurable), as node defines the factories.
  Object.defineProperty(module.exports, `create${name}`, {
    value: (opts) => new cls(opts), enumerable: true, writable: false, configurable: true,
  });
}
Object.defineProperty(module.exports, 'constants', { value: constants, enumerable: true, writable: false, configurable: false });
Object.defineProperty(module.exports, 'codes', {
  value: Object.freeze({ ...codeNames }), enumerable: true, writable: false, configurable: false,
});

// The legacy top-level constants (zlib.Z_OK ...), read-only as in node, which copies
// every constant but the BROTLI_ ones (the ZSTD_ ones too).
for (const k of Object.keys(constants)) {
  if (k.startsWith('BROTLI_')) continue;
  Object.defineProperty(module.exports, k, { value: constants[k], enumerable: false, writable: false });
}
