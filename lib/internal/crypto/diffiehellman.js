'use strict';
// DiffieHellman and DiffieHellmanGroup: classic finite-field DH over
// internalBinding('crypto').dh* (keys and secrets as big-endian bytes).

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const { types: { isAnyArrayBuffer } } = require('internal/util/types');
const { codes } = require('internal/errors');
const { nativeError } = require('internal/crypto/util');
const { validateInt32, validateString } = require('internal/validators');

const kState = Symbol('kState');

function toBytes(value, encoding, name) {
  if (typeof value === 'string') return Buffer.from(value, encoding);
  if (ArrayBuffer.isView(value)) return value;
  if (isAnyArrayBuffer(value)) return new Uint8Array(value);
  throw new codes.ERR_INVALID_ARG_TYPE(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], value);
}

function invalidState(message) {
  return nativeError(Error, 'ERR_CRYPTO_INVALID_STATE', message);
}

function encode(bytes, encoding) {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return encoding && encoding !== 'buffer' ? buf.toString(encoding) : buf;
}

function generatorBytes(g, encoding) {
  if (typeof g === 'number') {
    validateInt32(g, 'generator');
    if (g < 0) return Buffer.alloc(0);
    if (g === 0) g = 2; // a fluke of history node keeps: 0 is the default generator
    let hex = g.toString(16);
    if (hex.length % 2) hex = '0' + hex;
    return Buffer.from(hex, 'hex');
  }
  return toBytes(g, encoding, 'generator');
}

function DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  if (!new.target) return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
  if (typeof sizeOrKey !== 'number' && typeof sizeOrKey !== 'string' && !ArrayBuffer.isView(sizeOrKey) &&
      !isAnyArrayBuffer(sizeOrKey)) {
    throw new codes.ERR_INVALID_ARG_TYPE('sizeOrKey', ['number', 'string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'],
                                   sizeOrKey);
  }
  if (typeof keyEncoding !== 'string' || (!Buffer.isEncoding(keyEncoding) && keyEncoding !== 'buffer')) {
    genEncoding = generator;
    generator = keyEncoding;
    keyEncoding = false;
  }
  generator ??= 2;
  let prime;
  if (typeof sizeOrKey === 'number') validateInt32(sizeOrKey, 'sizeOrKey');
  const g = generatorBytes(generator, genEncoding);
  // OpenSSL refuses generators below 2 and primes below 512 bits (DH_R_BAD_GENERATOR,
  // DH_R_MODULUS_TOO_SMALL); node reports its errors.
  if (g.every((b, i) => b === 0 || (i === g.length - 1 && b === 1))) throw binding.dhError(101);
  if (typeof sizeOrKey === 'number') {
    // (Under 2 bits OpenSSL refuses the size; from there to 512 node's check of the
    // parameters does.)
    if (sizeOrKey < 2) throw binding.dhError(126);
    if (sizeOrKey < 512) throw nativeError(TypeError, 'ERR_INVALID_ARG_VALUE', 'Invalid DH parameters');
    const gNum = g.length <= 4 ? Buffer.from(g).readUIntBE(0, g.length || 1) : 2;
    prime = binding.dhGeneratePrime(sizeOrKey, gNum);
    if (prime === null) throw new codes.ERR_INVALID_ARG_VALUE('sizeOrKey', sizeOrKey, 'is invalid');
  } else {
    prime = toBytes(sizeOrKey, keyEncoding || 'utf8', 'sizeOrKey');
  }
  this[kState] = { prime, generator: g, priv: undefined, pub: undefined, verifyError: undefined };
}

DiffieHellman.prototype.generateKeys = function generateKeys(encoding) {
  const s = this[kState];
  const keys = binding.dhGenerateKeys(s.prime, s.generator, s.priv);
  if (keys === null) throw nativeError(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'Key generation failed');
  s.priv = keys.priv;
  s.pub = keys.pub;
  return encode(s.pub, encoding);
};

DiffieHellman.prototype.computeSecret = function computeSecret(key, inEnc, outEnc) {
  const s = this[kState];
  const peer = toBytes(key, inEnc, 'key');
  const r = binding.dhComputeSecret(s.prime, s.priv ?? new Uint8Array(0), peer);
  if (r === -1) throw new codes.ERR_CRYPTO_INVALID_KEYLEN('Supplied key is too small');
  if (r === -2) throw new codes.ERR_CRYPTO_INVALID_KEYLEN('Supplied key is too large');
  return encode(r, outEnc);
};

DiffieHellman.prototype.getPrime = function getPrime(encoding) { return encode(this[kState].prime, encoding); };
DiffieHellman.prototype.getGenerator = function getGenerator(encoding) {
  return encode(this[kState].generator, encoding);
};

DiffieHellman.prototype.getPublicKey = function getPublicKey(encoding) {
  const { pub } = this[kState];
  if (pub === undefined) throw invalidState('No public key - did you forget to generate one?');
  return encode(pub, encoding);
};

DiffieHellman.prototype.getPrivateKey = function getPrivateKey(encoding) {
  const { priv } = this[kState];
  if (priv === undefined) throw invalidState('No private key - did you forget to generate one?');
  return encode(priv, encoding);
};

DiffieHellman.prototype.setPublicKey = function setPublicKey(key, encoding) {
  this[kState].pub = Uint8Array.from(toBytes(key, encoding, 'key'));
  return this;
};

DiffieHellman.prototype.setPrivateKey = function setPrivateKey(key, encoding) {
  this[kState].priv = Uint8Array.from(toBytes(key, encoding, 'key'));
  return this;
};

Object.defineProperty(DiffieHellman.prototype, 'verifyError', {
  configurable: true,
  enumerable: true,
  get() {
    const s = this[kState];
    s.verifyError ??= s.group ? 0 : binding.dhCheck(s.prime, s.generator);
    return s.verifyError;
  },
});

function DiffieHellmanGroup(name) {
  if (!new.target) return new DiffieHellmanGroup(name);
  if (typeof name !== 'string') throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'Group name must be a string');
  const prime = binding.dhGroupPrime(name);
  if (prime === null) throw new codes.ERR_CRYPTO_UNKNOWN_DH_GROUP();
  this[kState] = { prime, generator: Uint8Array.of(2), priv: undefined, pub: undefined, group: name };
}
for (const m of ['generateKeys', 'computeSecret', 'getPrime', 'getGenerator', 'getPublicKey', 'getPrivateKey']) {
  DiffieHellmanGroup.prototype[m] = DiffieHellman.prototype[m];
}
Object.defineProperty(DiffieHellmanGroup.prototype, 'verifyError',
                      Object.getOwnPropertyDescriptor(DiffieHellman.prototype, 'verifyError'));

function createDiffieHellman(prime, primeEncoding, generator, generatorEncoding) {
  return new DiffieHellman(prime, primeEncoding, generator, generatorEncoding);
}

function getDiffieHellman(name) {
  return new DiffieHellmanGroup(name);
}

module.exports = {
  DiffieHellman, DiffieHellmanGroup, createDiffieHellman, getDiffieHellman,
  createDiffieHellmanGroup: getDiffieHellman,
};
