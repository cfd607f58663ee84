'use strict';
// SubtleCrypto.supports(operation, algorithm[, lengthOrAdditionalAlgorithm]):
// whether the operation would accept the algorithm and its parameters, answered
// from node's rules without doing the operation. What needs a newer OpenSSL than
// the linked 3.0 (Argon2, ML-DSA/ML-KEM, Ed448 contexts, DHKEM) is unsupported.

const { types: { isAnyArrayBuffer } } = require('internal/util/types');

const kDigests = ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512', 'SHA3-256', 'SHA3-384', 'SHA3-512'];
const kHmacBlock = { 'SHA-1': 512, 'SHA-256': 512, 'SHA-384': 1024, 'SHA-512': 1024 };
const kOkp = ['Ed25519', 'Ed448', 'X25519', 'X448'];
const kRsa = ['RSASSA-PKCS1-v1_5', 'RSA-PSS', 'RSA-OAEP'];
const kAes = ['AES-CTR', 'AES-CBC', 'AES-GCM', 'AES-KW', 'AES-OCB'];
const kCurves = ['P-256', 'P-384', 'P-521'];
const kAgreement = ['ECDH', 'X25519', 'X448'];
const kCiphers = ['AES-CTR', 'AES-CBC', 'AES-GCM', 'AES-OCB', 'RSA-OAEP', 'ChaCha20-Poly1305'];

// The algorithms each operation registers (node's supportedAlgorithms).
const kRegistered = {
  digest: [...kDigests, 'cSHAKE128', 'cSHAKE256'],
  encrypt: kCiphers,
  decrypt: kCiphers,
  sign: ['RSASSA-PKCS1-v1_5', 'RSA-PSS', 'ECDSA', 'Ed25519', 'Ed448', 'HMAC', 'KMAC128', 'KMAC256'],
  verify: ['RSASSA-PKCS1-v1_5', 'RSA-PSS', 'ECDSA', 'Ed25519', 'Ed448', 'HMAC', 'KMAC128', 'KMAC256'],
  generateKey: [...kRsa, 'ECDSA', 'ECDH', ...kOkp, 'HMAC', ...kAes, 'ChaCha20-Poly1305', 'KMAC128', 'KMAC256'],
  importKey: [...kRsa, 'ECDSA', 'ECDH', ...kOkp, 'HMAC', ...kAes, 'ChaCha20-Poly1305', 'KMAC128', 'KMAC256',
    'HKDF', 'PBKDF2'],
  exportKey: [...kRsa, 'ECDSA', 'ECDH', ...kOkp, 'HMAC', ...kAes, 'ChaCha20-Poly1305', 'KMAC128', 'KMAC256'],
  getPublicKey: [...kRsa, 'ECDSA', 'ECDH', ...kOkp],
  deriveBits: ['HKDF', 'PBKDF2', ...kAgreement],
  'get key length': [...kAes, 'HMAC', 'HKDF', 'PBKDF2', 'ChaCha20-Poly1305', 'KMAC128', 'KMAC256'],
  wrapKey: [...kCiphers, 'AES-KW'],
  unwrapKey: [...kCiphers, 'AES-KW'],
};

const kByUpper = new Map();
for (const names of Object.values(kRegistered)) for (const n of names) kByUpper.set(n.toUpperCase(), n);

const isBytes = (v) => ArrayBuffer.isView(v) || isAnyArrayBuffer(v);
const byteLength = (v) => (isBytes(v) ? v.byteLength : -1);
const isInt = (v) => typeof v === 'number' && Number.isInteger(v);

// The algorithm as { name, ...members } when `op` registers it, else null.
function normalize(op, algorithm) {
  const dict = typeof algorithm === 'string' ? { name: algorithm } : algorithm;
  if (dict === null || typeof dict !== 'object' || typeof dict.name !== 'string') return null;
  const name = kByUpper.get(dict.name.toUpperCase());
  if (name === undefined || !kRegistered[op]?.includes(name)) return null;
  return { ...dict, name };
}

const hashOf = (alg) => {
  const h = normalize('digest', alg.hash);
  return h !== null && kDigests.includes(h.name) ? h.name : null;
};

