'use strict';
// One compression engine (zlib, brotli or zstd) over a native handle: option
// validation, and the write loop that feeds input and collects output chunks,
// synchronously or on the thread pool. The one-shot functions and the stream
// classes of lib/zlib.js both run on this.

const binding = internalBinding('zlib');
const { codes } = require('internal/errors');
const { validateObject } = require('internal/validators');

const { kEmptyObject } = require('internal/util');
const { captureFrame } = require('internal/async_hooks');

const C = binding.constants;
// Read once, when zlib loads, as node does (tests lower buffer.kMaxLength first).
let kMaxLength = 2 ** 32;
try {
  kMaxLength = require('buffer').kMaxLength ?? kMaxLength;
} catch {
  // no Buffer yet
}

const codeNames = { __proto__: null };
for (const k of ['Z_OK', 'Z_STREAM_END', 'Z_NEED_DICT', 'Z_ERRNO', 'Z_STREAM_ERROR', 'Z_DATA_ERROR',
  'Z_MEM_ERROR', 'Z_BUF_ERROR', 'Z_VERSION_ERROR']) {
  codeNames[k] = C[k];
  codeNames[C[k]] = k;
}

const zstdNames = { __proto__: null };
for (const k of Object.keys(C)) if (k.startsWith('ZSTD_error_')) zstdNames[C[k]] = k;

function checkFiniteNumber(number, name) {
  if (number === undefined) return false;
  if (Number.isFinite(number)) return true;
  if (Number.isNaN(number)) return false;
  if (typeof number !== 'number') throw new codes.ERR_INVALID_ARG_TYPE(name, 'number', number);
  throw new codes.ERR_OUT_OF_RANGE(name, 'a finite number', number);
}

function checkRangesOrGetDefault(number, name, lower, upper, def) {
  if (!checkFiniteNumber(number, name)) return def;
  if (number < lower || number > upper) {
    throw new codes.ERR_OUT_OF_RANGE(name, upper === Infinity ? `>= ${lower}` : `>= ${lower} and <= ${upper}`, number);
  }
  return number;
}

const kinds = {
  [C.DEFLATE]: 'zlib', [C.INFLATE]: 'zlib', [C.GZIP]: 'zlib', [C.GUNZIP]: 'zlib',
  [C.DEFLATERAW]: 'zlib', [C.INFLATERAW]: 'zlib', [C.UNZIP]: 'zlib',
  [C.BROTLI_ENCODE]: 'brotli', [C.BROTLI_DECODE]: 'brotli',
  [C.ZSTD_COMPRESS]: 'zstd', [C.ZSTD_DECOMPRESS]: 'zstd',
};
const flushRanges = {
  zlib: [C.Z_NO_FLUSH, C.Z_BLOCK, C.Z_NO_FLUSH, C.Z_FINISH, C.Z_FULL_FLUSH],
  brotli: [C.BROTLI_OPERATION_PROCESS, C.BROTLI_OPERATION_EMIT_METADATA,
    C.BROTLI_OPERATION_PROCESS, C.BROTLI_OPERATION_FINISH, C.BROTLI_OPERATION_FLUSH],
  zstd: [C.ZSTD_e_continue, C.ZSTD_e_end, C.ZSTD_e_continue, C.ZSTD_e_end, C.ZSTD_e_flush],
};

// Parameter ids each kind accepts; other keys are refused before the library sees them.
const brotliParams = new Set(Object.keys(C).filter((k) => /^BROTLI_(DECODER_)?PARAM_/.test(k)).map((k) => C[k]));
const zstdParams = new Set(Object.keys(C).filter((k) => /^ZSTD_[cd]_/.test(k)).map((k) => C[k]));
// Flags brotli takes as 0 or 1 (the library itself would accept any number).
const brotliFlags = new Set([C.BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING, C.BROTLI_PARAM_LARGE_WINDOW]);

// node's ERR_BROTLI_INVALID_PARAM / ERR_ZSTD_INVALID_PARAM: RangeErrors with a code.
function invalidParam(code, message) {
  const err = new RangeError(message);
  err.code = code;
  return err;
}

function zlibError(handle) {
  const [message, errno, code] = binding.errorInfo(handle);
  const err = new Error(message);
  err.errno = errno;
  err.code = code || zstdNames[errno];
  return err;
}

