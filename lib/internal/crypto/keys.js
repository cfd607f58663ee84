'use strict';
// KeyObject (secret, public, private) and the functions that make keys from PEM,
// DER, JWK or bytes. A secret key holds a Buffer copy; an asymmetric key holds a C
// handle to an EVP_PKEY (internalBinding('crypto').key*).

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const { isAnyArrayBuffer } = require('internal/buffer');
const { codes } = require('internal/errors');
const { validateObject, validateString, validateOneOf } = require('internal/validators');
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

const kKeyType = Symbol('kKeyType');
const kAsymmetricKeyType = Symbol('kAsymmetricKeyType');
const kHandle = Symbol('kHandle');
const kConstruct = Symbol('kConstruct');

const kBufferTypes = ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];

function isKeyObject(v) {
  return v !== null && typeof v === 'object' && kKeyType in v && kHandle in v;
}

// Only internal/crypto/webcrypto makes CryptoKeys, so before it is loaded nothing is
// one: a key given as bytes does not load webcrypto (and random, transferables).
function isCryptoKey(v) {
  const webcrypto = require.loadedExports('internal/crypto/webcrypto');
  return webcrypto?.isCryptoKey?.(v) ?? false;
}

class KeyObject {
  constructor(type, handle) {
    if (handle !== kConstruct && type !== kConstruct) {
      if (type !== 'secret' && type !== 'public' && type !== 'private') throw new codes.ERR_INVALID_ARG_VALUE('type', type);
      throw new codes.ERR_INVALID_ARG_TYPE('handle', 'object', handle);
    }
  }

  get type() { return this[kKeyType]; }

  static from(key) {
    if (!isCryptoKey(key)) throw new codes.ERR_INVALID_ARG_TYPE('key', 'CryptoKey', key);
    return require('internal/crypto/webcrypto').keyObjectOf(key);
  }

  toCryptoKey(algorithm, extractable, keyUsages) {
    return require('internal/crypto/subtle').cryptoKeyFrom(this, algorithm, extractable, keyUsages);
  }

  equals(otherKeyObject) {
    if (!isKeyObject(otherKeyObject)) {
      throw new codes.ERR_INVALID_ARG_TYPE('otherKeyObject', 'KeyObject', otherKeyObject);
    }
    if (otherKeyObject[kKeyType] !== this[kKeyType]) return false;
    if (this[kKeyType] === 'secret') {
      const a = this[kHandle];
      const b = otherKeyObject[kHandle];
      return a.length === b.length && binding.timingSafeEqual(a, b);
    }
    return binding.keyEquals(this[kHandle], otherKeyObject[kHandle]);
  }
}

function makeKey(Class, type, handle) {
  const key = Object.create(Class.prototype);
  Object.defineProperty(key, kKeyType, { value: type, enumerable: true });
  Object.defineProperty(key, kHandle, { value: handle });
  return key;
}

class SecretKeyObject extends KeyObject {
  get symmetricKeySize() { return this[kHandle].length; }

  export(options) {
    if (options !== undefined) {
      validateObject(options, 'options');
      if (options.format === 'jwk') return { kty: 'oct', k: this[kHandle].toString('base64url') };
      if (options.format !== undefined && options.format !== 'buffer') {
        throw new codes.ERR_INVALID_ARG_VALUE('options.format', options.format, "must be one of: 'buffer', 'jwk'");
      }
    }
    return Buffer.from(this[kHandle]);
  }
}

class AsymmetricKeyObject extends KeyObject {
  get asymmetricKeyType() {
    if (this[kAsymmetricKeyType] === undefined) {
      Object.defineProperty(this, kAsymmetricKeyType,
        { value: binding.keyDetails(this[kHandle]).type, enumerable: true });
    }
    return this[kAsymmetricKeyType];
  }

