'use strict';
// node:buffer. Buffer is a Uint8Array subclass (every Buffer is a FastBuffer;
// Buffer itself is the function users call), small allocations share an 8 KiB
// pool as in node, and the byte work — encoding, searching, comparing — is done
// by internalBinding('buffer').

// Globals read once, as node reads its primordials: a program that replaces a
// global later does not change how this module behaves.
const {
  Array, ArrayBuffer, DataView, Error, Math, Number, Object, RangeError, Reflect, Set,
  SharedArrayBuffer, Symbol, TypeError, Uint8Array,
} = globalThis;

const binding = internalBinding('buffer');
// The codes only a failure reads are looked up when it happens (codes.X): reading
// one at load would load the registry of rare codes with every program using Buffer.
const { codes } = require('internal/errors');
const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS, ERR_OUT_OF_RANGE } = codes;
const { validateArray, validateBuffer, validateInteger, validateNumber, validateString } =
  require('internal/validators');
// internal/util is loaded only by the rare paths that need it (deprecations): a
// program using nothing but Buffer does not parse it.
const { defineLazyProperty } = require('internal/util/lazy_property');
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const {
  FastBuffer, addReadWriteMethods, invalidArgTypeForBuffer, isAnyArrayBuffer, isTypedArray,
  isUint8Array, kUntransferable,
} = require('internal/buffer');
const enc = require('internal/buffer/encodings');
const { writeString, base64Slice, decodeExact } = require('internal/buffer/codec');
const { normalizeEncoding, lookupEncoding, encodingId, byteLengthOf, kStringMaxLength, checkStringLength } = enc;

const kMaxLength = Number.MAX_SAFE_INTEGER;
const constants = Object.defineProperties({}, {
  MAX_LENGTH: { value: kMaxLength, writable: false, enumerable: true },
  MAX_STRING_LENGTH: { value: kStringMaxLength, writable: false, enumerable: true },
});

let INSPECT_MAX_BYTES = 50;

// --- the pool -------------------------------------------------------------------

let allocPool;
let poolOffset = 0;

// A fresh pool of Buffer.poolSize bytes (users may change the size).
function createPool() {
  allocPool = new FastBuffer(Buffer.poolSize);
  // Transferring the pool would detach every small Buffer sharing it.
  Object.defineProperty(allocPool.buffer, kUntransferable, { __proto__: null, value: true });
  poolOffset = 0;
}

function alignPool() {
  if (poolOffset & 7) poolOffset = (poolOffset | 7) + 1;
}

// A buffer outside the pool whose contents the caller overwrites (zeroed here
// anyway: measured, the engine's zeroed typed array costs less CPU than
// uninitialised bytes made in C, even at 100 KB).
function createUnsafeBuffer(size) {
  try {
    return new FastBuffer(size);
  } catch (err) {
    if (err instanceof RangeError) throw new RangeError('Array buffer allocation failed');
    throw err;
  }
}

// --zero-fill-buffers: the pool may hold bytes left by an encode that gave up, so
// allocUnsafe's slices are cleared too.
let zeroFill;
function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (size < (Buffer.poolSize >>> 1)) {
    if (size > allocPool.length - poolOffset) createPool();
    const b = new FastBuffer(allocPool.buffer, poolOffset, size);
    poolOffset += size;
    alignPool();
    zeroFill ??= require('internal/options').getOptionValue('--zero-fill-buffers');
    if (zeroFill) b.fill(0);
    return b;
  }
  return createUnsafeBuffer(size);
}

// --- making buffers ------------------------------------------------------------------

