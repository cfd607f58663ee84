'use strict';
// Random bytes, ints and UUIDs from OpenSSL's CSPRNG; the async forms run on
// libuv's thread pool as in node.

const { bindAsyncContext } = require('internal/crypto/util');
const { initRequest, runRequestCallback, state: asyncState } = require('internal/async_hooks');
const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const { codes } = require('internal/errors');
const { validateFunction, validateInteger, validateNumber, validateBoolean, validateObject } =
  require('internal/validators');

const kMaxLength = 2 ** 31 - 1;
const kMaxPossibleLength = Math.min(kMaxLength, 2 ** 31 - 1);

function assertSize(size, elementSize, offset, length) {
  validateNumber(size, 'size');
  size *= elementSize;
  if (Number.isNaN(size) || size > kMaxPossibleLength || size < 0) {
    throw new codes.ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxPossibleLength}`, size);
  }
  if (size + offset > length) {
    throw new codes.ERR_OUT_OF_RANGE('size + offset', `<= ${length}`, size + offset);
  }
  return size >>> 0;
}

function assertOffset(offset, elementSize, length) {
  validateNumber(offset, 'offset');
  offset *= elementSize;
  const maxLength = Math.min(length, kMaxPossibleLength);
  if (Number.isNaN(offset) || offset > maxLength || offset < 0) {
    throw new codes.ERR_OUT_OF_RANGE('offset', `>= 0 && <= ${maxLength}`, offset);
  }
  return offset >>> 0;
}

function fillOrThrow(view, offset, size) {
  if (!binding.randomFillSync(view, offset, size)) throw new codes.ERR_OPERATION_FAILED('random bytes');
}

function randomBytes(size, callback) {
  validateNumber(size, 'size', 0, kMaxLength);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const buf = Buffer.alloc(size);
  if (callback === undefined) {
    fillOrThrow(buf, 0, size);
    return buf;
  }
  callback = bindAsyncContext(callback);
  const req = asyncState.hooks.length === 0 ? undefined : new RandomBytesRequest();
  binding.randomFill(buf, 0, size, (ok) => {
    if (req === undefined) finishRandomBytes(ok, buf, callback);
    else runRequestCallback(req, (result) => finishRandomBytes(result, buf, callback), ok);
  });
}

function finishRandomBytes(ok, buf, callback) {
  if (ok) callback(null, buf);
  else callback(new codes.ERR_OPERATION_FAILED('random bytes'));
}

// randomBytes() as node's RANDOMBYTESREQUEST resource while an async hook is enabled.
class RandomBytesRequest {
  constructor() {
    initRequest(this, 'RANDOMBYTESREQUEST');
  }
}

function viewBytes(buf) {
  if (ArrayBuffer.isView(buf)) {
    return { view: buf, length: buf.byteLength, elementSize: buf.BYTES_PER_ELEMENT ?? 1 };
  }
  if (buf instanceof ArrayBuffer || Object.prototype.toString.call(buf) === '[object SharedArrayBuffer]') {
    return { view: new Uint8Array(buf), length: buf.byteLength, elementSize: 1 };
  }
  throw new codes.ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
}

function randomFillSync(buf, offset = 0, size) {
  const { view, length, elementSize } = viewBytes(buf);
  const es = ArrayBuffer.isView(buf) && !(buf instanceof DataView) ? elementSize : 1;
  offset = assertOffset(offset, es, length);
  size = size === undefined ? length - offset : assertSize(size, es, offset, length);
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  if (size > 0) fillOrThrow(bytes, offset, size);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  const { view, length, elementSize } = viewBytes(buf);
  const es = ArrayBuffer.isView(buf) && !(buf instanceof DataView) ? elementSize : 1;
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = length;
  } else if (typeof size === 'function') {
    callback = size;
    offset = assertOffset(offset, es, length);
    size = length - offset;
  } else {
    validateFunction(callback, 'callback');
    offset = assertOffset(offset, es, length);
    size = assertSize(size, es, offset, length);
  }
  validateFunction(callback, 'callback');
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  callback = bindAsyncContext(callback);
  binding.randomFill(bytes, offset, size, (ok) => {
    if (ok) callback(null, buf);
    else callback(new codes.ERR_OPERATION_FAILED('random bytes'));
  });
}

// Largest integer range randomInt supports (2^48 - 1), as in node.
const RAND_MAX = 0xFFFFFFFFFFFF;
const randomCache = new Uint8Array(6 * 1024);
let randomCacheOffset = randomCache.length;

function randomInt(min, max, callback) {
  const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  const isSync = typeof callback === 'undefined';
  if (!isSync) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw new codes.ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw new codes.ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  if (max <= min) {
    throw new codes.ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
  }
  const range = max - min;
  if (!(range <= RAND_MAX)) {
    throw new codes.ERR_OUT_OF_RANGE(`max${minNotSpecified ? '' : ' - min'}`, `<= ${RAND_MAX}`, range);
  }
  // Rejection sampling keeps every value in the range equally likely.
  const randLimit = RAND_MAX - (RAND_MAX % range);
  for (;;) {
    if (randomCacheOffset === randomCache.length) {
      fillOrThrow(randomCache, 0, randomCache.length);
      randomCacheOffset = 0;
    }
    const c = randomCache;
    const o = randomCacheOffset;
    const x = c[o] * 2 ** 40 + c[o + 1] * 2 ** 32 + c[o + 2] * 2 ** 24 + c[o + 3] * 2 ** 16 +
      c[o + 4] * 2 ** 8 + c[o + 5];
    randomCacheOffset += 6;
    if (x < randLimit) {
      const n = (x % range) + min;
      if (isSync) return n;
      process.nextTick(callback, undefined, n);
      return;
    }
  }
}

const hex = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const uuidBytes = new Uint8Array(16 * 128);
let uuidOffset = uuidBytes.length;

function randomUUID(options) {
  if (options !== undefined) validateObject(options, 'options');
  const disableEntropyCache = options?.disableEntropyCache ?? false;
  validateBoolean(disableEntropyCache, 'options.disableEntropyCache');
  let b;
  let o;
  if (disableEntropyCache) {
    b = new Uint8Array(16);
    fillOrThrow(b, 0, 16);
    o = 0;
  } else {
    if (uuidOffset === uuidBytes.length) {
      fillOrThrow(uuidBytes, 0, uuidBytes.length);
      uuidOffset = 0;
    }
    b = uuidBytes;
    o = uuidOffset;
    uuidOffset += 16;
  }
  b[o + 6] = (b[o + 6] & 0x0f) | 0x40;
  b[o + 8] = (b[o + 8] & 0x3f) | 0x80;
  return `${hex[b[o]]}${hex[b[o + 1]]}${hex[b[o + 2]]}${hex[b[o + 3]]}-${hex[b[o + 4]]}${hex[b[o + 5]]}-` +
    `${hex[b[o + 6]]}${hex[b[o + 7]]}-${hex[b[o + 8]]}${hex[b[o + 9]]}-${hex[b[o + 10]]}${hex[b[o + 11]]}` +
    `${hex[b[o + 12]]}${hex[b[o + 13]]}${hex[b[o + 14]]}${hex[b[o + 15]]}`;
}

// WebCrypto's getRandomValues: integer typed arrays up to 65536 bytes.
function getRandomValues(data) {
  const tag = Object.prototype.toString.call(data);
  if (!ArrayBuffer.isView(data) || tag === '[object Float32Array]' || tag === '[object Float64Array]' ||
      tag === '[object Float16Array]' || tag === '[object DataView]') {
    const { DOMException } = require('internal/dom_exception');
    throw new DOMException(
      "The data argument must be an integer-type TypedArray", 'TypeMismatchError');
  }
  if (data.byteLength > 65536) {
    const { DOMException } = require('internal/dom_exception');
    throw new DOMException(
      `The ArrayBufferView's byte length (${data.byteLength}) exceeds the number of bytes of entropy available via this API (65536)`,
      'QuotaExceededError');
  }
  fillOrThrow(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), 0, data.byteLength);
  return data;
}

void validateInteger;
module.exports = { getRandomValues, randomBytes, randomFill, randomFillSync, randomInt, randomUUID };