  get asymmetricKeyDetails() {
    const d = binding.keyDetails(this[kHandle]);
    const out = {};
    if (d.modulusLength !== undefined) out.modulusLength = d.modulusLength;
    if (d.publicExponent !== undefined) {
      out.publicExponent = BigInt('0x' + (Buffer.from(d.publicExponent).toString('hex') || '0'));
    }
    if (d.hashAlgorithm !== undefined) out.hashAlgorithm = normalizeHashName(d.hashAlgorithm);
    if (d.mgf1HashAlgorithm !== undefined) out.mgf1HashAlgorithm = normalizeHashName(d.mgf1HashAlgorithm);
    if (d.saltLength !== undefined) {
      // A restricted RSA-PSS key: OpenSSL leaves out the RFC 4055 default (SHA-1) digests.
      out.hashAlgorithm ??= 'sha1';
      out.mgf1HashAlgorithm ??= 'sha1';
      out.saltLength = d.saltLength;
    }
    if (d.divisorLength !== undefined) out.divisorLength = d.divisorLength;
    if (d.namedCurve !== undefined) out.namedCurve = d.namedCurve;
    return out;
  }
}

function normalizeHashName(name) {
  return name.toLowerCase().replace(/^sha2-(\d+)$/, 'sha$1').replace(/^sha-(\d+)$/, 'sha$1');
}

const kCurveToJwk = { prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521', secp256k1: 'secp256k1' };
const kJwkToCurve = { 'P-256': 'prime256v1', 'P-384': 'secp384r1', 'P-521': 'secp521r1', secp256k1: 'secp256k1' };
const kOkpCurves = { ed25519: 'Ed25519', ed448: 'Ed448', x25519: 'X25519', x448: 'X448' };

function exportJwk(key, isPublic) {
  const c = binding.keyJwk(key[kHandle], isPublic);
  const b64 = (bytes) => Buffer.from(bytes).toString('base64url');
  if (c.kty === 'RSA') {
    const out = { kty: 'RSA', n: b64(c.n), e: b64(c.e) };
    if (!isPublic) for (const k of ['d', 'p', 'q', 'dp', 'dq', 'qi']) out[k] = b64(c[k]);
    return out;
  }
  if (c.kty === 'EC') {
    const crv = kCurveToJwk[c.group];
    if (crv === undefined) {
      throw new codes.ERR_CRYPTO_JWK_UNSUPPORTED_CURVE(c.group);
    }
    const out = { kty: 'EC', x: b64(c.x), y: b64(c.y), crv };
    if (!isPublic) out.d = b64(c.d);
    return out;
  }
  if (c.kty === 'OKP') {
    const out = { crv: kOkpCurves[key.asymmetricKeyType] };
    if (!isPublic) out.d = b64(c.d);
    out.x = b64(c.x);
    out.kty = 'OKP';
    return out;
  }
  throw new codes.ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE();
}

function exportAsymmetric(key, options, isPublic) {
  validateObject(options, 'options');
  const { format, type, cipher, passphrase } = options;
  if (format === 'jwk') {
    if (passphrase !== undefined) throw new codes.ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS('jwk', 'does not support encryption');
    return exportJwk(key, isPublic);
  }
  if (format !== 'pem' && format !== 'der') {
    throw new codes.ERR_INVALID_ARG_VALUE('options.format', format);
  }
  const keyType = key.asymmetricKeyType;
  if (isPublic) {
    if (type !== 'pkcs1' && type !== 'spki') throw new codes.ERR_INVALID_ARG_VALUE('options.type', type);
    if (type === 'pkcs1' && keyType !== 'rsa') {
      throw new codes.ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS('pkcs1', 'can only be used for RSA keys');
    }
    return toOutput(binding.keyExport(key[kHandle], true, format, type), format);
  }
  if (type !== 'pkcs1' && type !== 'pkcs8' && type !== 'sec1') {
    throw new codes.ERR_INVALID_ARG_VALUE('options.type', type);
  }
  if (type === 'pkcs1' && keyType !== 'rsa') {
    throw new codes.ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS('pkcs1', 'can only be used for RSA keys');
  }
  if (type === 'sec1' && keyType !== 'ec') {
    throw new codes.ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS('sec1', 'can only be used for EC keys');
  }
  let pass;
  if (cipher === undefined && passphrase !== undefined) throw new codes.ERR_INVALID_ARG_VALUE('options.cipher', cipher);
  if (cipher !== undefined) {
    validateString(cipher, 'options.cipher');
    if (format === 'der' && type !== 'pkcs8') {
      throw new codes.ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(type, 'does not support encryption');
    }
    if (typeof passphrase === 'string') pass = Buffer.from(passphrase);
    else if (ArrayBuffer.isView(passphrase)) pass = passphrase;
    else throw new codes.ERR_INVALID_ARG_VALUE('options.passphrase', passphrase);
    const { getCiphers } = require('internal/crypto/cipher');
    if (!getCiphers().includes(cipher.toLowerCase())) {
      throw new codes.ERR_CRYPTO_UNKNOWN_CIPHER();
    }
  }
  return toOutput(binding.keyExport(key[kHandle], false, format, type, cipher, pass), format);
}

function toOutput(result, format) {
  if (format === 'pem') return result;
  return Object.setPrototypeOf(result, Buffer.prototype); // fresh from C: becomes the Buffer
}

class PublicKeyObject extends AsymmetricKeyObject {
  export(options) { return exportAsymmetric(this, options, true); }
}

class PrivateKeyObject extends AsymmetricKeyObject {
  export(options) { return exportAsymmetric(this, options, false); }
}

for (const C of [KeyObject, SecretKeyObject, PublicKeyObject, PrivateKeyObject]) {
  Object.defineProperty(C.prototype, Symbol.toStringTag, { value: 'KeyObject', configurable: true });
}
void customInspectSymbol;

function newSecretKey(bytes) { return makeKey(SecretKeyObject, 'secret', bytes); }
function newPublicKey(handle) { return makeKey(PublicKeyObject, 'public', handle); }
function newPrivateKey(handle) { return makeKey(PrivateKeyObject, 'private', handle); }

function createSecretKey(key, encoding) {
  if (typeof key === 'string') return newSecretKey(Buffer.from(key, encoding));
  if (ArrayBuffer.isView(key)) return newSecretKey(Buffer.from(key.buffer.slice(key.byteOffset, key.byteOffset + key.byteLength)));
  if (isAnyArrayBuffer(key)) return newSecretKey(Buffer.from(key.slice(0)));
  throw new codes.ERR_INVALID_ARG_TYPE('key', kBufferTypes, key);
}

// The bytes of a secret key given as a string, buffer, secret KeyObject or CryptoKey.
function prepareSecretKey(key, encoding, bufferOnly = false) {
  if (!bufferOnly) {
    if (isKeyObject(key)) {
      if (key[kKeyType] !== 'secret') throw new codes.ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key[kKeyType], 'secret');
      return key[kHandle];
    }
    if (isCryptoKey(key)) return prepareSecretKey(KeyObject.from(key), encoding);
  }
  if (typeof key === 'string') return Buffer.from(key, encoding);
  if (ArrayBuffer.isView(key)) return key;
  if (isAnyArrayBuffer(key)) return new Uint8Array(key);
  throw new codes.ERR_INVALID_ARG_TYPE('key',
    ['string', ...kBufferTypes, ...(bufferOnly ? [] : ['KeyObject', 'CryptoKey'])], key);
}