function fromString(string, encoding) {
  let name = 'utf8';
  if (typeof encoding === 'string' && encoding.length !== 0 && encoding !== 'utf8') {
    name = normalizeEncoding(encoding);
    if (name === undefined) throw new codes.ERR_UNKNOWN_ENCODING(encoding);
  }
  const n = string.length;
  if (n === 0) return new FastBuffer();
  const id = encodingId(name);
  // The most bytes the string can need; small ones are written straight into the pool.
  const bound = name === 'utf8' ? n * 3 : name === 'utf16le' ? n * 2 : n;
  if (bound < (Buffer.poolSize >>> 1)) {
    if (bound > allocPool.length - poolOffset) createPool();
    if (id === enc.HEX || id === enc.BASE64 || id === enc.BASE64URL) {
      // Decoded by the engine straight into the Buffer returned (one view made, not two).
      const size = id === enc.HEX ? n >>> 1 : byteLengthOf(string, name);
      if (size > 0) {
        const b = new FastBuffer(allocPool.buffer, poolOffset, size);
        if (decodeExact(b, string, id)) {
          poolOffset += size;
          alignPool();
          return b;
        }
      }
    }
    // Short strings are encoded here: up to about 12 characters the loop costs less
    // than the call into C (8: 78 against 91 ns; 32: 117 against 93).
    const written = n <= 12 && (id === enc.UTF8 || id === enc.LATIN1 || id === enc.ASCII) ?
      writeShort(allocPool, string, poolOffset, id === enc.UTF8) :
      writeString(allocPool, string, poolOffset, bound, id);
    const b = new FastBuffer(allocPool.buffer, poolOffset, written);
    poolOffset += written;
    alignPool();
    return b;
  }
  // Measured first and allocated by the engine: bytes handed over as an ArrayBuffer of
  // their own are counted as live by its collector until its next full collection
  // (src/util/js_view.h), which made every other collection of a program encoding
  // large strings a full one. Exact, unless base64 or hex input is malformed.
  const b = createUnsafeBuffer(byteLengthOf(string, name));
  const written = writeString(b, string, 0, b.length, id);
  return written === b.length ? b : new FastBuffer(b.buffer, 0, written);
}

// Encodes a short string at offset as UTF-8 (WHATWG: lone surrogates become
// EF BF BD) or as latin1 low bytes; the caller guarantees room.
function writeShort(target, str, offset, utf8) {
  let o = offset;
  const n = str.length;
  for (let i = 0; i < n; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80 || !utf8) {
      target[o++] = c;
    } else if (c < 0x800) {
      target[o++] = 0xC0 | (c >> 6);
      target[o++] = 0x80 | (c & 0x3F);
    } else {
      if (c >= 0xD800 && c <= 0xDFFF) {
        const d = i + 1 < n ? str.charCodeAt(i + 1) : 0;
        if (c <= 0xDBFF && d >= 0xDC00 && d <= 0xDFFF) {
          c = 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00);
          i++;
          target[o++] = 0xF0 | (c >> 18);
          target[o++] = 0x80 | ((c >> 12) & 0x3F);
          target[o++] = 0x80 | ((c >> 6) & 0x3F);
          target[o++] = 0x80 | (c & 0x3F);
          continue;
        }
        c = 0xFFFD;
      }
      target[o++] = 0xE0 | (c >> 12);
      target[o++] = 0x80 | ((c >> 6) & 0x3F);
      target[o++] = 0x80 | (c & 0x3F);
    }
  }
  return o - offset;
}

function fromArrayLike(obj) {
  const length = obj.length;
  if (length <= 0) return new FastBuffer();
  if (length < (Buffer.poolSize >>> 1)) {
    if (length > allocPool.length - poolOffset) createPool();
    const b = new FastBuffer(allocPool.buffer, poolOffset, length);
    // A few elements are copied here: TypedArray#set costs ~60 ns before its first
    // element (Buffer.from([0x81, n]), a WebSocket frame's header: 157 -> 84 ns).
    if (length <= 16) {
      for (let i = 0; i < length; i++) b[i] = obj[i];
    } else {
      b.set(obj, 0);
    }
    poolOffset += length;
    alignPool();
    return b;
  }
  return new FastBuffer(obj);
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw new codes.ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) {
    // A view of a resizable buffer follows its size, as node's does.
    if (obj.resizable || obj.growable) return new FastBuffer(obj, byteOffset);
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new codes.ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
}

function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b) return b;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw new ERR_INVALID_ARG_TYPE('first argument',
    ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
}

// --- the Buffer function ------------------------------------------------------------

// DEP0005 is shown only for calls from outside node_modules, as in node (with
// --pending-deprecation, for every call). Reading
// a stack may run a user's Error.prepareStackTrace, which may call Buffer() again:
// that inner call neither checks nor warns. Like node, checking stops after
// 10,000 calls from node_modules.
let bufferWarningShown = false;
let checkingCaller = false;
let callerChecks = 0;
function showBufferDeprecation() {
  if (bufferWarningShown || checkingCaller || process.noDeprecation) return;
  if (++callerChecks > 10000) return;
  if (!internalBinding('process').options.pendingDeprecation) {
    let inside;
    checkingCaller = true;
    try {
      inside = require('internal/util').isInsideNodeModules();
    } finally {
      checkingCaller = false;
    }
    if (inside) return;
  }
  bufferWarningShown = true;
  process.emitWarning('Buffer() is deprecated due to security and usability issues. Please ' +
    'use the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.',
    'DeprecationWarning', 'DEP0005');
}

