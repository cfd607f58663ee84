'use strict';
// node:crypto: hashes, HMAC, random values, ciphers, keys, signatures, key
// agreement and KDFs on OpenSSL; each concern lives in lib/internal/crypto/ and is
// loaded on first use.

const binding = internalBinding('crypto');
// Hashes (which bring in streams) and random numbers load on first use too: a
// program that only derives a key or signs does not pay for them.
let hashModule;
const hashes_ = () => (hashModule ??= require('internal/crypto/hash'));
const random = () => require('internal/crypto/random');
const { codes } = require('internal/errors');

function createHash(algorithm, options) {
  return new (hashes_().Hash)(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new (hashes_().Hmac)(hmac, key, options);
}

function hash(algorithm, input, options) {
  return hashes_().hash(algorithm, input, options);
}

// node checks these arguments in C++, whose message names no received value.
function bufferArgError(name, value) {
  const err = new codes.ERR_INVALID_ARG_TYPE(name, ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], value);
  err.message = err.message.replace(/ Received .*$/s, '');
  return err;
}

function timingSafeEqual(a, b) {
  if (!ArrayBuffer.isView(a) && !(a instanceof ArrayBuffer)) throw bufferArgError('buf1', a);
  if (!ArrayBuffer.isView(b) && !(b instanceof ArrayBuffer)) throw bufferArgError('buf2', b);
  if (a.byteLength !== b.byteLength) throw new codes.ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH();
  return binding.timingSafeEqual(a, b);
}

let hashes;
function getHashes() {
  hashes ??= binding.getHashes();
  return hashes.slice();
}

let webcrypto;
function getWebcrypto() {
  webcrypto ??= require('internal/crypto/webcrypto').crypto;
  return webcrypto;
}

const lazy = (id) => require(id);

function createCipheriv(cipher, key, iv, options) {
  const { Cipheriv } = lazy('internal/crypto/cipher');
  return new Cipheriv(cipher, key, iv, options);
}

function createDecipheriv(cipher, key, iv, options) {
  const { Decipheriv } = lazy('internal/crypto/cipher');
  return new Decipheriv(cipher, key, iv, options);
}

function createSign(algorithm, options) {
  const { Sign } = lazy('internal/crypto/sig_stream');
  return new Sign(algorithm, options);
}

function createVerify(algorithm, options) {
  const { Verify } = lazy('internal/crypto/sig_stream');
  return new Verify(algorithm, options);
}

function getCurves() {
  return require('internal/crypto/curves').getCurves();
}

let constants;
function getConstants() {
  if (constants === undefined) {
    constants = { ...require('internal/crypto/constants') };
    // The cipher list in effect (--tls-cipher-list, or the core list); assigning
    // it changes what this property reads, not tls.DEFAULT_CIPHERS.
    let cipherList = require('internal/tls_options').cli.ciphers;
    Object.defineProperty(constants, 'defaultCipherList', {
      get() { return cipherList; },
      set(value) { cipherList = value; },
      enumerable: true,
      configurable: true,
    });
  }
  return constants;
}

// eddy's OpenSSL runs without the FIPS provider; setFips accepts and ignores a request,
// as node built without FIPS support does.
function getFips() {
  return 0;
}

function setFips(value) {
  void value;
}

module.exports = {
  createHash,
  createHmac,
  createCipheriv,
  createDecipheriv,
  createSign,
  createVerify,
  getHashes,
  getCurves,
  hash,
  timingSafeEqual,
  // OpenSSL's secure heap (--secure-heap): its size, smallest block and bytes in use.
  secureHeapUsed() {
    const [total, min, used] = internalBinding('crypto').secureHeapUsed();
    return { total, used, utilization: used / total, min };
  },
  setEngine() {},
  // Argon2 needs OpenSSL 3.2; eddy links 3.0. A node built on such an OpenSSL says so
  // before it looks at the arguments (node's test-crypto-argon2-unsupported).
  argon2() { throw new (require('internal/errors').codes.ERR_CRYPTO_ARGON2_NOT_SUPPORTED)(); },
  argon2Sync() { throw new (require('internal/errors').codes.ERR_CRYPTO_ARGON2_NOT_SUPPORTED)(); },
  getFips,
  setFips,
  // Calling the classes directly is deprecated in node 24 (createHash/createHmac are not).
  get webcrypto() { return getWebcrypto(); },
  get subtle() { return getWebcrypto().subtle; },
  get constants() { return getConstants(); },
};

