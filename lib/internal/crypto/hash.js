'use strict';
// Hash and Hmac: incremental digests on internalBinding('crypto'), usable through
// update()/digest() or as Transform streams; crypto.hash() one-shots.

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const { types: { isAnyArrayBuffer } } = require('internal/util/types');
const LazyTransform = require('internal/streams/lazy_transform');
const {
  codes: {
    ERR_CRYPTO_HASH_FINALIZED, ERR_CRYPTO_HASH_UPDATE_FAILED, ERR_CRYPTO_INVALID_DIGEST,
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const { validateString, validateObject, validateUint32, validateEncoding } = require('internal/crypto/util');

const kHandle = Symbol('kHandle');
const kState = Symbol('kState');

// Data for update(): strings in utf8 go to C as they are; other encodings and
// views become bytes.
function toData(data, encoding, name = 'data') {
  if (typeof data === 'string') {
    if (encoding === undefined || encoding === 'utf8' || encoding === 'utf-8' || encoding === 'buffer') {
      return data;
    }
    return Buffer.from(data, encoding);
  }
  if (ArrayBuffer.isView(data)) return data;
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

function encodeDigest(bytes, encoding) {
  // node turns a non-string encoding into a string (which may throw) first.
  if (encoding !== undefined && typeof encoding !== 'string') encoding = `${encoding}`;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (encoding === undefined || encoding === 'buffer' || !Buffer.isEncoding(encoding)) return buf;
  return buf.toString(encoding);
}

function Hash(algorithm, options) {
  if (!new.target) return new Hash(algorithm, options);
  let handle;
  if (algorithm instanceof Hash) {
    const xof = options?.outputLength;
    if (xof !== undefined) validateUint32(xof, 'options.outputLength');
    handle = binding.hashCopy(algorithm[kHandle], xof);
  } else {
    validateString(algorithm, 'algorithm');
    let xofLen;
    if (options != null) {
      validateObject(options, 'options');
      if (options.outputLength !== undefined) {
        validateUint32(options.outputLength, 'options.outputLength');
        xofLen = options.outputLength;
      }
    }
    handle = binding.hashCreate(algorithm, xofLen);
    if (handle === null) {
      const err = new Error('Digest method not supported');
      throw err;
    }
  }
  this[kHandle] = handle;
  this[kState] = { finalized: false, empty: options?.outputLength === 0 };
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hash, LazyTransform);

Hash.prototype.copy = function copy(options) {
  if (this[kState].finalized) throw new ERR_CRYPTO_HASH_FINALIZED();
  return new Hash(this, options);
};

Hash.prototype._transform = function _transform(chunk, encoding, callback) {
  binding.digestUpdate(this[kHandle], toData(chunk, encoding));
  callback();
};

// The stream's digest is kept: digest() called afterwards returns it once more, as
// in node, where the native handle caches it.
Hash.prototype._flush = function _flush(callback) {
  const state = this[kState];
  state.flushed ??= binding.digestFinal(this[kHandle]);
  this.push(Buffer.from(state.flushed));
  callback();
};

Hash.prototype.update = function update(data, encoding) {
  if (this[kState].finalized) throw new ERR_CRYPTO_HASH_FINALIZED();
  if (!binding.digestUpdate(this[kHandle], toData(data, encoding))) {
    throw new ERR_CRYPTO_HASH_UPDATE_FAILED();
  }
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  if (state.finalized) throw new ERR_CRYPTO_HASH_FINALIZED();
  state.finalized = true;
  if (state.empty) return encodeDigest(new Uint8Array(0), outputEncoding);
  return encodeDigest(state.flushed ?? binding.digestFinal(this[kHandle]), outputEncoding);
};

function prepareKey(key) {
  if (typeof key === 'string') return key;
  if (ArrayBuffer.isView(key)) return key;
  if (isAnyArrayBuffer(key)) return new Uint8Array(key);
  if (key !== null && typeof key === 'object') {
    return require('internal/crypto/keys').prepareSecretKey(key);
  }
  throw new ERR_INVALID_ARG_TYPE('key',
    ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'], key);
}

function Hmac(hmac, key, options) {
  if (!new.target) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  const handle = binding.hmacCreate(hmac, prepareKey(key));
  if (handle === null) throw new ERR_CRYPTO_INVALID_DIGEST(hmac);
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
  return encodeDigest(binding.digestFinal(this[kHandle]), outputEncoding);
};

// hash(algorithm, input[, outputEncoding | { outputEncoding, outputLength }]).
function hash(algorithm, input, options = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !ArrayBuffer.isView(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  let outputEncoding = options;
  let outputLength;
  if (options !== null && typeof options === 'object') {
    ({ outputEncoding = 'hex', outputLength } = options);
    if (outputLength !== undefined) validateUint32(outputLength, 'outputLength');
  }
  if (outputEncoding !== 'buffer') validateEncoding(outputEncoding, 'outputEncoding');
  if (outputLength !== undefined) {
    const h = new Hash(algorithm);
    const size = h.digest().length;
    if (!/^shake(128|256)$/i.test(algorithm)) {
      if (outputLength !== size) {
        throw new Error(`Output length ${outputLength} is invalid for ${algorithm}, which does not support XOF`);
      }
    } else {
      if (outputLength === 0) return encodeDigest(new Uint8Array(0), outputEncoding);
      return encodeDigest(new Hash(algorithm, { outputLength }).update(input).digest(), outputEncoding);
    }
  }
  const bytes = binding.hashOneShot(algorithm, input);
  if (bytes === null) throw new Error(`Digest method ${algorithm} is not supported`);
  return encodeDigest(bytes, outputEncoding);
}

void ERR_INVALID_ARG_VALUE;
module.exports = { Hash, Hmac, hash };
