'use strict';
// The global `crypto` (WebCrypto's Crypto), CryptoKey and SubtleCrypto. The
// algorithms behind subtle live in internal/crypto/subtle, loaded on first use.

const { getRandomValues, randomUUID } = require('internal/crypto/random');
const { codes } = require('internal/errors');
const { customInspectSymbol } = require('internal/util');

const kCrypto = Symbol('kCrypto');
const kKey = Symbol('kKey');

class CryptoKey {
  constructor() { throw new codes.ERR_ILLEGAL_CONSTRUCTOR(); }

  get type() { return this[kKey].keyObject.type; }
  get extractable() { return this[kKey].extractable; }
  // A copy per key, made once: changing it changes nothing the key does.
  get algorithm() {
    const k = this[kKey];
    k.publicAlgorithm ??= copyAlgorithm(k.algorithm);
    return k.publicAlgorithm;
  }
  // The same array each time, as in node; the key's own list stays apart from it.
  get usages() {
    const k = this[kKey];
    k.publicUsages ??= k.usages.slice();
    return k.publicUsages;
  }

  [customInspectSymbol](depth, options, inspect) {
    const k = this[kKey];
    const o = { type: this.type, extractable: k.extractable, algorithm: k.algorithm, usages: k.usages };
    return `CryptoKey ${inspect(o, options)}`;
  }
}
Object.defineProperty(CryptoKey.prototype, Symbol.toStringTag, { value: 'CryptoKey', configurable: true });

function copyAlgorithm(alg) {
  const out = { ...alg };
  if (alg.hash !== undefined) out.hash = { ...alg.hash };
  if (alg.publicExponent !== undefined) out.publicExponent = new Uint8Array(alg.publicExponent);
  return out;
}

// CryptoKeys are copied to other threads and by structuredClone() (extractable or
// not, as in node): the key object they wrap, their algorithm and usages.
{
  const { kClone, kDeserialize } = require('internal/worker/js_transferable');
  Object.defineProperties(CryptoKey.prototype, {
    [kClone]: {
      value: function clone() {
        return { data: cryptoKeyToTransfer(this), deserializeInfo: 'internal/crypto/webcrypto:CryptoKey' };
      },
      writable: true,
      configurable: true,
    },
    [kDeserialize]: {
      value: ({ keyObject, algorithm, extractable, usages }) => makeCryptoKey(keyObject, algorithm, extractable, usages),
      writable: true,
      configurable: true,
    },
  });
}

function makeCryptoKey(keyObject, algorithm, extractable, usages) {
  const key = Object.create(CryptoKey.prototype);
  Object.defineProperty(key, kKey, { value: { keyObject, algorithm, extractable, usages } });
  return key;
}

function isCryptoKey(v) {
  return v !== null && typeof v === 'object' && kKey in v;
}

function keyObjectOf(key) {
  return key[kKey].keyObject;
}

function cryptoKeyToTransfer(key) {
  const k = key[kKey];
  return { keyObject: k.keyObject, algorithm: k.algorithm, extractable: k.extractable, usages: k.usages };
}

function algorithmOf(key) {
  return key[kKey].algorithm;
}

function usagesOf(key) {
  return key[kKey].usages;
}

const kSubtle = Symbol('kSubtle');

class SubtleCrypto {
  constructor() { throw new codes.ERR_ILLEGAL_CONSTRUCTOR(); }
}
for (const name of ['encrypt', 'decrypt', 'sign', 'verify', 'digest', 'generateKey', 'deriveKey',
  'deriveBits', 'importKey', 'exportKey', 'wrapKey', 'unwrapKey', 'getPublicKey']) {
  Object.defineProperty(SubtleCrypto.prototype, name, {
    writable: true,
    enumerable: true,
    configurable: true,
    value: {
      [name](...args) {
        if (this?.[kSubtle] !== true) return Promise.reject(new codes.ERR_INVALID_THIS('SubtleCrypto'));
        try {
          require('internal/crypto/subtle_args').checkArgs(name, args);
        } catch (err) {
          return Promise.reject(err);
        }
        const impl = require('internal/crypto/subtle');
        return impl[name](...args);
      },
    }[name],
  });
}
Object.defineProperty(SubtleCrypto, 'supports', {
  writable: true,
  enumerable: true,
  configurable: true,
  value: function supports(operation, algorithm, lengthOrAdditionalAlgorithm) {
    if (this !== SubtleCrypto) throw new codes.ERR_INVALID_THIS('SubtleCrypto');
    return require('internal/crypto/subtle').supports(operation, algorithm, lengthOrAdditionalAlgorithm);
  },
});
Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, { value: 'SubtleCrypto', configurable: true });

const subtle = Object.create(SubtleCrypto.prototype, { [kSubtle]: { value: true } });

class Crypto {
  constructor() { throw new codes.ERR_ILLEGAL_CONSTRUCTOR(); }

  get subtle() {
    if (this?.[kCrypto] !== true) throw new codes.ERR_INVALID_THIS('Crypto');
    return subtle;
  }

  getRandomValues(array) {
    if (this?.[kCrypto] !== true) throw new codes.ERR_INVALID_THIS('Crypto');
    return getRandomValues(array);
  }

  randomUUID() {
    if (this?.[kCrypto] !== true) throw new codes.ERR_INVALID_THIS('Crypto');
    return randomUUID();
  }
}
Object.defineProperty(Crypto.prototype, Symbol.toStringTag, { value: 'Crypto', configurable: true });

const crypto = Object.create(Crypto.prototype, { [kCrypto]: { value: true } });

module.exports = { Crypto, CryptoKey, SubtleCrypto, crypto, makeCryptoKey, isCryptoKey, keyObjectOf, usagesOf, algorithmOf,
  cryptoKeyToTransfer };
