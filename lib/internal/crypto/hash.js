'use strict';
// Hash and Hmac: incremental digests on internalBinding('crypto'), usable through
// update()/digest() or as Transform streams; crypto.hash() one-shots.

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const { isAnyArrayBuffer } = require('internal/buffer');
const { LazyTransform } = require('internal/streams/lazy_transform');
const { codes } = require('internal/errors');
const { validateString, validateUint32, validateEncoding } = require('internal/crypto/util');

const kHandle = Symbol('kHandle');
const kState = Symbol('kState');
const kSlot = Symbol('kSlot');

// The digest cache slots (binding.digestIndex) of the names createHash has seen: a
// known name costs no conversion or lookup in C, and the C digest state is made by
// the first update() (hashStart), so createHash(a).update(d).digest() crosses into C
// twice. -1: OpenSSL does not know the name; -2: known, but not cached in C.
const slots = new Map();
function digestSlot(name) {
  let slot = slots.get(name);
  if (slot === undefined) {
    slot = binding.digestIndex(name);
    if (slot >= 0) slots.set(name, slot);
  }
  return slot;
}

const kEmpty = new Uint8Array(0);

// The C state of a Hash, made now if no update() made it yet.
function handleOf(hash) {
  const handle = hash[kHandle];
  if (handle !== null) return handle;
  return (hash[kHandle] = binding.hashStart(hash[kSlot], kEmpty));
}

