'use strict';
// Cipheriv and Decipheriv: symmetric encryption on internalBinding('crypto'), usable
// through update()/final() or as Transform streams. This file keeps the state
// machine (which call is legal when) and node's errors; C drives OpenSSL.

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const { isAnyArrayBuffer } = require('internal/buffer');
const { LazyTransform } = require('internal/streams/lazy_transform');
const { codes } = require('internal/errors');
const { validateString, validateObject, validateInt32, validateUint32 } = require('internal/validators');
const { prepareSecretKey } = require('internal/crypto/keys');

const kHandle = Symbol('kHandle');
const kState = Symbol('kState');

const kUnsupported = 'Trying to add data in unsupported state';

function toBytes(value, name, encoding, types) {
  if (typeof value === 'string') return Buffer.from(value, encoding);
  if (ArrayBuffer.isView(value)) return value;
  if (isAnyArrayBuffer(value)) return new Uint8Array(value);
  throw new codes.ERR_INVALID_ARG_TYPE(name, types, value);
}

function prepareIv(iv) {
  if (iv === null) return null;
  return toBytes(iv, 'iv', 'utf8', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView']);
}

// bytes is a fresh view from C: it becomes the Buffer itself (cheaper than a
// FastBuffer made over bytes.buffer).
function outputBytes(self, bytes, encoding) {
  const buf = Object.setPrototypeOf(bytes, Buffer.prototype);
  if (encoding === undefined || encoding === 'buffer') return buf;
  // One decoder per cipher: its encoding is fixed by the first call that asks for
  // a string (node reports a change as an internal assertion).
  if (self._decoder === null) {
    const { StringDecoder } = require('string_decoder');
    self._decoder = new StringDecoder(encoding);
  } else {
    const { normalizeEncoding } = require('internal/buffer/encodings');
    const normalized = normalizeEncoding(encoding);
    if (normalized === undefined) {
      throw new codes.ERR_UNKNOWN_ENCODING(encoding);
    }
    if (self._decoder.encoding !== normalized) {
      throw new codes.ERR_INTERNAL_ASSERTION('Cannot change encoding');
    }
  }
  return self._decoder.write(buf);
}

function CipherBase(cipher, key, iv, options, encrypt) {
  validateString(cipher, 'cipher');
  const keyBytes = prepareSecretKey(key, 'utf8');
  const ivBytes = prepareIv(iv);
  let tagLength = -1;
  // Options that are not an object are ignored, as node does.
  if (options !== null && typeof options === 'object') {
    const { authTagLength } = options;
    if (authTagLength !== undefined) {
      // node reports any bad value (wrong type, fraction, negative, > 2**31-1) alike.
      if (!Number.isInteger(authTagLength) || authTagLength < 0 || authTagLength > 2 ** 31 - 1) {
        throw new codes.ERR_INVALID_ARG_VALUE('options.authTagLength', authTagLength);
      }
      tagLength = authTagLength;
    }
  }
  const handle = binding.cipherCreate(cipher, keyBytes, ivBytes, encrypt, tagLength);
  if (typeof handle === 'number') {
    switch (handle) {
      case -1: throw new codes.ERR_CRYPTO_UNKNOWN_CIPHER();
      case -2: throw new codes.ERR_CRYPTO_INVALID_KEYLEN();
      case -3: throw new codes.ERR_CRYPTO_INVALID_IV();
      case -4: throw new codes.ERR_CRYPTO_INVALID_AUTH_TAG(tagLength);
      default: {
        const err = new codes.ERR_CRYPTO_INVALID_AUTH_TAG();
        err.message = `authTagLength required for ${cipher}`;
        throw err;
      }
    }
  }
  this[kHandle] = handle;
  const info = binding.cipherModeInfo(handle);
  this[kState] = {
    encrypt, finalized: false, aead: info.aead, tagLength: tagLength >= 0 ? tagLength : -1,
    tagSet: false, updated: false, aadSet: false,
    // CCM counts the message in 15 - ivLength bytes.
    ccmMaxLength: info.aead === 'ccm' ? 2 ** (8 * Math.min(15 - ivBytes.byteLength, 6)) - 1 : Infinity,
  };
  this._decoder = null;
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(CipherBase.prototype, LazyTransform.prototype);

CipherBase.prototype._transform = function _transform(chunk, encoding, callback) {
  this.push(this.update(chunk, encoding));
  callback();
};

CipherBase.prototype._flush = function _flush(callback) {
  try {
    this.push(this.final());
  } catch (err) {
    callback(err);
    return;
  }
  callback();
};

CipherBase.prototype.update = function update(data, inputEncoding, outputEncoding) {
  if (typeof data === 'string') {
    data = Buffer.from(data, inputEncoding === 'buffer' ? 'utf8' : inputEncoding);
  } else if (!ArrayBuffer.isView(data)) {
    throw new codes.ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  const state = this[kState];
  if (state.finalized) throw new Error(kUnsupported);
  if (data.byteLength > state.ccmMaxLength) throw new codes.ERR_CRYPTO_INVALID_MESSAGELEN();
  const out = binding.cipherUpdate(this[kHandle], data);
  if (out === null) {
    state.ccmFailed = true;
    if (state.aead === 'ccm' && !state.encrypt) return outputBytes(this, new Uint8Array(0), outputEncoding);
    throw new Error(kUnsupported);
  }
  state.updated = true;
  return outputBytes(this, out, outputEncoding);
};

CipherBase.prototype.final = function final(outputEncoding) {
  const state = this[kState];
  if (state.finalized) throw new codes.ERR_CRYPTO_INVALID_STATE();
  state.finalized = true;
  if (state.aead !== '' && !state.encrypt && (!state.tagSet || state.ccmFailed)) {
    throw new Error('Unsupported state or unable to authenticate data');
  }
  const out = binding.cipherFinal(this[kHandle]);
  if (out === null) throw new Error('Unsupported state or unable to authenticate data');
  let result = outputBytes(this, out, outputEncoding);
  if (typeof result === 'string' && this._decoder) result += this._decoder.end();
  return result;
};

CipherBase.prototype.setAutoPadding = function setAutoPadding(autoPadding) {
  if (this[kState].finalized) throw new codes.ERR_CRYPTO_INVALID_STATE('setAutoPadding');
  binding.cipherSetAutoPadding(this[kHandle], autoPadding === undefined ? true : !!autoPadding);
  return this;
};

CipherBase.prototype.setAAD = function setAAD(aadbuf, options) {
  const state = this[kState];
  const data = toBytes(aadbuf, 'buffer', 'utf8', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView']);
  let plaintextLength = -1;
  if (options !== null && typeof options === 'object') {
    if (options.plaintextLength !== undefined) {
      const n = options.plaintextLength;
      if (!Number.isInteger(n) || n < 0 || n > 2 ** 31 - 1) {
        throw new codes.ERR_INVALID_ARG_VALUE('options.plaintextLength', n);
      }
      plaintextLength = n;
    }
  }
  if (state.aead === '' || state.finalized || state.updated) throw new codes.ERR_CRYPTO_INVALID_STATE('setAAD');
  if (state.aead === 'ccm' && plaintextLength < 0) {
    // node raises this one from C++, with its own wording.
    const err = new codes.ERR_MISSING_ARGS('options.plaintextLength');
    err.message = 'options.plaintextLength required for CCM mode with AAD';
    throw err;
  }
  if (plaintextLength > state.ccmMaxLength) throw new codes.ERR_CRYPTO_INVALID_MESSAGELEN();
  if (!binding.cipherSetAAD(this[kHandle], data, plaintextLength)) {
    throw new codes.ERR_CRYPTO_INVALID_STATE('setAAD');
  }
  state.aadSet = true;
  return this;
};

function Cipheriv(cipher, key, iv, options) {
  if (!new.target) return new Cipheriv(cipher, key, iv, options);
  CipherBase.call(this, cipher, key, iv, options, true);
}
Object.setPrototypeOf(Cipheriv.prototype, CipherBase.prototype);
Object.setPrototypeOf(Cipheriv, LazyTransform);

Cipheriv.prototype.getAuthTag = function getAuthTag() {
  const state = this[kState];
  if (state.aead === '' || !state.finalized) throw new codes.ERR_CRYPTO_INVALID_STATE('getAuthTag');
  // A new array each call, fresh from C: it becomes the Buffer itself.
  return Object.setPrototypeOf(binding.cipherGetAuthTag(this[kHandle]), Buffer.prototype);
};

function Decipheriv(cipher, key, iv, options) {
  if (!new.target) return new Decipheriv(cipher, key, iv, options);
  CipherBase.call(this, cipher, key, iv, options, false);
}
Object.setPrototypeOf(Decipheriv.prototype, CipherBase.prototype);
Object.setPrototypeOf(Decipheriv, LazyTransform);

let warnedShortGcmTag = false;
Decipheriv.prototype.setAuthTag = function setAuthTag(tagbuf, encoding) {
  const tag = toBytes(tagbuf, 'buffer', encoding, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView']);
  const state = this[kState];
  if (state.aead === '' || state.finalized || state.tagSet) {
    throw new codes.ERR_CRYPTO_INVALID_STATE('setAuthTag');
  }
  if ((state.tagLength >= 0 && tag.byteLength !== state.tagLength) ||
      !binding.cipherSetAuthTag(this[kHandle], tag)) {
    throw new codes.ERR_CRYPTO_INVALID_AUTH_TAG(tag.byteLength);
  }
  if (state.aead === 'gcm' && state.tagLength < 0 && tag.byteLength < 16 && !warnedShortGcmTag) {
    warnedShortGcmTag = true;
    process.emitWarning('Using AES-GCM authentication tags of less than 128 bits without specifying the ' +
      'authTagLength option when initializing decryption is deprecated.', 'DeprecationWarning', 'DEP0182');
  }
  state.tagSet = true;
  return this;
};

function getCipherInfo(nameOrNid, options) {
  if (typeof nameOrNid !== 'string' && typeof nameOrNid !== 'number') {
    throw new codes.ERR_INVALID_ARG_TYPE('nameOrNid', ['string', 'number'], nameOrNid);
  }
  if (typeof nameOrNid === 'number') validateInt32(nameOrNid, 'nameOrNid');
  let keyLength = -1;
  let ivLength = -1;
  if (options !== undefined) {
    validateObject(options, 'options');
    if (options.keyLength !== undefined) {
      validateInt32(options.keyLength, 'options.keyLength');
      keyLength = options.keyLength;
    }
    if (options.ivLength !== undefined) {
      validateInt32(options.ivLength, 'options.ivLength');
      ivLength = options.ivLength;
    }
  }
  return binding.cipherInfo(nameOrNid, keyLength, ivLength);
}

let ciphers;
function getCiphers() {
  ciphers ??= binding.getCiphers();
  return ciphers.slice();
}

module.exports = { Cipheriv, Decipheriv, getCipherInfo, getCiphers };
