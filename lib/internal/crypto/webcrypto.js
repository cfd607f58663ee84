'use strict';
// The global `crypto` (WebCrypto's Crypto): getRandomValues and randomUUID so far;
// `subtle` arrives with the rest of WebCrypto.

const { getRandomValues, randomUUID } = require('internal/crypto/random');
const { codes: { ERR_INVALID_THIS } } = require('internal/errors');

const kCrypto = Symbol('kCrypto');

class Crypto {
  constructor() {
    const { codes } = require('internal/errors');
    throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
  }

  getRandomValues(array) {
    if (this?.[kCrypto] !== true) throw new ERR_INVALID_THIS('Crypto');
    return getRandomValues(array);
  }

  randomUUID() {
    if (this?.[kCrypto] !== true) throw new ERR_INVALID_THIS('Crypto');
    return randomUUID();
  }
}
Object.defineProperty(Crypto.prototype, Symbol.toStringTag, { value: 'Crypto', configurable: true });

const crypto = Object.create(Crypto.prototype, { [kCrypto]: { value: true } });

module.exports = { Crypto, crypto };