// Data for update(): strings in utf8 go to C as they are; other encodings and
// views become bytes.
function toData(data, encoding, name = 'data') {
  if (typeof data === 'string') {
    if (encoding === undefined || encoding === 'utf8' || encoding === 'utf-8' || encoding === 'buffer') {
      return data;
    }
    // node refuses hex of odd length here (Buffer.from would drop the last digit).
    if (encoding === 'hex' && data.length % 2 !== 0) {
      throw new codes.ERR_INVALID_ARG_VALUE('encoding', encoding, `is invalid for data of length ${data.length}`);
    }
    return Buffer.from(data, encoding);
  }
  if (ArrayBuffer.isView(data)) return data;
  throw new codes.ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

// bytes is a Uint8Array nobody else holds (fresh from C): it becomes the Buffer
// itself, as cheap as a Buffer made in C (a FastBuffer made over bytes.buffer costs
// more than the digest of a short input).
function encodeDigest(bytes, encoding) {
  // node turns a non-string encoding into a string (which may throw) first.
  if (encoding !== undefined && typeof encoding !== 'string') encoding = `${encoding}`;
  const buf = Object.setPrototypeOf(bytes, Buffer.prototype);
  if (encoding === undefined || encoding === 'buffer' || !Buffer.isEncoding(encoding)) return buf;
  return buf.toString(encoding);
}

function Hash(algorithm, options) {
  if (!new.target) return new Hash(algorithm, options);
  let handle;
  if (algorithm instanceof Hash) {
    const xof = options?.outputLength;
    if (xof !== undefined) validateUint32(xof, 'options.outputLength');
    handle = binding.hashCopy(handleOf(algorithm), xof);
  } else {
    validateString(algorithm, 'algorithm');
    // Options that are not an object are ignored, as node does (ssri passes
    // createHash to Array.prototype.map, so the options are an index).
    const xofLen = typeof options === 'object' && options !== null ? options.outputLength : undefined;
    if (xofLen !== undefined) validateUint32(xofLen, 'options.outputLength');
    if (xofLen === undefined) warnShakeDefault(algorithm);
    // A fixed output length is checked against the digest by OpenSSL, now.
    const slot = xofLen === undefined ? digestSlot(algorithm) : -2;
    if (slot === -1) throw new Error('Digest method not supported');
    if (slot >= 0) {
      handle = null;
      this[kSlot] = slot;
    } else {
      handle = binding.hashCreate(algorithm, xofLen);
      if (handle === null) throw new Error('Digest method not supported');
    }
  }
  this[kHandle] = handle;
  this[kState] = { finalized: false, empty: typeof options === 'object' && options?.outputLength === 0 };
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hash, LazyTransform);

Hash.prototype.copy = function copy(options) {
  if (this[kState].finalized) throw new codes.ERR_CRYPTO_HASH_FINALIZED();
  return new Hash(this, options);
};

Hash.prototype._transform = function _transform(chunk, encoding, callback) {
  binding.digestUpdate(handleOf(this), toData(chunk, encoding));
  callback();
};

// The stream's digest is kept: digest() called afterwards returns it once more, as
// in node, where the native handle caches it.
Hash.prototype._flush = function _flush(callback) {
  const state = this[kState];
  state.flushed ??= binding.digestFinal(handleOf(this));
  this.push(Buffer.from(state.flushed));
  callback();
};

Hash.prototype.update = function update(data, encoding) {
  if (this[kState].finalized) throw new codes.ERR_CRYPTO_HASH_FINALIZED();
  data = toData(data, encoding);
  const handle = this[kHandle];
  if (handle === null) {
    const started = binding.hashStart(this[kSlot], data);
    if (started === null) throw new codes.ERR_CRYPTO_HASH_UPDATE_FAILED();
    this[kHandle] = started;
  } else if (!binding.digestUpdate(handle, data)) {
    throw new codes.ERR_CRYPTO_HASH_UPDATE_FAILED();
  }
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  if (state.finalized) throw new codes.ERR_CRYPTO_HASH_FINALIZED();
  state.finalized = true;
  if (state.empty) return encodeDigest(new Uint8Array(0), outputEncoding);
  if (state.flushed) return encodeDigest(new Uint8Array(state.flushed), outputEncoding);
  // hex is made in C, as a string, with no Buffer in between (any second argument).
  if (outputEncoding === 'hex') return binding.digestFinal(handleOf(this), true);
  return encodeDigest(binding.digestFinal(handleOf(this)), outputEncoding);
};

function prepareKey(key) {
  if (typeof key === 'string') return key;
  if (ArrayBuffer.isView(key)) return key;
  if (isAnyArrayBuffer(key)) return new Uint8Array(key);
  if (key !== null && typeof key === 'object') {
    return require('internal/crypto/keys').prepareSecretKey(key);
  }
  throw new codes.ERR_INVALID_ARG_TYPE('key',
    ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'], key);
}

function Hmac(hmac, key, options) {
  if (!new.target) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  const handle = binding.hmacCreate(hmac, prepareKey(key));
  if (handle === null) throw new codes.ERR_CRYPTO_INVALID_DIGEST(hmac);
  this[kHandle] = handle;
  this[kState] = { finalized: false };
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hmac.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hmac, LazyTransform);

Hmac.prototype.update = Hash.prototype.update;
Hmac.prototype._transform = Hash.prototype._transform;
Hmac.prototype._flush = function _flush(callback) {
  this.push(this.digest());
  callback();
};
// Unlike a Hash, an Hmac digested twice returns an empty result, as in node.
Hmac.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  if (state.finalized) return encodeDigest(new Uint8Array(0), outputEncoding);
  state.finalized = true;
  if (outputEncoding === 'hex') return binding.digestFinal(this[kHandle], true);
  return encodeDigest(binding.digestFinal(this[kHandle]), outputEncoding);
};

const kShake = /^shake(128|256)$/i;
let warnedShake = false;
// DEP0198 (pending): SHAKE's default output length is going away.
function warnShakeDefault(algorithm) {
  if (warnedShake || !kShake.test(algorithm) || !require('internal/options').pendingDeprecation) return;
  warnedShake = true;
  process.emitWarning('Creating SHAKE128/256 digests without an explicit options.outputLength is deprecated.',
    'DeprecationWarning', 'DEP0198');
}

// hash(algorithm, input[, outputEncoding | { outputEncoding, outputLength }]).
function hash(algorithm, input, options = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !ArrayBuffer.isView(input)) {
    throw new codes.ERR_INVALID_ARG_TYPE('input', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  let outputEncoding = options;
  let outputLength;
  if (typeof options !== 'string') {
    require('internal/validators').validateObject(options, 'options');
    ({ outputEncoding = 'hex', outputLength } = options);
    if (outputLength !== undefined) validateUint32(outputLength, 'outputLength');
  }
  if (outputEncoding !== 'buffer') validateEncoding(outputEncoding, 'outputEncoding');
  if (outputLength === undefined) warnShakeDefault(algorithm);
  else {
    if (!kShake.test(algorithm)) {
      if (outputLength !== new Hash(algorithm).digest().length) {
        throw new Error(`Output length ${outputLength} is invalid for ${algorithm}, which does not support XOF`);
      }
    } else {
      if (outputLength === 0) return encodeDigest(new Uint8Array(0), outputEncoding);
      return encodeDigest(new Hash(algorithm, { outputLength }).update(input).digest(), outputEncoding);
    }
  }
  const slot = digestSlot(algorithm);
  const hex = outputEncoding === 'hex';
  const which = slot >= 0 ? slot : algorithm;
  let bytes = null;
  if (slot !== -1) bytes = hex ? binding.hashOneShot(which, input, true) : binding.hashOneShot(which, input);
  if (bytes === null) throw new Error(`Digest method ${algorithm} is not supported`);
  return hex ? bytes : encodeDigest(bytes, outputEncoding);
}

module.exports = { Hash, Hmac, hash };
