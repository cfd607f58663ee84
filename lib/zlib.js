'use strict';
// node:zlib: deflate/inflate/gzip/raw/unzip, brotli and zstd as Transform streams,
// callback one-shots and *Sync one-shots, all over lib/internal/zlib/engine.js.

const { Engine, concat, constants: C, codeNames } = require('internal/zlib/engine');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateFunction, validateUint32 } = require('internal/validators');
const { asBuffer, encode } = require('internal/fs/utils');
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

function oneShotSync(mode) {
  return function(buffer, opts) {
    const input = toBytes(buffer);
    const engine = new Engine(mode, opts);
    try {
      const { chunks, total } = engine.processSync(input, engine.finishFlushFlag);
      const result = asBuffer(concat(chunks, total));
      return opts?.info ? { buffer: result, engine } : result;
    } finally {
      engine.close();
    }
  };
}

function oneShot(mode) {
  return function(buffer, opts, callback) {
    if (typeof opts === 'function') {
      callback = opts;
      opts = {};
    }
    validateFunction(callback, 'callback');
    const input = toBytes(buffer);
    const engine = new Engine(mode, opts);
    engine.processAsync(input, engine.finishFlushFlag, (err, r) => {
      engine.close();
      if (err) return callback(err);
      const result = asBuffer(concat(r.chunks, r.total));
      callback(null, opts?.info ? { buffer: result, engine } : result);
    });
  };
}

// --- stream classes ----------------------------------------------------------------------

const { Transform } = require('stream');

const kEngine = Symbol('kEngine');

class ZlibBase extends Transform {
  #flushes = [];

  constructor(mode, opts) {
    const engine = new Engine(mode, opts);
    super({ autoDestroy: true, ...opts, readableHighWaterMark: opts?.chunkSize ?? 16384 });
    this[kEngine] = engine;
    this._handle = engine.handle;
    this._closed = false;
    this._defaultFlushFlag = engine.flushFlag;
    this._finishFlushFlag = engine.finishFlushFlag;
    this._defaultFullFlushFlag = engine.fullFlushFlag;
    this._level = engine.level;
    this._strategy = engine.strategy;
    this._chunkSize = engine.chunkSize;
    this.once('end', () => { if (this._readableState?.autoDestroy === false) this.close(); });
  }

  get bytesWritten() {
    return this[kEngine].bytesWritten;
  }

  get _maxOutputLength() {
    return this[kEngine].maxOutputLength;
  }

  #run(input, flush, cb) {
    const engine = this[kEngine];
    if (engine.closed) return cb();
    engine.processAsync(input, flush, (err, r) => {
      if (err) return cb(err);
      for (const c of r.chunks) this.push(asBuffer(c));
      cb();
    });
  }

  _transform(chunk, encoding, cb) {
    let bytes;
    try {
      bytes = typeof chunk === 'string' ? encode(chunk, encoding) : toBytes(chunk, 'chunk');
    } catch (err) {
      return cb(err);
    }
    const flush = bytes.byteLength === 0 && this.#flushes.length > 0 ? this.#flushes.shift() : this._defaultFlushFlag;
    this.#run(bytes, flush, cb);
  }

  _flush(cb) {
    this.#run(new Uint8Array(0), this._finishFlushFlag, cb);
  }

  flush(kind, callback) {
    if (typeof kind === 'function' || (kind === undefined && !callback)) {
      callback = kind;
      kind = this._defaultFullFlushFlag;
    }
    if (this.writableFinished) {
      if (callback) process.nextTick(callback);
      return;
    }
    // An empty chunk written in order with the data carries the flush; empty
    // chunks are otherwise no-ops, so the first one to arrive takes it.
    this.#flushes.push(kind);
    this.write(new Uint8Array(0), () => { if (callback) callback(); });
  }

  close(callback) {
    if (callback) this.once('close', callback);
    this.destroy();
  }

  _destroy(err, cb) {
    this[kEngine].close();
    this._closed = true;
    this._handle = null;
    cb(err);
  }

  reset() {
    this[kEngine].reset();
  }
}


class Zlib extends ZlibBase {
  params(level, strategy, callback) {
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
  }
}

function defineClass(name, mode, Base = Zlib) {
  const cls = {
    [name]: class extends Base {
      constructor(opts) {
        if (!new.target) return new cls(opts);
        super(mode, opts);
      }
    },
  }[name];
  // Callable without new, as node's are.
  const callable = function(opts) {
    if (!new.target) return new callable(opts);
    return Reflect.construct(cls, [opts], new.target);
  };
  Object.defineProperty(callable, 'name', { value: name });
  callable.prototype = cls.prototype;
  Object.setPrototypeOf(callable, cls);
  return callable;
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
  module.exports[lower] = oneShot(classes[name][1]);
  module.exports[`${lower}Sync`] = oneShotSync(classes[name][1]);
}
for (const name of ['Deflate', 'Inflate', 'DeflateRaw', 'InflateRaw', 'Gzip', 'Gunzip', 'Unzip',
  'BrotliCompress', 'BrotliDecompress', 'ZstdCompress', 'ZstdDecompress']) {
  const cls = classes[name][0];
  module.exports[`create${name}`] = (opts) => new cls(opts);
}
module.exports.constants = constants;
module.exports.codes = Object.freeze({ ...codeNames });

// The legacy top-level constants (zlib.Z_OK ...), read-only as in node.
for (const k of Object.keys(constants)) {
  if (k.startsWith('BROTLI_') || k.startsWith('ZSTD_')) continue;
  Object.defineProperty(module.exports, k, { value: constants[k], enumerable: false, writable: false });
}
