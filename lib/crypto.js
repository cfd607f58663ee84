'use strict';
// node:crypto: hashes, HMAC, random values, ciphers, keys, signatures, key
// agreement and KDFs on OpenSSL; each concern lives in lib/internal/crypto/ and is
// loaded on first use.

const binding = internalBinding('crypto');
const { Hash, Hmac, hash } = require('internal/crypto/hash');
const random = require('internal/crypto/random');
const {
  codes: { ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH, ERR_INVALID_ARG_TYPE },
} = require('internal/errors');

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

// node checks these arguments in C++, whose message names no received value.
function bufferArgError(name, value) {
  const err = new ERR_INVALID_ARG_TYPE(name, ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], value);
  err.message = err.message.replace(/ Received .*$/s, '');
  return err;
}

function timingSafeEqual(a, b) {
  if (!ArrayBuffer.isView(a) && !(a instanceof ArrayBuffer)) throw bufferArgError('buf1', a);
  if (!ArrayBuffer.isView(b) && !(b instanceof ArrayBuffer)) throw bufferArgError('buf2', b);
  if (a.byteLength !== b.byteLength) throw new ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH();
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
  const { Sign } = lazy('internal/crypto/sig');
  return new Sign(algorithm, options);
}

function createVerify(algorithm, options) {
  const { Verify } = lazy('internal/crypto/sig');
  return new Verify(algorithm, options);
}

function getCurves() {
  return require('internal/crypto/curves').getCurves();
}

const constants = {
  OPENSSL_VERSION_NUMBER: 0x30000000,
  SSL_OP_ALL: 0x80000850,
  SSL_OP_NO_SSLv2: 0,
  SSL_OP_NO_SSLv3: 0x02000000,
  SSL_OP_NO_TLSv1: 0x04000000,
  SSL_OP_NO_TLSv1_1: 0x10000000,
  SSL_OP_NO_TLSv1_2: 0x08000000,
  SSL_OP_NO_TLSv1_3: 0x20000000,
  RSA_PKCS1_PADDING: 1,
  RSA_NO_PADDING: 3,
  RSA_PKCS1_OAEP_PADDING: 4,
  RSA_X931_PADDING: 5,
  RSA_PKCS1_PSS_PADDING: 6,
  RSA_PSS_SALTLEN_DIGEST: -1,
  RSA_PSS_SALTLEN_MAX_SIGN: -2,
  RSA_PSS_SALTLEN_AUTO: -2,
  defaultCoreCipherList: 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:' +
    'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:' +
    'ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:' +
    'DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:' +
    'DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA',
  TLS1_VERSION: 769,
  TLS1_1_VERSION: 770,
  TLS1_2_VERSION: 771,
  TLS1_3_VERSION: 772,
  POINT_CONVERSION_COMPRESSED: 2,
  POINT_CONVERSION_UNCOMPRESSED: 4,
  POINT_CONVERSION_HYBRID: 6,
};
constants.defaultCipherList = constants.defaultCoreCipherList;

module.exports = {
  createHash,
  createHmac,
  createCipheriv,
  createDecipheriv,
  createSign,
  createVerify,
  getHashes,
  getCurves,
  getRandomValues: random.getRandomValues,
  hash,
  randomBytes: random.randomBytes,
  randomFill: random.randomFill,
  randomFillSync: random.randomFillSync,
  randomInt: random.randomInt,
  randomUUID: random.randomUUID,
  pseudoRandomBytes: random.randomBytes,
  prng: random.randomBytes,
  rng: random.randomBytes,
  timingSafeEqual,
  secureHeapUsed() {
    return { total: 0, min: 0, used: 0, utilization: 0 };
  },
  setEngine() {},
  getFips() { return 0; },
  setFips() {},
  Hash,
  Hmac,
  get webcrypto() { return getWebcrypto(); },
  get subtle() { return getWebcrypto().subtle; },
  constants,
};

// The rest loads on first access: most programs touch hashes and random only.
const lazyExports = {
  'internal/crypto/cipher': ['Cipheriv', 'Decipheriv', 'getCipherInfo', 'getCiphers'],
  'internal/crypto/keys': ['KeyObject', 'createSecretKey', 'createPublicKey', 'createPrivateKey'],
  'internal/crypto/keygen': ['generateKeyPair', 'generateKeyPairSync', 'generateKey', 'generateKeySync'],
  'internal/crypto/sig': ['Sign', 'Verify', ['sign', 'signOneShot'], ['verify', 'verifyOneShot']],
  'internal/crypto/kdf': ['pbkdf2', 'pbkdf2Sync', 'scrypt', 'scryptSync', 'hkdf', 'hkdfSync'],
  'internal/crypto/pkey': ['publicEncrypt', 'privateDecrypt', 'privateEncrypt', 'publicDecrypt',
    'diffieHellman', 'createECDH', 'ECDH'],
  'internal/crypto/x509': ['X509Certificate'],
  'internal/crypto/certificate': ['Certificate'],
  'internal/crypto/diffiehellman': ['DiffieHellman', 'DiffieHellmanGroup', 'createDiffieHellman',
    'getDiffieHellman', 'createDiffieHellmanGroup'],
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