function Buffer(arg, encodingOrOffset, length) {
  showBufferDeprecation();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Object.defineProperty(Buffer, Symbol.species, {
  get() { return FastBuffer; }, enumerable: false, configurable: true,
});

FastBuffer.prototype.constructor = Buffer;
Buffer.prototype = FastBuffer.prototype;
Object.setPrototypeOf(Buffer, Uint8Array);
addReadWriteMethods(Buffer.prototype);

Buffer.poolSize = 8 * 1024;
createPool();

function defineStatic(name, fn) {
  Object.defineProperty(Buffer, name, { value: fn, writable: true, enumerable: true, configurable: true });
}

defineStatic('from', function from_(value, encodingOrOffset, length) {
  return from(value, encodingOrOffset, length);
});
Object.defineProperty(Buffer.from, 'name', { value: 'from' });

defineStatic('copyBytesFrom', function copyBytesFrom(view, offset, length) {
  if (!isTypedArray(view)) throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  const viewLength = view.length;
  if (viewLength === 0) return new FastBuffer();
  let start = 0;
  let end = viewLength;
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return new FastBuffer();
      start = offset;
    }
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = Math.min(start + length, viewLength);
    }
    if (end <= start) return new FastBuffer();
  }
  const size = view.BYTES_PER_ELEMENT;
  const bytes = new Uint8Array(view.buffer, view.byteOffset + start * size, (end - start) * size);
  return fromArrayLike(bytes);
});

defineStatic('of', function of(...items) {
  const b = new FastBuffer(items.length);
  for (let i = 0; i < items.length; i++) b[i] = items[i];
  return b;
});

// From this size on, Buffer.alloc(size, fill) takes memory that is not cleared (from
// C), which the fill then writes once: the engine clears its typed arrays' memory with
// a memset, a pass as long as the fill (callgrind, Buffer.alloc(100 MB, 'x'): two
// memsets of 100 MB). At this size malloc always maps fresh pages, as the engine
// does for its own: below it, malloc'd blocks freed by a collection went back to the
// system and were faulted in again (1,500 x Buffer.alloc(4 MB, 'x'): system CPU
// 0.08 s -> 0.76 s), where the engine reuses its memory.
const kUnclearedFillMin = 32 << 20;

function createFillBuffer(size) {
  if (size < kUnclearedFillMin) return createUnsafeBuffer(size);
  const ab = binding.allocUninitialized(size);
  if (ab === undefined) throw new RangeError('Array buffer allocation failed');
  return new FastBuffer(ab);
}

defineStatic('alloc', function alloc(size, fill, encoding) {
  validateNumber(size, 'size', 0, kMaxLength);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const b = createFillBuffer(size);
    return fillImpl(b, fill, 0, b.length, encoding);
  }
  return createUnsafeBuffer(size);
});

defineStatic('allocUnsafe', function allocUnsafe(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return allocate(size);
});

defineStatic('allocUnsafeSlow', function allocUnsafeSlow(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return createUnsafeBuffer(size);
});

defineStatic('isBuffer', function isBuffer(b) {
  return b instanceof Buffer;
});

defineStatic('compare', function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw invalidArgTypeForBuffer('buf1', buf1);
  if (!isUint8Array(buf2)) throw invalidArgTypeForBuffer('buf2', buf2);
  if (buf1 === buf2) return 0;
  return binding.compare(buf1, 0, buf1.length, buf2, 0, buf2.length);
});

defineStatic('isEncoding', function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 &&
    normalizeEncoding(encoding) !== undefined;
});