function fromJwk(jwk, isPrivate) {
  validateObject(jwk, 'key.key');
  const { kty } = jwk;
  // 'AKP' (ML-DSA) needs OpenSSL 3.5: node lists it only there.
  validateOneOf(kty, 'key.kty', ['RSA', 'EC', 'OKP']);
  const bytes = (name) => {
    const v = jwk[name];
    validateString(v, `key.${name}`);
    return Buffer.from(v, 'base64url');
  };
  let parts;
  if (kty === 'OKP') {
    validateString(jwk.crv, 'key.crv');
    validateOneOf(jwk.crv, 'key.crv', ['Ed25519', 'Ed448', 'X25519', 'X448']);
    parts = { kty, crv: jwk.crv, x: bytes('x') };
    if (isPrivate) parts.d = bytes('d');
  } else if (kty === 'EC') {
    validateString(jwk.crv, 'key.crv');
    validateOneOf(jwk.crv, 'key.crv', ['P-256', 'secp256k1', 'P-384', 'P-521']);
    parts = { kty, group: kJwkToCurve[jwk.crv], x: bytes('x'), y: bytes('y') };
    if (isPrivate) parts.d = bytes('d');
  } else if (kty === 'RSA') {
    parts = { kty, n: bytes('n'), e: bytes('e') };
    if (isPrivate) {
      parts.d = bytes('d');
      if (jwk.p !== undefined) for (const k of ['p', 'q', 'dp', 'dq', 'qi']) parts[k] = bytes(k);
    }
  } else {
    throw new codes.ERR_CRYPTO_INVALID_JWK();
  }
  const handle = binding.keyFromJwk(parts, isPrivate);
  if (handle === null) throw new codes.ERR_CRYPTO_INVALID_JWK(kty);
  return handle;
}