// As in node, these are getters that cannot be replaced or redefined; they load on
// first read.
for (const name of ['webcrypto', 'subtle', 'constants']) {
  Object.defineProperty(module.exports, name, { configurable: false });
}
let getRandomValues;
Object.defineProperty(module.exports, 'getRandomValues', {
  get() {
    getRandomValues ??= random().getRandomValues;
    return getRandomValues;
  },
  enumerable: true,
  configurable: false,
});

// Deprecated aliases node keeps out of the enumerable exports; with
// --pending-deprecation they warn (DEP0115) once.
const { pendingDeprecation } = require('internal/options');
// A property computed on first read, then a plain data property.
function defineLazy(name, enumerable, make) {
  Object.defineProperty(module.exports, name, {
    enumerable,
    configurable: true,
    get() {
      const value = make();
      Object.defineProperty(module.exports, name, { value, enumerable, configurable: true, writable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(module.exports, name, { value, enumerable, configurable: true, writable: true });
    },
  });
}

const deprecate = (...args) => require('internal/util').deprecate(...args);
defineLazy('Hash', true, () => deprecate(hashes_().Hash, 'crypto.Hash constructor is deprecated.', 'DEP0179'));
defineLazy('Hmac', true, () => deprecate(hashes_().Hmac, 'crypto.Hmac constructor is deprecated.', 'DEP0181'));
for (const name of ['randomBytes', 'randomFill', 'randomFillSync', 'randomInt', 'randomUUID']) {
  defineLazy(name, true, () => random()[name]);
}
// crypto.fips, deprecated (DEP0093): getFips and setFips as a non-enumerable accessor.
let fipsGetter;
let fipsSetter;
Object.defineProperty(module.exports, 'fips', {
  get() {
    fipsGetter ??= deprecate(getFips, 'The crypto.fips is deprecated. Please use crypto.getFips()', 'DEP0093');
    return fipsGetter();
  },
  set(value) {
    fipsSetter ??= deprecate(setFips, 'The crypto.fips is deprecated. Please use crypto.setFips()', 'DEP0093');
    fipsSetter(value);
  },
  enumerable: false,
  configurable: false,
});
for (const name of ['pseudoRandomBytes', 'prng', 'rng']) {
  defineLazy(name, false, () => (pendingDeprecation ?
    deprecate(random().randomBytes, `crypto.${name} is deprecated.`, 'DEP0115') :
    random().randomBytes));
}

// The rest loads on first access: most programs touch hashes and random only.
const lazyExports = {
  'internal/crypto/cipher': ['Cipheriv', 'Decipheriv', 'getCipherInfo', 'getCiphers'],
  'internal/crypto/keys': ['KeyObject', 'createSecretKey', 'createPublicKey', 'createPrivateKey'],
  'internal/crypto/keygen': ['generateKeyPair', 'generateKeyPairSync', 'generateKey', 'generateKeySync'],
  'internal/crypto/sig': [['sign', 'signOneShot'], ['verify', 'verifyOneShot']],
  'internal/crypto/sig_stream': ['Sign', 'Verify'],
  'internal/crypto/kdf': ['pbkdf2', 'pbkdf2Sync', 'scrypt', 'scryptSync', 'hkdf', 'hkdfSync'],
  'internal/crypto/pkey': ['publicEncrypt', 'privateDecrypt', 'privateEncrypt', 'publicDecrypt',
    'diffieHellman', 'createECDH', 'ECDH'],
  'internal/crypto/x509': ['X509Certificate'],
  'internal/crypto/certificate': ['Certificate'],
  'internal/crypto/diffiehellman': ['DiffieHellman', 'DiffieHellmanGroup', 'createDiffieHellman',
    'getDiffieHellman', 'createDiffieHellmanGroup'],
  'internal/crypto/kem': ['encapsulate', 'decapsulate'],
  'internal/crypto/prime': ['checkPrime', 'checkPrimeSync', 'generatePrime', 'generatePrimeSync'],
};
for (const id of Object.keys(lazyExports)) {
  for (const entry of lazyExports[id]) {
    const [name, from] = typeof entry === 'string' ? [entry, entry] : entry;
    Object.defineProperty(module.exports, name, {
      enumerable: true,
      configurable: true,
      get() {
        const value = require(id)[from];
        Object.defineProperty(module.exports, name, { value, enumerable: true, configurable: true, writable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(module.exports, name, { value, enumerable: true, configurable: true, writable: true });
      },
    });
  }
}