defineStatic('concat', function concat(list, length) {
  validateArray(list, 'list');
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      if (!isUint8Array(item)) throw invalidArgTypeForBuffer(`list[${i}]`, item);
      length += item.length;
    }
  } else {
    validateOffset(length, 'length');
  }
  const buffer = allocate(length);
  let i = copyPieces(buffer, list, length);
  let pos = piecesBytes;
  // Once the buffer is full the remaining pieces are still validated, as in node.
  for (; i < list.length; i++) {
    const item = list[i];
    if (!isUint8Array(item)) throw invalidArgTypeForBuffer(`list[${i}]`, item);
    const n = Math.min(item.length, length - pos);
    if (n === 0) continue;
    buffer.set(n === item.length ? item : item.subarray(0, n), pos);
    pos += n;
  }
  // A requested length beyond the pieces is zero-filled (the pool may hold old bytes).
  if (pos < length) buffer.fill(0, pos, length);
  return buffer;
});

// Pieces go to C in runs of this many arguments.
const kConcatRun = 4096;
const concatInto = binding.concat;

let piecesBytes = 0; // what copyPieces copied

// Copies list's pieces into buffer (length bytes) in C, as far as they are all
// fixed-length Uint8Arrays; returns the pieces done and leaves the bytes copied in
// piecesBytes, for the JS loop to go on from (it validates and copies the rest).
function copyPieces(buffer, list, length) {
  let i = 0;
  let pos = 0;
  while (i < list.length) {
    const end = Math.min(list.length, i + kConcatRun);
    const run = i === 0 && end === list.length ? list : list.slice(i, end);
    const target = pos === 0 ? buffer : new FastBuffer(buffer.buffer, buffer.byteOffset + pos, length - pos);
    const r = Reflect.apply(concatInto, target, run);
    if (r >= 0) {
      pos += r;
      i = end;
      continue;
    }
    // Stopped at a piece C does not take: count what it copied before that one.
    const stop = i - r - 1;
    for (; i < stop; i++) pos = Math.min(length, pos + list[i].length);
    break;
  }
  piecesBytes = pos;
  return i;
}

defineStatic('byteLength', function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  if (string.length === 0) return 0;
  const name = encoding === undefined ? 'utf8' : normalizeEncoding(encoding);
  return byteLengthOf(string, name === undefined ? 'utf8' : name);
});

// --- validation shared by the methods ----------------------------------------------

function validateOffset(value, name, min = 0, max = kMaxLength) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

function toInteger(n, defaultVal) {
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return n % 1 === 0 ? n : Math.floor(n);
  }
  return defaultVal;
}

// The canonical encoding name, or ERR_UNKNOWN_ENCODING.
function encodingOrThrow(encoding) {
  const name = normalizeEncoding(encoding);
  if (name === undefined) throw new codes.ERR_UNKNOWN_ENCODING(encoding);
  return name;
}

// --- instance methods --------------------------------------------------------------

const proto = Buffer.prototype;

// Enumerable, as node's (assigned there): for-in over a Buffer and
// Object.keys(Buffer.prototype) list them.
function defineMethod(name, fn) {
  Object.defineProperty(proto, name, { value: fn, writable: true, enumerable: true, configurable: true });
}

// <enc>Slice(start, end) and <enc>Write(string, offset, length) for each encoding,
// every Slice first, as node orders them. Like node's, they take any ArrayBufferView
// as `this` (its bytes) and throw for anything else: the binding reads the receiver's
// memory.
const kMethodEncodings = ['ascii', 'base64', 'base64url', 'latin1', 'hex', 'ucs2', 'utf8'];
const methodEncodingId = (name) => encodingId(name === 'ucs2' ? 'utf16le' : name);
for (const name of kMethodEncodings) {
  const id = methodEncodingId(name);
  defineMethod(`${name}Slice`, function(start = 0, end = undefined) {
    const bytes = receiverBytes(this);
    const len = bytes.length;
    start = Math.max(0, Math.min(toInteger(start, 0), len));
    end = Math.max(start, Math.min(end === undefined ? len : toInteger(end, 0), len));
    return decodeRange(bytes, start, end, id);
  });
}
for (const name of kMethodEncodings) {
  const id = methodEncodingId(name);
  defineMethod(`${name}Write`, function(string, offset = 0, length = undefined) {
    const bytes = receiverBytes(this);
    if (typeof string !== 'string') throw stringArgError();
    if (length === undefined) length = bytes.length - offset;
    if (!(offset >= 0 && offset <= bytes.length)) throw new codes.ERR_BUFFER_OUT_OF_BOUNDS('offset');
    if (!(length >= 0 && length <= bytes.length - offset)) throw new codes.ERR_BUFFER_OUT_OF_BOUNDS('length');
    return writeString(bytes, string, offset >>> 0, length >>> 0, id);
  });
}