// Parses createPublicKey/createPrivateKey input into a handle. `kind` is 'public'
// or 'private'; public parses also accept private keys and certificates.
function parseKeyInput(key, kind, name = 'key', createPrivate = false) {
  let data = key;
  let format = 'pem';
  let type;
  let passphrase;
  let encoding = 'utf8';
  if (typeof key === 'object' && key !== null && !ArrayBuffer.isView(key) && !isAnyArrayBuffer(key)) {
    ({ key: data, format = 'pem', type, passphrase, encoding = 'utf8' } = key);
    if (format === 'jwk') return fromJwk(data, kind === 'private');
    if (format !== 'pem' && format !== 'der') throw new codes.ERR_INVALID_ARG_VALUE('options.format', format);
    if (typeof data !== 'string' && !ArrayBuffer.isView(data) && !isAnyArrayBuffer(data)) {
      // (Everything but createPrivateKey also takes a KeyObject or CryptoKey there.)
      const types = createPrivate ? ['string', ...kBufferTypes] : ['string', ...kBufferTypes, 'KeyObject', 'CryptoKey'];
      throw new codes.ERR_INVALID_ARG_TYPE(`${name}.key`, types, data);
    }
    if (format === 'der') {
      // A public key may be read out of a private key's DER too.
      const types = kind === 'private' ? ['pkcs1', 'pkcs8', 'sec1'] : ['pkcs1', 'spki', 'pkcs8', 'sec1'];
      if (!types.includes(type)) throw new codes.ERR_INVALID_ARG_VALUE('options.type', type);
    }
  }
  if (typeof data === 'string') data = Buffer.from(data, encoding);
  else if (isAnyArrayBuffer(data)) data = new Uint8Array(data);
  if (passphrase !== undefined && passphrase !== null) {
    if (typeof passphrase === 'string') passphrase = Buffer.from(passphrase);
    else if (!ArrayBuffer.isView(passphrase)) throw new codes.ERR_INVALID_ARG_VALUE('options.passphrase', passphrase);
  }
  const handle = binding.keyParse(data, format, type, kind === 'private', passphrase);
  if (handle === -1) {
    throw new codes.ERR_MISSING_PASSPHRASE();
  }
  return handle;
}

// node reads a key argument by destructuring it: null fails there, in V8's words.
function nullKeyError() {
  return new TypeError("Cannot destructure property 'key' of 'key' as it is null.");
}

function createPublicKey(key) {
  if (isKeyObject(key)) {
    if (key[kKeyType] !== 'private') throw new codes.ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key[kKeyType], 'private');
    return newPublicKey(key[kHandle]);
  }
  if (isCryptoKey(key)) return createPublicKey(KeyObject.from(key));
  if (typeof key !== 'string' && typeof key !== 'object') {
    throw new codes.ERR_INVALID_ARG_TYPE('key',
      ['string', ...kBufferTypes, 'KeyObject', 'CryptoKey'], key);
  }
  if (key === null) throw nullKeyError();
  return newPublicKey(parseKeyInput(key, 'public'));
}

function createPrivateKey(key) {
  if (key === null) throw nullKeyError();
  if (isKeyObject(key) || (typeof key !== 'string' && (typeof key !== 'object' || key === null))) {
    throw new codes.ERR_INVALID_ARG_TYPE('key', ['string', ...kBufferTypes], key);
  }
  return newPrivateKey(parseKeyInput(key, 'private', 'key', true));
}

