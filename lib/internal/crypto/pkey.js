'use strict';
// RSA encryption (publicEncrypt, privateDecrypt, privateEncrypt, publicDecrypt) and
// key agreement (diffieHellman, ECDH) over key handles.

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const { types: { isAnyArrayBuffer } } = require('internal/util/types');
const { codes } = require('internal/errors');
const { validateObject, validateString, validateInt32 } = require('internal/validators');
const { prepareAsymmetricKey, checkAsymmetricKeyShape, isKeyObject, kHandle, kKeyType } =
  require('internal/crypto/keys');

const RSA_PKCS1_PADDING = 1;
const RSA_PKCS1_OAEP_PADDING = 4;

function rsaCipher(op, kind, defaultPadding) {
  return function(options, buffer) {
    checkAsymmetricKeyShape(options); // (before the buffer, as in node)
    let padding = defaultPadding;
    let oaepHash;
    let oaepLabel;
    if (options !== null && typeof options === 'object' && !ArrayBuffer.isView(options)) {
      if (options.padding !== undefined) {
        validateInt32(options.padding, 'options.padding');
        padding = options.padding;
      }
      if (options.oaepHash !== undefined) {
        validateString(options.oaepHash, 'key.oaepHash');
        oaepHash = options.oaepHash;
      }
      if (options.oaepLabel !== undefined) {
        let label = options.oaepLabel;
        if (isAnyArrayBuffer(label)) label = new Uint8Array(label);
        if (!ArrayBuffer.isView(label)) {
          throw new codes.ERR_INVALID_ARG_TYPE('key.oaepLabel', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], label);
        }
        oaepLabel = label;
      }
    }
    if (typeof buffer === 'string') buffer = Buffer.from(buffer, options?.encoding ?? 'utf8');
    else if (buffer instanceof ArrayBuffer || Object.prototype.toString.call(buffer) === '[object SharedArrayBuffer]') {
      buffer = new Uint8Array(buffer);
    } else if (!ArrayBuffer.isView(buffer)) {
      throw new codes.ERR_INVALID_ARG_TYPE('buffer', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], buffer);
    }
    // A PEM/DER input may hold a public key even for the private operations: node
    // reads it and lets OpenSSL refuse the operation ('missing private key').
    const handle = prepareAsymmetricKey(options, kind === 'private' ? 'private-object' : kind);
    const out = binding.pkeyCrypt(op, handle, buffer, padding, oaepHash, oaepLabel);
    return Object.setPrototypeOf(out, Buffer.prototype);
  };
}

const publicEncrypt = rsaCipher(0, 'public', RSA_PKCS1_OAEP_PADDING);
const privateDecrypt = rsaCipher(1, 'private', RSA_PKCS1_OAEP_PADDING);
const privateEncrypt = rsaCipher(2, 'private', RSA_PKCS1_PADDING);
const publicDecrypt = rsaCipher(3, 'public', RSA_PKCS1_PADDING);

function diffieHellman(options, callback) {
  validateObject(options, 'options');
  if (callback !== undefined) {
    const { validateFunction } = require('internal/validators');
    validateFunction(callback, 'callback');
  }
  const { privateKey, publicKey } = options;
  if (!isKeyObject(privateKey)) throw new codes.ERR_INVALID_ARG_VALUE('options.privateKey', privateKey);
  if (!isKeyObject(publicKey)) throw new codes.ERR_INVALID_ARG_VALUE('options.publicKey', publicKey);
  if (privateKey[kKeyType] !== 'private') {
    throw new codes.ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(privateKey[kKeyType], 'private');
  }
  if (publicKey[kKeyType] !== 'public' && publicKey[kKeyType] !== 'private') {
    throw new codes.ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(publicKey[kKeyType], 'private or public');
  }
  const a = privateKey.asymmetricKeyType;
  const b = publicKey.asymmetricKeyType;
  if (a !== b || !['dh', 'ec', 'x25519', 'x448'].includes(a)) {
    throw new codes.ERR_CRYPTO_INCOMPATIBLE_KEY('key types for Diffie-Hellman', `${a} and ${b}`);
  }
  if (callback === undefined) {
    const out = binding.deriveSecret(privateKey[kHandle], publicKey[kHandle]);
    return Object.setPrototypeOf(out, Buffer.prototype);
  }
  // The callback form reports OpenSSL's refusal to the callback, on a later tick.
  let out;
  try {
    out = binding.deriveSecret(privateKey[kHandle], publicKey[kHandle]);
  } catch (err) {
    process.nextTick(callback, err);
    return;
  }
  process.nextTick(callback, null, Object.setPrototypeOf(out, Buffer.prototype));
}

function encode(bytes, encoding) {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return encoding && encoding !== 'buffer' ? buf.toString(encoding) : buf;
}