// The bytes of a receiver of the methods above: a Uint8Array as it is, another view
// as a Uint8Array over its bytes; ERR_INVALID_ARG_TYPE for anything else.
function receiverBytes(self) {
  if (self instanceof Uint8Array) return self;
  if (ArrayBuffer.isView(self)) return new Uint8Array(self.buffer, self.byteOffset, self.byteLength);
  const err = new TypeError('argument must be a buffer');
  err.code = 'ERR_INVALID_ARG_TYPE';
  throw err;
}

function stringArgError() {
  const err = new TypeError('argument must be a string');
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

Object.defineProperty(proto, 'parent', {
  get() { return this instanceof Buffer ? this.buffer : undefined; },
  enumerable: true, configurable: true,
});
Object.defineProperty(proto, 'offset', {
  get() { return this instanceof Buffer ? this.byteOffset : undefined; },
  enumerable: true, configurable: true,
});

defineMethod('copy', function copy(target, targetStart, sourceStart, sourceEnd) {
  return copyImpl(this, target, targetStart, sourceStart, sourceEnd);
});

// copy works on bytes of any ArrayBuffer view, as node's does.
function asBytes(view) {
  if (isUint8Array(view)) return view;
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function copyImpl(source, target, targetStart, sourceStart, sourceEnd) {
  if (!ArrayBuffer.isView(source)) throw invalidArgTypeForBuffer('source', source);
  if (!ArrayBuffer.isView(target)) throw invalidArgTypeForBuffer('target', target);
  source = asBytes(source);
  target = asBytes(target);
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = toInteger(targetStart, 0);
    if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > source.byteLength) {
      throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${source.byteLength}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = source.byteLength;
  } else {
    sourceEnd = toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.byteLength || sourceStart >= sourceEnd) return 0;
  if (sourceEnd - sourceStart > target.byteLength - targetStart) {
    sourceEnd = sourceStart + target.byteLength - targetStart;
  }
  let nb = sourceEnd - sourceStart;
  const sourceLen = source.byteLength - sourceStart;
  if (nb > sourceLen) nb = sourceLen;
  if (nb <= 0) return 0;
  if (sourceStart === 0 && nb === source.byteLength) target.set(source, targetStart);
  else target.set(new Uint8Array(source.buffer, source.byteOffset + sourceStart, nb), targetStart);
  return nb;
}

// One byte of latin1, ascii or ASCII utf8 is decoded here: String.fromCharCode
// hands out the engine's cached one-character string (37 ns), where the binding
// makes one to drop it (105 ns). From two bytes on the binding is the faster
// (16 bytes: 60 against 130 ns by String.fromCharCode over an array of codes).
const fromCharCode = String.fromCharCode;

function decodeOneByte(buf, start, id) {
  const c = buf[start];
  if (c < 0x80 || id === enc.LATIN1) return fromCharCode(c);
  if (id === enc.ASCII) return fromCharCode(c & 0x7f);
  return binding.slice(buf, start, start + 1, id);
}

function decodeRange(buf, start, end, id) {
  if (end - start === 1 && id <= enc.ASCII && id !== enc.UCS2) return decodeOneByte(buf, start, id);
  if (id === enc.BASE64 || id === enc.BASE64URL) return base64Slice(buf, start, end, id);
  return binding.slice(buf, start, end, id);
}

// Node's toString and inspect call the receiver's own utf8Slice/hexSlice, so a
// receiver that is not a Uint8Array fails there: the same TypeError here, before
// the binding would read memory that is not there.
function sliceableOrThrow(self, method) {
  if (!(self instanceof Uint8Array)) throw new TypeError(`this.${method} is not a function`);
}

defineMethod('toString', function toString(encoding, start, end) {
  sliceableOrThrow(this, 'utf8Slice');
  if (arguments.length === 0) {
    checkStringLength(this.length, 'utf8');
    return decodeRange(this, 0, this.length, enc.UTF8);
  }
  const len = this.length;
  if (start <= 0) start = 0;
  else if (start >= len) return '';
  else start = Math.trunc(start) || 0;
  if (end === undefined || end > len) end = len;
  else end = Math.trunc(end) || 0;
  if (end <= start) return '';
  let name = 'utf8';
  if (encoding !== undefined) {
    name = lookupEncoding(encoding);
    if (name === undefined) throw new codes.ERR_UNKNOWN_ENCODING(encoding);
  }
  checkStringLength(end - start, name);
  return decodeRange(this, start, end, encodingId(name));
});

const typedArrayByteLength =
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), 'byteLength').get;