class Engine {
  // oneShot: the engine serves one processAll and is closed by it (the *Sync
  // one-shots): no state array is made for it, and the stream ends in the same call.
  constructor(mode, opts, oneShot = false) {
    // Anything not an object reads as no options (node ignores e.g. a number).
    if (opts === null || typeof opts !== 'object') opts = kEmptyObject;
    this.mode = mode;
    this.kind = kinds[mode];
    const [minFlush, maxFlush, defFlush, defFinish, fullFlush] = flushRanges[this.kind];
    this.flushFlag = checkRangesOrGetDefault(opts.flush, 'options.flush', minFlush, maxFlush, defFlush);
    this.finishFlushFlag = checkRangesOrGetDefault(opts.finishFlush, 'options.finishFlush',
      minFlush, maxFlush, defFinish);
    this.fullFlushFlag = fullFlush;
    this.chunkSize = checkRangesOrGetDefault(opts.chunkSize, 'options.chunkSize', C.Z_MIN_CHUNK ?? 64,
      Infinity, 16 * 1024);
    this.maxOutputLength = checkRangesOrGetDefault(opts.maxOutputLength, 'options.maxOutputLength',
      1, kMaxLength, kMaxLength);
    this.oneShot = oneShot;
    this.state = oneShot ? null : new Uint32Array(3);
    this.ended = false;
    this.paused = null;
    this.handle = oneShot ? binding.create(mode) : binding.create(mode, this.state);
    this.bytesWritten = 0;
    this.closed = false;
    if (this.kind === 'zlib') this.#initZlib(opts);
    else this.#initParams(opts);
  }