// Whether the normalized algorithm's members suit `op`.
function paramsOk(op, alg) {
  const { name } = alg;
  switch (op) {
    case 'digest':
      if (!name.startsWith('cSHAKE')) return true;
      return isInt(alg.length) && alg.length % 8 === 0 &&
        !(byteLength(alg.functionName) > 0) && !(byteLength(alg.customization) > 0);
    case 'encrypt':
    case 'decrypt':
    case 'wrapKey':
    case 'unwrapKey':
      switch (name) {
        case 'AES-CBC': return byteLength(alg.iv) === 16;
        case 'AES-CTR': return byteLength(alg.counter) === 16 && isInt(alg.length) && alg.length >= 1 && alg.length <= 128;
        case 'AES-GCM': return byteLength(alg.iv) > 0 &&
          (alg.tagLength === undefined || [32, 64, 96, 104, 112, 120, 128].includes(alg.tagLength));
        case 'AES-OCB': return byteLength(alg.iv) >= 1 && byteLength(alg.iv) <= 15 &&
          (alg.tagLength === undefined || [64, 96, 128].includes(alg.tagLength));
        case 'ChaCha20-Poly1305': return byteLength(alg.iv) === 12 && (alg.tagLength === undefined || alg.tagLength === 128);
        case 'RSA-OAEP': return alg.label === undefined || isBytes(alg.label);
        default: return true; // AES-KW
      }
    case 'sign':
    case 'verify':
      switch (name) {
        case 'RSA-PSS': return isInt(alg.saltLength) && alg.saltLength >= 0;
        case 'ECDSA': return hashOf(alg) !== null;
        case 'Ed448': return alg.context === undefined || byteLength(alg.context) === 0;
        case 'KMAC128':
        case 'KMAC256': return isInt(alg.length) && alg.length % 8 === 0;
        default: return true;
      }
    case 'generateKey':
    case 'importKey':
      if (kRsa.includes(name)) {
        if (hashOf(alg) === null) return false;
        return op === 'importKey' || (isInt(alg.modulusLength) && isBytes(alg.publicExponent));
      }
      if (name === 'ECDSA' || name === 'ECDH') return kCurves.includes(alg.namedCurve);
      if (name === 'HMAC') {
        const hash = hashOf(alg);
        if (hash === null) return false;
        if (alg.length === undefined) return op === 'importKey' || kHmacBlock[hash] !== undefined;
        return isInt(alg.length) && alg.length > 0 && alg.length % 8 === 0;
      }
      if (name.startsWith('KMAC')) return alg.length === undefined || (isInt(alg.length) && alg.length > 0 && alg.length % 8 === 0);
      if (op === 'generateKey' && name.startsWith('AES')) return [128, 192, 256].includes(alg.length);
      return true;
    case 'deriveBits':
      if (name === 'HKDF') return hashOf(alg) !== null && isBytes(alg.salt) && isBytes(alg.info);
      if (name === 'PBKDF2') return hashOf(alg) !== null && isBytes(alg.salt) && isInt(alg.iterations) && alg.iterations > 0;
      {
        const { isCryptoKey, algorithmOf } = require('internal/crypto/webcrypto');
        const pub = alg.public;
        return isCryptoKey(pub) && pub.type === 'public' && algorithmOf(pub).name === name;
      }
    default:
      return true;
  }
}

// The length in bits a derived key of this algorithm takes; undefined when the
// algorithm cannot say (and null for the KDFs, which take any).
function keyLength(alg) {
  if (alg.name.startsWith('AES')) return [128, 192, 256].includes(alg.length) ? alg.length : undefined;
  if (alg.name === 'HMAC') {
    const hash = hashOf(alg);
    if (hash === null) return undefined;
    if (alg.length === undefined) return kHmacBlock[hash];
    return isInt(alg.length) && alg.length > 0 && alg.length % 8 === 0 ? alg.length : undefined;
  }
  if (alg.name.startsWith('KMAC')) return alg.length ?? (alg.name === 'KMAC128' ? 128 : 256);
  if (alg.name === 'ChaCha20-Poly1305') return 256;
  return null; // HKDF, PBKDF2
}

function deriveLengthOk(base, length) {
  if (kAgreement.includes(base.name)) return length === null || length === undefined || isInt(length);
  return isInt(length) && length % 8 === 0;
}

function supports(operation, algorithm, extra) {
  switch (operation) {
    case 'deriveKey': {
      const base = normalize('deriveBits', algorithm);
      const derived = normalize('get key length', extra);
      if (base === null || derived === null || !paramsOk('deriveBits', base)) return false;
      if (normalize('importKey', extra) === null || !paramsOk('importKey', derived)) return false;
      const length = keyLength(derived);
      return length !== undefined && deriveLengthOk(base, length);
    }
    case 'deriveBits': {
      const base = normalize('deriveBits', algorithm);
      return base !== null && paramsOk('deriveBits', base) && deriveLengthOk(base, extra);
    }
    case 'wrapKey':
    case 'unwrapKey': {
      const alg = normalize(operation, algorithm);
      if (alg === null || !paramsOk(operation, alg)) return false;
      const inner = normalize(operation === 'wrapKey' ? 'exportKey' : 'importKey', extra);
      return inner !== null && (operation === 'wrapKey' || paramsOk('importKey', inner));
    }
    case 'digest':
    case 'encrypt':
    case 'decrypt':
    case 'sign':
    case 'verify':
    case 'generateKey':
    case 'importKey':
    case 'exportKey':
    case 'getPublicKey': {
      const alg = normalize(operation, algorithm);
      return alg !== null && paramsOk(operation, alg);
    }
    default:
      return false; // encapsulation (ML-KEM) needs OpenSSL 3.5
  }
}

module.exports = { supports };