defineMethod('equals', function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) throw invalidArgTypeForBuffer('otherBuffer', otherBuffer);
  if (this === otherBuffer) return true;
  const len = typedArrayByteLength.call(this); // a TypeError for a receiver of another kind
  if (len !== otherBuffer.byteLength) return false;
  return len === 0 || binding.compare(this, 0, len, otherBuffer, 0, len) === 0;
});

// Node's inspect output: hex bytes, then any own non-index properties.
function inspectBuffer(recurseTimes, ctx) {
  sliceableOrThrow(this, 'hexSlice');
  const max = INSPECT_MAX_BYTES;
  const actualMax = Math.min(max, this.length);
  const remaining = this.length - max;
  let str = binding.slice(this, 0, actualMax, encodingId('hex')).replace(/(.{2})/g, '$1 ').trim();
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  if (ctx) {
    const obj = { __proto__: null };
    let extras = false;
    for (const key of Reflect.ownKeys(this)) {
      if (typeof key === 'string' && /^(0|[1-9][0-9]*)$/.test(key)) continue;
      if (!ctx.showHidden && !Object.prototype.propertyIsEnumerable.call(this, key)) continue;
      extras = true;
      obj[key] = this[key];
    }
    if (extras) {
      const { inspect } = require('internal/util/inspect');
      if (this.length !== 0) str += ', ';
      str += inspect(obj, { ...ctx, breakLength: Infinity, compact: true }).slice(27, -2);
    }
  }
  return `<${this.constructor.name} ${str}>`;
}
defineMethod(customInspectSymbol, inspectBuffer);
defineMethod('inspect', inspectBuffer);

defineMethod('compare', function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw invalidArgTypeForBuffer('target', target);
  receiverBytes(this);
  if (arguments.length === 1) return binding.compare(this, 0, this.length, target, 0, target.length);
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
  if (targetStart >= targetEnd) return 1;
  targetStart = Math.min(targetStart, target.length);
  sourceStart = Math.min(sourceStart, this.length);
  return binding.compare(this, sourceStart, sourceEnd, target, targetStart, targetEnd);
});

// Where a search may start, node's rules for negative and out-of-range offsets;
// -1 means no match is possible.
function searchStart(length, offset, needleLength, forward) {
  if (offset < 0) {
    if (offset + length >= 0) return length + offset;
    return forward || needleLength === 0 ? 0 : -1;
  }
  if (offset + needleLength <= length) return offset;
  if (needleLength === 0) return length;
  return forward ? -1 : length - 1;
}

function indexOfBytes(buffer, needle, byteOffset, forward, step) {
  const start = searchStart(buffer.length, byteOffset, needle.length, forward);
  if (needle.length === 0) return start;
  // UTF-16 searches compare whole units.
  if (step === 2 && (buffer.length < 2 || needle.length < 2)) return -1;
  if (buffer.length === 0 || start <= -1) return -1;
  if (needle.length > buffer.length || (forward && needle.length + start > buffer.length)) return -1;
  return binding.indexOf(buffer, needle, step === 2 ? start & ~1 : start, forward, step);
}

function bidirectionalIndexOf(buffer, val, byteOffset, encoding, forward) {
  validateBuffer(buffer);
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = forward ? 0 : buffer.length;
  byteOffset = Math.trunc(byteOffset);
  if (typeof val === 'number') {
    const start = searchStart(buffer.length, byteOffset, 1, forward);
    if (start <= -1 || buffer.length === 0) return -1;
    return binding.indexOfByte(buffer, (val >>> 0) & 255, start, forward);
  }
  const name = encoding === undefined ? 'utf8' : lookupEncoding(encoding);
  if (typeof val === 'string') {
    if (name === undefined) throw new codes.ERR_UNKNOWN_ENCODING(encoding);
    const needle = fromString(val, name);
    return indexOfBytes(buffer, needle, byteOffset, forward, name === 'utf16le' ? 2 : 1);
  }
  if (isUint8Array(val)) {
    return indexOfBytes(buffer, val, byteOffset, forward, name === 'utf16le' ? 2 : 1);
  }
  throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
}