  #initZlib(opts) {
    const isInflate = this.mode === C.INFLATE || this.mode === C.GUNZIP || this.mode === C.UNZIP;
    let windowBits;
    if (isInflate && opts.windowBits === 0) windowBits = 0;
    else {
      // gzip headers need a window of at least 9 bits.
      const min = this.mode === C.GZIP ? 9 : 8;
      windowBits = checkRangesOrGetDefault(opts.windowBits, 'options.windowBits', min, 15, 15);
    }
    // zlib refuses 8 for raw deflate; node quietly uses 9.
    if (this.mode === C.DEFLATERAW && windowBits === 8) windowBits = 9;
    const level = checkRangesOrGetDefault(opts.level, 'options.level', -1, 9, -1);
    const memLevel = checkRangesOrGetDefault(opts.memLevel, 'options.memLevel', 1, 9, 8);
    const strategy = checkRangesOrGetDefault(opts.strategy, 'options.strategy', 0, 4, 0);
    let dictionary = opts.dictionary;
    if (dictionary !== undefined && !ArrayBuffer.isView(dictionary)) {
      if (dictionary instanceof ArrayBuffer) dictionary = new Uint8Array(dictionary);
      else {
        throw new codes.ERR_INVALID_ARG_TYPE('options.dictionary',
          ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], dictionary);
      }
    }
    this.level = level;
    this.strategy = strategy;
    if (binding.init(this.handle, level, windowBits, memLevel, strategy, dictionary) !== 0) {
      const err = zlibError(this.handle);
      if (err.message === 'Bad dictionary') throw err;
      throw new codes.ERR_ZLIB_INITIALIZATION_FAILED();
    }
  }

  #initParams(opts) {
    const flat = [];
    if (opts.params !== undefined) {
      // Non-canonical keys ('00') are refused before any other check.
      validateObject(opts.params, 'options.params');
      for (const key of Object.keys(opts.params)) {
        if (String(+key) !== key) {
          const [code, lib] = this.kind === 'brotli' ? ['ERR_BROTLI_INVALID_PARAM', 'Brotli'] : ['ERR_ZSTD_INVALID_PARAM', 'zstd'];
          throw invalidParam(code, `${key} is not a valid ${lib} parameter`);
        }
      }
    }
    if (this.kind === 'brotli' && opts.params !== undefined) {
      for (const key of Object.keys(opts.params)) {
        const k = +key;
        if (!Number.isInteger(k) || k < 0 || String(k) !== key || !brotliParams.has(k)) {
          throw invalidParam('ERR_BROTLI_INVALID_PARAM', `${key} is not a valid Brotli parameter`);
        }
        const v = opts.params[key];
        if (typeof v !== 'number' && typeof v !== 'boolean') {
          throw new codes.ERR_INVALID_ARG_TYPE('options.params[key]', 'number', v);
        }
        if (this.mode === C.BROTLI_ENCODE && brotliFlags.has(k) && +v !== 0 && +v !== 1) {
          throw new codes.ERR_ZLIB_INITIALIZATION_FAILED();
        }
        flat.push(k, +v);
      }
    }
    if (this.kind === 'zstd') {
      if (opts.params !== undefined) {
        validateObject(opts.params, 'options.params');
        for (const key of Object.keys(opts.params)) {
          const k = +key;
          if (!Number.isInteger(k) || k < 0 || String(k) !== key || !zstdParams.has(k)) {
            throw invalidParam('ERR_ZSTD_INVALID_PARAM', `${key} is not a valid zstd parameter`);
          }
          const v = opts.params[key];
          if (typeof v !== 'number' && typeof v !== 'boolean') {
            throw new codes.ERR_INVALID_ARG_TYPE('options.params[key]', 'number', v);
          }
          flat.push(k, +v);
        }
      }
      if (opts.pledgedSrcSize !== undefined) flat.push(-1, opts.pledgedSrcSize);
    }
    if (binding.init(this.handle, flat) !== 0) {
      const [message] = binding.errorInfo(this.handle);
      const err = new codes.ERR_ZLIB_INITIALIZATION_FAILED();
      err.message = message;
      throw err;
    }
  }

  // Compresses or decompresses all of input with flush; returns the output chunks.
  processSync(input, flush) {
    const chunks = [];
    let total = 0;
    let inOff = 0;
    let inLen = input.byteLength;
    for (;;) {
      const out = new Uint8Array(this.chunkSize);
      if (binding.write(this.handle, flush, input, inOff, inLen, out, 0, out.byteLength) !== 0) {
        throw zlibError(this.handle);
      }
      const [availOut, availIn, ended] = this.state;
      const have = out.byteLength - availOut;
      this.bytesWritten += inLen - availIn;
      inOff += inLen - availIn;
      inLen = availIn;
      this.ended = ended === 1;
      if (have > 0) {
        chunks.push(have === out.byteLength ? out : out.subarray(0, have));
        total += have;
        if (total > this.maxOutputLength) {
          throw new codes.ERR_BUFFER_TOO_LARGE(this.maxOutputLength);
        }
      }
      // Done when output space is left over and the input is used up or the data
      // ended (what follows the end of compressed data is ignored).
      if (availOut !== 0 && (availIn === 0 || have === 0 || this.ended)) break;
    }
    return { chunks, total };
  }

  // The same loop on the thread pool: done(err, { chunks, total }). With onChunk
  // (streams), each output chunk goes to it instead of being collected, and when it
  // answers false the loop pauses until resume(): output is made as fast as it is
  // read, so a small input that inflates hugely does not fill memory.
  processAsync(input, flush, done, onChunk) {
    const chunks = [];
    let total = 0;
    let inOff = 0;
    let inLen = input.byteLength;
    const step = () => {
      this.paused = null;
      if (this.closed) return; // closed from a 'data' handler in the meantime
      const out = new Uint8Array(this.chunkSize);
      const req = {
        oncomplete: (failed) => {
          if (this.closed) return;
          if (failed) return done(zlibError(this.handle));
          const [availOut, availIn, ended] = this.state;
          const have = out.byteLength - availOut;
          this.bytesWritten += inLen - availIn;
          inOff += inLen - availIn;
          inLen = availIn;
          this.ended = ended === 1;
          let more = true;
          if (have > 0) {
            const chunk = have === out.byteLength ? out : out.subarray(0, have);
            if (onChunk) {
              more = onChunk(chunk);
            } else {
              chunks.push(chunk);
              total += have;
              if (total > this.maxOutputLength) return done(new codes.ERR_BUFFER_TOO_LARGE(this.maxOutputLength));
            }
          }
          if (availOut !== 0 && (availIn === 0 || have === 0 || this.ended)) return done(null, { chunks, total });
          if (more) step();
          else this.paused = step;
        },
      };
      captureFrame(req); // the callback runs in the caller's AsyncLocalStorage context
      binding.write(this.handle, flush, input, inOff, inLen, out, 0, out.byteLength, req);
    };
    step();
  }

  // The one-shots: all of input in one native call (on the thread pool with done),
  // the output as one ArrayBuffer. A oneShot engine is closed by the synchronous call.
  processAll(input, flush, done) {
    const finish = (r) => {
      if (this.state !== null) this.bytesWritten += this.state[1];
      if (r === 1) throw zlibError(this.handle);
      if (r === 2) throw new codes.ERR_BUFFER_TOO_LARGE(this.maxOutputLength);
      return r;
    };
    if (done === undefined) {
      const r = binding.processAll(this.handle, flush, input, 0, input.byteLength, this.maxOutputLength,
                                   undefined, this.oneShot);
      // A failure's description stays readable on a closed handle.
      if (this.oneShot) this.closed = true;
      return finish(r);
    }
    const req = {
      oncomplete: (r) => {
        if (this.closed) return;
        let ab;
        try {
          ab = finish(r);
        } catch (err) {
          done(err);
          return;
        }
        done(null, ab);
      },
    };
    captureFrame(req);
    binding.processAll(this.handle, flush, input, 0, input.byteLength, this.maxOutputLength, req);
  }

  // Continues a processAsync paused by its onChunk.
  resume() {
    const step = this.paused;
    if (step) step();
  }

  params(level, strategy) {
    if (binding.params(this.handle, level, strategy) !== 0) throw zlibError(this.handle);
    this.level = level;
    this.strategy = strategy;
  }

  reset() {
    if (binding.reset(this.handle) !== 0) throw zlibError(this.handle);
    this.ended = false;
  }

  close() {
    if (this.closed) return;
    this.closed = true;
    binding.close(this.handle);
  }
}

function concat(chunks, total) {
  if (chunks.length === 1 && chunks[0].byteLength === total) return chunks[0];
  const out = new Uint8Array(total);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.byteLength;
  }
  return out;
}

module.exports = { Engine, concat, constants: C, codeNames, checkRangesOrGetDefault, kMaxLength };