function decode(value, encoding, name) {
  if (typeof value === 'string') return Buffer.from(value, encoding);
  if (ArrayBuffer.isView(value)) return value;
  throw new codes.ERR_INVALID_ARG_TYPE(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], value);
}

const kForms = { compressed: 2, uncompressed: 4, hybrid: 6 };

function formatPoint(point, format) {
  if (format === undefined || format === 'uncompressed') return point;
  if (format === 'compressed') {
    const n = (point.length - 1) / 2;
    const out = new Uint8Array(n + 1);
    out[0] = 2 + (point[point.length - 1] & 1);
    out.set(point.subarray(1, 1 + n), 1);
    return out;
  }
  if (format === 'hybrid') {
    const out = Uint8Array.from(point);
    out[0] = 6 + (point[point.length - 1] & 1);
    return out;
  }
  throw new codes.ERR_CRYPTO_ECDH_INVALID_FORMAT(format);
}

// node throws these from C++: plain Errors with a code ('Error: ...' as strings).
function opFailed(message) {
  const err = new Error(message);
  err.code = 'ERR_CRYPTO_OPERATION_FAILED';
  return err;
}

// ECDH: an EC key pair on a named curve, with node's getters in raw point form.
class ECDH {
  #curve;
  #handle = null;
  #point = null; // a public key set on its own (setPublicKey)
  #hasPrivate = false;

  constructor(curve) {
    validateString(curve, 'curve');
    if (!binding.curveKnown(curve)) throw new codes.ERR_CRYPTO_INVALID_CURVE();
    this.#curve = curve;
  }

  generateKeys(encoding, format) {
    this.#handle = binding.keyGenerate('ec', { namedCurve: this.#curve });
    this.#point = null;
    this.#hasPrivate = true;
    return this.getPublicKey(encoding, format);
  }

  getPublicKey(encoding, format) {
    if (this.#handle === null && this.#point === null) throw opFailed('Failed to get ECDH public key');
    const point = this.#point ?? binding.keyRaw(this.#handle, true);
    return encode(ECDH.#format(point, format), encoding);
  }

  getPrivateKey(encoding) {
    if (!this.#hasPrivate) throw opFailed('Failed to get ECDH private key');
    return encode(binding.keyJwk(this.#handle, false).d, encoding);
  }

  setPrivateKey(key, encoding) {
    const d = decode(key, encoding, 'key');
    const handle = binding.ecKeyFromPrivate(this.#curve, d);
    if (!handle) {
      throw new codes.ERR_CRYPTO_INVALID_KEYTYPE('Private key is not valid for specified curve.');
    }
    this.#handle = handle;
    this.#point = null;
    this.#hasPrivate = true;
    return this;
  }

  // Deprecated in node's docs but working: the point replaces the public key; a
  // private key set before stays.
  setPublicKey(key, encoding) {
    const point = decode(key, encoding, 'key');
    const peer = binding.keyFromRaw('ec', point, false, this.#curve);
    if (peer === null) throw opFailed('Failed to convert Buffer to EC_POINT');
    this.#point = binding.keyRaw(peer, true);
    if (!this.#hasPrivate) this.#handle = peer;
    return this;
  }

  computeSecret(otherPublicKey, inputEncoding, outputEncoding) {
    const point = decode(otherPublicKey, inputEncoding, 'otherPublicKey');
    const peer = binding.keyFromRaw('ec', point, false, this.#curve);
    if (peer === null) throw new codes.ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY();
    if (!this.#hasPrivate) throw opFailed('Failed to compute ECDH key');
    // A public key set apart from the private one must still be its own.
    if (this.#point !== null && Buffer.compare(this.#point, binding.keyRaw(this.#handle, true)) !== 0) {
      const err = new Error('Invalid key pair');
      err.code = 'ERR_CRYPTO_INVALID_KEYPAIR';
      throw err;
    }
    return encode(binding.deriveSecret(this.#handle, peer), outputEncoding);
  }

  static #format(point, format) {
    return formatPoint(point, format);
  }

  static convertKey(key, curve, inEnc, outEnc, format) {
    validateString(curve, 'curve');
    const point = decode(key, inEnc, 'key');
    if (!binding.curveKnown(curve)) throw new codes.ERR_CRYPTO_INVALID_CURVE();
    const out = binding.ecPointConvert(curve, point, kForms[format ?? 'uncompressed'] ?? 4);
    if (out === null) {
      throw new codes.ERR_CRYPTO_OPERATION_FAILED('Failed to convert Buffer to EC_POINT');
    }
    if (kForms[format ?? 'uncompressed'] === undefined) throw new codes.ERR_CRYPTO_ECDH_INVALID_FORMAT(format);
    return encode(out, outEnc);
  }
}

function createECDH(curve) {
  return new ECDH(curve);
}

module.exports = {
  publicEncrypt, privateDecrypt, privateEncrypt, publicDecrypt, diffieHellman, createECDH,
  ECDH: require('internal/util').callableClass(ECDH),
};