defineMethod('indexOf', function indexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
});
defineMethod('lastIndexOf', function lastIndexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
});
defineMethod('includes', function includes(val, byteOffset, encoding) {
  return this.indexOf(val, byteOffset, encoding) !== -1;
});

function fillImpl(buf, value, offset, end, encoding) {
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    const name = normalizeEncoding(encoding);
    if (name === undefined) {
      validateString(encoding, 'encoding');
      throw new codes.ERR_UNKNOWN_ENCODING(encoding);
    }
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      const code = value.charCodeAt(0);
      if ((name === 'utf8' && code < 128) || name === 'latin1') value = code;
    }
  } else {
    encoding = undefined;
  }
  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }
  if (typeof value === 'number') {
    if (end - offset + offset > buf.byteLength) throw new codes.ERR_BUFFER_OUT_OF_BOUNDS();
    Uint8Array.prototype.fill.call(buf, value, offset, end);
    return buf;
  }
  let bytes;
  if (typeof value === 'string') bytes = fromString(value, encoding);
  else if (ArrayBuffer.isView(value)) bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  else if (typeof value === 'boolean') bytes = [value & 255];
  else bytes = [(Number(value) >>> 0) & 255];
  if (bytes.length === 0) throw new ERR_INVALID_ARG_VALUE('value', value);
  if (Array.isArray(bytes)) {
    Uint8Array.prototype.fill.call(buf, bytes[0], offset, end);
  } else {
    // The binding writes the receiver's memory: a view, and the range inside it.
    const target = receiverBytes(buf);
    if (!(end <= target.length)) throw new codes.ERR_BUFFER_OUT_OF_BOUNDS();
    binding.fill(target, bytes, offset, end);
  }
  return buf;
}

defineMethod('fill', function fill(value, offset, end, encoding) {
  return fillImpl(this, value, offset, end, encoding);
});

defineMethod('write', function write(string, offset, length, encoding) {
  if (typeof string !== 'string') throw stringArgError();
  sliceableOrThrow(this, 'utf8Write');
  if (offset === undefined) return binding.write(this, string, 0, this.length, 1);
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  const name = !encoding || encoding === 'utf8' ? 'utf8' : encodingOrThrow(encoding);
  return writeString(this, string, offset, length, encodingId(name));
});

defineMethod('toJSON', function toJSON() {
  if (this.length > 0) {
    const data = new Array(this.length);
    for (let i = 0; i < this.length; i++) data[i] = this[i];
    return { type: 'Buffer', data };
  }
  return { type: 'Buffer', data: [] };
});

function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0 || Number.isNaN(offset)) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  return offset < length ? offset : length;
}

defineMethod('subarray', function subarray(start, end) {
  const srcLength = this.length;
  start = adjustOffset(start, srcLength);
  end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
  const newLength = end > start ? end - start : 0;
  return new FastBuffer(this.buffer, this.byteOffset + start, newLength);
});

defineMethod('slice', function slice(start, end) {
  return this.subarray(start, end);
});

function swapMethod(width, bits) {
  return function() {
    const len = this.length;
    if (len % width !== 0) throw new codes.ERR_INVALID_BUFFER_SIZE(`${bits}-bits`);
    if (len < 128) {
      for (let i = 0; i < len; i += width) {
        for (let a = i, b = i + width - 1; a < b; a++, b--) {
          const t = this[a];
          this[a] = this[b];
          this[b] = t;
        }
      }
      return this;
    }
    binding.swap(this, width);
    return this;
  };
}
defineMethod('swap16', swapMethod(2, 16));
defineMethod('swap32', swapMethod(4, 32));
defineMethod('swap64', swapMethod(8, 64));
Object.defineProperty(proto.swap16, 'name', { value: 'swap16' });
Object.defineProperty(proto.swap32, 'name', { value: 'swap32' });
Object.defineProperty(proto.swap64, 'name', { value: 'swap64' });

defineMethod('toLocaleString', proto.toString);

// --- module functions ------------------------------------------------------------

