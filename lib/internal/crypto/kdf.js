'use strict';
// Key derivation: pbkdf2, scrypt and hkdf. Each validates once and runs one C job,
// in place (the Sync forms) or on libuv's thread pool (callback forms).

const { bindAsyncContext, nativeError } = require('internal/crypto/util');
const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const { isAnyArrayBuffer } = require('internal/buffer');
const { codes } = require('internal/errors');
const { validateFunction, validateInt32, validateString, validateUint32, validateObject } =
  require('internal/validators');

const kBufferTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];

const kHkdfBufferTypes = ['string', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'];

function bytesArg(value, name, types = kBufferTypes) {
  if (typeof value === 'string') return value;
  if (ArrayBuffer.isView(value)) return value;
  if (isAnyArrayBuffer(value)) return new Uint8Array(value);
  throw new codes.ERR_INVALID_ARG_TYPE(name, types, value);
}

// bytes is fresh from C and held by nobody else: it becomes the Buffer itself (a
// Buffer over bytes.buffer would first move a small array's bytes to an ArrayBuffer).
function toBuffer(bytes) {
  return Object.setPrototypeOf(bytes, Buffer.prototype);
}

function failed() {
  return nativeError(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'Key derivation failed');
}

// node's pbkdf2 failure (e.g. keylen 0, refused by its OpenSSL): a plain Error.
const pbkdf2Failed = () => new Error('Deriving bits failed');

function pbkdf2Args(password, salt, iterations, keylen, digest) {
  validateString(digest, 'digest');
  password = bytesArg(password, 'password');
  salt = bytesArg(salt, 'salt');
  validateInt32(iterations, 'iterations', 1);
  validateInt32(keylen, 'keylen', 0);
  if (binding.digestSize(digest) < 0) throw new codes.ERR_CRYPTO_INVALID_DIGEST(digest);
  return [password, salt, iterations, keylen, digest];
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  const args = pbkdf2Args(password, salt, iterations, keylen, digest);
  const out = binding.pbkdf2(...args);
  if (out === false) throw pbkdf2Failed();
  return toBuffer(out);
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  const args = pbkdf2Args(password, salt, iterations, keylen, digest);
  validateFunction(callback, 'callback');
  callback = bindAsyncContext(callback);
  binding.pbkdf2(...args, (ok, out) => {
    if (!ok) return callback(pbkdf2Failed());
    callback(null, toBuffer(out));
  });
}

const kScryptDefaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

function scryptParams(options) {
  const o = { ...kScryptDefaults };
  if (options === undefined || options === null) return o;
  validateObject(options, 'options');
  // Each option is read once: a getter must not return a checked value, then another.
  const pick = (a, b, name) => {
    const va = options[a];
    const vb = options[b];
    if (va !== undefined && vb !== undefined) throw new codes.ERR_INCOMPATIBLE_OPTION_PAIR(a, b);
    const v = va ?? vb;
    if (v !== undefined) {
      validateUint32(v, va !== undefined ? a : b);
      o[name] = v;
    }
  };
  pick('N', 'cost', 'N');
  pick('r', 'blockSize', 'r');
  pick('p', 'parallelization', 'p');
  const { maxmem } = options;
  if (maxmem !== undefined) {
    if (typeof maxmem !== 'number' || !Number.isSafeInteger(maxmem) || maxmem < 0) {
      throw new codes.ERR_OUT_OF_RANGE('maxmem', '>= 0 && <= 9007199254740991', maxmem);
    }
    o.maxmem = maxmem;
  }
  if (o.N < 2 || (o.N & (o.N - 1)) !== 0) throw new codes.ERR_CRYPTO_INVALID_SCRYPT_PARAMS();
  try {
    binding.scryptCheck(o.N, o.r, o.p, o.maxmem);
  } catch (err) {
    throw new codes.ERR_CRYPTO_INVALID_SCRYPT_PARAMS(err.code ? err.message : undefined);
  }
  return o;
}

function scryptArgs(password, salt, keylen, options) {
  password = bytesArg(password, 'password');
  salt = bytesArg(salt, 'salt');
  validateInt32(keylen, 'keylen', 0);
  const o = scryptParams(options);
  return [password, salt, keylen, o.N, o.r, o.p, o.maxmem];
}

function scryptSync(password, salt, keylen, options) {
  const out = binding.scrypt(...scryptArgs(password, salt, keylen, options));
  if (out === false) throw failed();
  return toBuffer(out);
}

function scrypt(password, salt, keylen, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const args = scryptArgs(password, salt, keylen, options);
  validateFunction(callback, 'callback');
  callback = bindAsyncContext(callback);
  binding.scrypt(...args, (ok, out) => {
    if (!ok) return callback(failed());
    callback(null, toBuffer(out));
  });
}

function hkdfKey(key) {
  const { isKeyObject, kHandle, kKeyType } = require('internal/crypto/keys');
  if (isKeyObject(key)) {
    if (key[kKeyType] !== 'secret') {
      throw new codes.ERR_INVALID_ARG_TYPE('ikm', ['string', 'SecretKeyObject', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'], key);
    }
    return key[kHandle];
  }
  if (typeof key === 'string' || ArrayBuffer.isView(key)) return key;
  if (isAnyArrayBuffer(key)) return new Uint8Array(key);
  throw new codes.ERR_INVALID_ARG_TYPE('ikm', ['string', 'SecretKeyObject', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'], key);
}

function hkdfArgs(digest, key, salt, info, keylen) {
  validateString(digest, 'digest');
  key = hkdfKey(key);
  // (hkdf's messages list the types in another order than pbkdf2's and scrypt's.)
  salt = bytesArg(salt, 'salt', kHkdfBufferTypes);
  info = bytesArg(info, 'info', kHkdfBufferTypes);
  validateInt32(keylen, 'length', 0);
  const infoLen = typeof info === 'string' ? Buffer.byteLength(info) : info.byteLength;
  if (infoLen > 1024) {
    throw new codes.ERR_OUT_OF_RANGE('info', 'must not contain more than 1024 bytes', infoLen);
  }
  const size = binding.digestSize(digest);
  if (size < 0) throw new codes.ERR_CRYPTO_INVALID_DIGEST(digest);
  if (keylen > size * 255) throw new codes.ERR_CRYPTO_INVALID_KEYLEN();
  return [digest, key, salt, info, keylen];
}

function toArrayBuffer(bytes) {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

function hkdfSync(digest, key, salt, info, keylen) {
  const out = binding.hkdf(...hkdfArgs(digest, key, salt, info, keylen));
  if (out === false) throw failed();
  return toArrayBuffer(out);
}

function hkdf(digest, key, salt, info, keylen, callback) {
  const args = hkdfArgs(digest, key, salt, info, keylen);
  validateFunction(callback, 'callback');
  callback = bindAsyncContext(callback);
  binding.hkdf(...args, (ok, out) => {
    if (!ok) return callback(failed());
    callback(null, toArrayBuffer(out));
  });
}

module.exports = { pbkdf2, pbkdf2Sync, scrypt, scryptSync, hkdf, hkdfSync };