// The checks of a key argument that come before node reads the key (and before it
// checks the other arguments): its type, and the type of an options object's key.
function checkAsymmetricKeyShape(key) {
  if (key === null) throw nullKeyError();
  if (typeof key === 'string' || ArrayBuffer.isView(key) || isAnyArrayBuffer(key) ||
      isKeyObject(key) || isCryptoKey(key)) return;
  if (typeof key !== 'object') {
    throw new codes.ERR_INVALID_ARG_TYPE('key', ['string', ...kBufferTypes, 'KeyObject', 'CryptoKey'], key);
  }
  const data = key.key;
  if (key.format === 'jwk' || typeof data === 'string' || ArrayBuffer.isView(data) ||
      isAnyArrayBuffer(data) || isKeyObject(data) || isCryptoKey(data)) return;
  throw new codes.ERR_INVALID_ARG_TYPE('key.key', ['string', ...kBufferTypes, 'KeyObject', 'CryptoKey'], data);
}

// A key handle for signing/encryption: a KeyObject, CryptoKey, PEM/DER input or
// {key, ...}. `kind` says which KeyObject types are acceptable.
function prepareAsymmetricKey(key, kind) {
  checkAsymmetricKeyShape(key);
  // 'private-object': a KeyObject must be private, other input is read as a private
  // key or else as a public one (OpenSSL then refuses the private operation).
  const objectKind = kind === 'private-object' ? 'private' : kind;
  if (kind === 'private-object' && !isKeyObject(key) && !isCryptoKey(key) &&
      !(typeof key === 'object' && key !== null && isKeyObject(key.key))) {
    try {
      return prepareAsymmetricKey(key, 'private');
    } catch (err) {
      try {
        return prepareAsymmetricKey(key, 'public');
      } catch {
        throw err;
      }
    }
  }
  if (isKeyObject(key)) {
    kind = objectKind;
    if (key[kKeyType] === 'secret' || (kind === 'private' && key[kKeyType] !== 'private')) {
      throw new codes.ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key[kKeyType], kind);
    }
    return key[kHandle];
  }
  if (isCryptoKey(key)) return prepareAsymmetricKey(KeyObject.from(key), objectKind);
  if (typeof key === 'object' && key !== null && isKeyObject(key.key)) {
    return prepareAsymmetricKey(key.key, objectKind);
  }
  return parseKeyInput(key, kind === 'private' ? 'private' : 'public');
}

// A key as bytes for another thread: secret bytes, SPKI or PKCS#8 DER.
function keyToTransfer(key) {
  const type = key[kKeyType];
  let bytes;
  if (type === 'secret') bytes = key[kHandle];
  else bytes = binding.keyExport(key[kHandle], type === 'public', 'der', type === 'public' ? 'spki' : 'pkcs8');
  return { type, bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) };
}

function keyFromTransfer(type, buffer) {
  const bytes = Buffer.from(buffer);
  if (type === 'secret') return newSecretKey(bytes);
  if (type === 'public') return newPublicKey(binding.keyParse(bytes, 'der', 'spki', false));
  return newPrivateKey(binding.keyParse(bytes, 'der', 'pkcs8', true));
}

// Keys are copied to other threads and by structuredClone() (JS transferables):
// a secret key's bytes, an asymmetric key as SPKI or PKCS#8 DER.
{
  const { kClone, kDeserialize } = require('internal/worker/js_transferable');
  for (const Class of [SecretKeyObject, PublicKeyObject, PrivateKeyObject]) {
    Object.defineProperties(Class.prototype, {
      [kClone]: {
        value: function clone() {
          return { data: keyToTransfer(this), deserializeInfo: `internal/crypto/keys:${Class.name}` };
        },
        writable: true,
        configurable: true,
      },
      [kDeserialize]: {
        value: ({ type, bytes }) => keyFromTransfer(type, bytes),
        writable: true,
        configurable: true,
      },
    });
  }
}

module.exports = {
  keyToTransfer, keyFromTransfer,
  KeyObject, SecretKeyObject, PublicKeyObject, PrivateKeyObject,
  createSecretKey, createPublicKey, createPrivateKey,
  prepareSecretKey, prepareAsymmetricKey, checkAsymmetricKeyShape, isKeyObject,
  newSecretKey, newPublicKey, newPrivateKey, kHandle, kKeyType, kConstruct,
};