function SlowBuffer(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return createUnsafeBuffer(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

function isUtf8(input) {
  if (isTypedArray(input) || isAnyArrayBuffer(input) || input instanceof DataView) {
    return binding.isUtf8(bytesOf(input));
  }
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function isAscii(input) {
  if (isTypedArray(input) || isAnyArrayBuffer(input) || input instanceof DataView) {
    return binding.isAscii(bytesOf(input));
  }
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

// The bytes isUtf8/isAscii look at. A detached ArrayBuffer is refused, as node's
// binding does; a view of one is just empty.
function bytesOf(input) {
  if (isAnyArrayBuffer(input)) {
    if (input.detached === true) {
      const err = new Error('Cannot validate on a detached buffer');
      err.code = 'ERR_INVALID_STATE';
      throw err;
    }
    return new Uint8Array(input);
  }
  if (input.byteLength === 0) return new Uint8Array(0);
  return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
}

const transcodable = new Set(['ascii', 'latin1', 'utf16le', 'utf8']);

// transcode(source, from, to): the encodings node's ICU converter offers here.
// Characters a target cannot hold become '?' as ICU substitutes them.
function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) throw invalidArgTypeForBuffer('source', source);
  if (source.length === 0) return new FastBuffer();
  const from = normalizeEncoding(fromEncoding);
  const to = normalizeEncoding(toEncoding);
  if (!transcodable.has(from) || !transcodable.has(to)) {
    const err = new Error(`Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]`);
    err.code = 'U_ILLEGAL_ARGUMENT_ERROR';
    err.errno = 1;
    throw err;
  }
  let text = binding.slice(source, 0, source.length - (from === 'utf16le' ? source.length & 1 : 0),
    encodingId(from));
  if (to === 'ascii') text = text.replace(/[^\x00-\x7f]/gu, '?');
  else if (to === 'latin1') text = text.replace(/[^\x00-\xff]/gu, '?');
  return fromString(text, to);
}

function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  for (let i = 0; i < input.length; i++) {
    if (input.charCodeAt(i) > 0xff) throw invalidCharacterError();
  }
  const bytes = fromString(input, 'latin1');
  return base64Slice(bytes, 0, bytes.length, enc.BASE64);
}

// node's DOMException when internal/dom_exception is built in, else an Error with
// the same name, message and legacy code.
function invalidCharacterError(message = 'Invalid character') {
  if (internalBinding('builtins').ids.includes('internal/dom_exception')) {
    const { DOMException } = require('internal/dom_exception');
    return new DOMException(message, 'InvalidCharacterError');
  }
  const err = new Error(message);
  err.name = 'InvalidCharacterError';
  Object.defineProperty(err, 'code', { value: 5, enumerable: false, configurable: true, writable: true });
  return err;
}

// atob follows the WHATWG forgiving-base64 decode: ASCII whitespace is dropped,
// padding must be right, anything else outside the alphabet is an error.
function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  let n = 0;
  let equals = 0;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d) continue;
    if (c === 0x3d) {
      equals++;
      n++;
      continue;
    }
    const ok = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ||
      (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2f;
    if (!ok || equals > 0) throw invalidCharacterError();
    n++;
  }
  if (equals > 2) throw invalidCharacterError();
  if (equals > 0 && n % 4 !== 0) throw invalidCharacterError();
  if (n % 4 === 1) throw invalidCharacterError('The string to be decoded is not correctly encoded.');
  return fromString(input, 'base64').latin1Slice();
}

let blobModule;
function lazyBlob() {
  blobModule ??= require('internal/blob');
  return blobModule;
}

module.exports = {
  Buffer,
  SlowBuffer: undefined, // made on first read, below (keeps node's key order)
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants,
};

// node's constants cannot be replaced or redefined.
Object.defineProperty(module.exports, 'constants', { writable: false, configurable: false });
Object.defineProperty(module.exports, 'INSPECT_MAX_BYTES', {
  get() { return INSPECT_MAX_BYTES; },
  set(val) {
    validateNumber(val, 'INSPECT_MAX_BYTES', 0);
    INSPECT_MAX_BYTES = val;
  },
  enumerable: true, configurable: true,
});
// The deprecated SlowBuffer wrapper comes with internal/util, on first read.
defineLazyProperty(module.exports, 'SlowBuffer', () => require('internal/util').deprecate(SlowBuffer,
  'SlowBuffer() is deprecated. Please use Buffer.allocUnsafeSlow()', 'DEP0030'));
defineLazyProperty(module.exports, 'Blob', () => lazyBlob().Blob);
defineLazyProperty(module.exports, 'resolveObjectURL', () => lazyBlob().resolveObjectURL);
defineLazyProperty(module.exports, 'File', () => lazyBlob().File);
