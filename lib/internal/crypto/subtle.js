'use strict';
// SubtleCrypto's algorithms over node:crypto's own pieces (KeyObject, ciphers,
// sign/verify, KDFs, key agreement). Each method returns a promise; errors are
// DOMExceptions named as the WebCrypto spec says.

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const { types: { isArrayBuffer, isSharedArrayBuffer } } = require('internal/util/types');
const { DOMException } = require('internal/dom_exception');
const keys = require('internal/crypto/keys');
const { makeCryptoKey, isCryptoKey, keyObjectOf, usagesOf, algorithmOf } = require('internal/crypto/webcrypto');

const kNames = [
  'SHA-1', 'SHA-256', 'SHA-384', 'SHA-512', 'SHA3-256', 'SHA3-384', 'SHA3-512', 'cSHAKE128', 'cSHAKE256', 'HMAC', 'AES-CBC', 'AES-CTR', 'AES-GCM', 'AES-KW',
  'AES-OCB', 'ChaCha20-Poly1305', 'KMAC128', 'KMAC256',
  'ECDSA', 'ECDH', 'Ed25519', 'Ed448', 'X25519', 'X448', 'RSASSA-PKCS1-v1_5', 'RSA-PSS', 'RSA-OAEP',
  'PBKDF2', 'HKDF',
];
const kCanonical = new Map(kNames.map((n) => [n.toUpperCase(), n]));
// Block sizes in bits: HMAC's default key length. SHA-3 has none in node: an HMAC
// key over it needs an explicit length.
const kHashBits = {
  'SHA-1': 512, 'SHA-256': 512, 'SHA-384': 1024, 'SHA-512': 1024,
  'SHA3-256': undefined, 'SHA3-384': undefined, 'SHA3-512': undefined,
};

function hmacDefaultLength(hash) {
  const bits = kHashBits[hash.name];
  if (bits === undefined) throw fail('Explicit algorithm length member is required', 'NotSupportedError');
  return bits;
}

const warnedExperimental = new Set();
const kExperimental = /^(SHA3-|cSHAKE|KMAC|AES-OCB$|ChaCha20-Poly1305$)/;
// Secret-key algorithms whose raw bytes only travel as 'raw-secret'.
const kRawSecretOnly = new Set(['AES-OCB', 'ChaCha20-Poly1305', 'KMAC128', 'KMAC256']);
const isSecretAlg = (n) => n.startsWith('AES-') || n === 'HMAC' || n === 'ChaCha20-Poly1305' ||
  n.startsWith('KMAC') || n === 'PBKDF2' || n === 'HKDF';
const kCurves = { 'P-256': 'prime256v1', 'P-384': 'secp384r1', 'P-521': 'secp521r1' };
const kOkp = { Ed25519: 'ed25519', Ed448: 'ed448', X25519: 'x25519', X448: 'x448' };

const fail = (message, name) => new DOMException(message, name);
const opErrorFrom = (cause) => new DOMException('The operation failed for an operation-specific reason', { name: 'OperationError', cause });
const kDigestBytes = {
  'SHA-1': 20, 'SHA-256': 32, 'SHA-384': 48, 'SHA-512': 64, 'SHA3-256': 32, 'SHA3-384': 48, 'SHA3-512': 64,
};
const opError = (message = 'The operation failed for an operation-specific reason') => fail(message, 'OperationError');

function normalize(algorithm) {
  const name = typeof algorithm === 'string' ? algorithm : algorithm?.name;
  const canonical = typeof name === 'string' ? kCanonical.get(name.toUpperCase()) : undefined;
  if (canonical === undefined) throw fail('Unrecognized algorithm name', 'NotSupportedError');
  if (kExperimental.test(canonical) && !warnedExperimental.has(canonical)) {
    warnedExperimental.add(canonical);
    require('internal/util').emitExperimentalWarning(`The ${canonical} Web Crypto API algorithm`);
  }
  const out = typeof algorithm === 'string' ? { name: canonical } : { ...algorithm, name: canonical };
  if (out.hash !== undefined) out.hash = normalize(out.hash);
  return out;
}

// WebIDL BufferSource: a view on a SharedArrayBuffer is refused (node's webidl TypeError).
function bytes(data, where = 'The "data" argument') {
  if (ArrayBuffer.isView(data)) {
    if (isSharedArrayBuffer(data.buffer)) {
      const err = new TypeError(`${where} is a view on a SharedArrayBuffer, which is not allowed.`);
      err.code = 'ERR_INVALID_ARG_TYPE';
      throw err;
    }
    return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  }
  if (isArrayBuffer(data)) return new Uint8Array(data);
  const { codes } = require('internal/errors');
  throw new codes.ERR_INVALID_ARG_TYPE('data', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], data);
}

function arrayBuffer(view) {
  return view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength);
}

function shaName(hash) {
  return hash.name.startsWith('SHA3-') ? hash.name.toLowerCase() : hash.name.replace('-', '').toLowerCase();
}

// node checks the usage first for sign/verify and the algorithm first otherwise.
function checkKey(key, algName, usage, op) {
  if (!isCryptoKey(key)) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('key', 'CryptoKey', key);
  }
  const usageFirst = usage === 'sign' || usage === 'verify';
  const usages = usagesOf(key);
  if (usageFirst && !usages.includes(usage)) throw fail(`Unable to use this key to ${op ?? usage}`, 'InvalidAccessError');
  // Encryption, decryption and unwrapping name no operation.
  if (!usageFirst && usage !== 'wrapKey' && !usages.includes(usage)) {
    throw fail('The requested operation is not valid for the provided key', 'InvalidAccessError');
  }
  if (algorithmOf(key).name !== algName) {
    // sign/verify name the operation here too.
    if (usageFirst) throw fail(`Unable to use this key to ${op ?? usage}`, 'InvalidAccessError');
    throw fail('The requested operation is not valid for the provided key', 'InvalidAccessError');
  }
  if (!usages.includes(usage)) throw fail(`Unable to use this key to ${op ?? usage}`, 'InvalidAccessError');
  return keyObjectOf(key);
}

const kUsages = {
  'AES-CBC': ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
  'AES-CTR': ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
  'AES-GCM': ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
  'AES-KW': ['wrapKey', 'unwrapKey'],
  'AES-OCB': ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
  'ChaCha20-Poly1305': ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
  HMAC: ['sign', 'verify'],
  KMAC128: ['sign', 'verify'],
  KMAC256: ['sign', 'verify'],
  PBKDF2: ['deriveKey', 'deriveBits'],
  HKDF: ['deriveKey', 'deriveBits'],
};
const kPairUsages = {
  ECDSA: [['verify'], ['sign']], Ed25519: [['verify'], ['sign']], Ed448: [['verify'], ['sign']],
  'RSASSA-PKCS1-v1_5': [['verify'], ['sign']], 'RSA-PSS': [['verify'], ['sign']],
  'RSA-OAEP': [['encrypt', 'wrapKey'], ['decrypt', 'unwrapKey']],
  ECDH: [[], ['deriveKey', 'deriveBits']], X25519: [[], ['deriveKey', 'deriveBits']],
  X448: [[], ['deriveKey', 'deriveBits']],
};

// How node names a key in its usage errors.
function keyNoun(name, creating) {
  if (name.startsWith('AES')) return 'an AES';
  if (name.startsWith('RSA')) return 'a RSA';
  if (name === 'HMAC') return creating ? 'an HMAC' : 'HMAC';
  if (name.startsWith('KMAC')) return name;
  return /^[AEIOUX]/.test(name) ? `an ${name}` : `a ${name}`;
}

function checkUsages(alg, usages, type, creating = false) {
  let allowed = kUsages[alg.name];
  if (allowed === undefined) {
    const [pub, priv] = kPairUsages[alg.name];
    allowed = type === 'public' ? pub : type === 'private' ? priv : [...pub, ...priv];
  }
  for (const u of usages) {
    if (!allowed.includes(u)) {
      throw fail(`Unsupported key usage for ${keyNoun(alg.name, creating)} key`, 'SyntaxError');
    }
  }
}

function secretAlgorithm(alg, length) {
  if (alg.name === 'HMAC') return { name: 'HMAC', length, hash: { name: alg.hash.name } };
  if (alg.name === 'PBKDF2' || alg.name === 'HKDF' || alg.name === 'ChaCha20-Poly1305') return { name: alg.name };
  return { name: alg.name, length };
}

function asymmetricAlgorithm(alg, keyObject) {
  if (alg.name in kOkp) return { name: alg.name };
  const d = keyObject.asymmetricKeyDetails;
  if (alg.name === 'ECDSA' || alg.name === 'ECDH') {
    const crv = Object.keys(kCurves).find((c) => kCurves[c] === d.namedCurve);
    return { name: alg.name, namedCurve: crv };
  }
  let e = d.publicExponent.toString(16);
  if (e.length % 2) e = '0' + e;
  return { name: alg.name, modulusLength: d.modulusLength, publicExponent: new Uint8Array(Buffer.from(e, 'hex')),
    hash: { name: alg.hash.name } };
}

// WebIDL's dictionary conversion: a required member that is missing.
function requireMember(alg, member, dict) {
  if (alg[member] !== undefined) return;
  const { codes } = require('internal/errors');
  const err = new codes.ERR_MISSING_OPTION(member);
  err.message = `Failed to normalize algorithm: passed algorithm can not be converted to '${dict}' ` +
    `because '${member}' is required in '${dict}'.`;
  throw err;
}

const kJwkUse = (name) => (name === 'HMAC' || name.startsWith('KMAC') ? 'sig' : 'enc');

// The bytes of a JWK secret key, checked as node checks them for `alg`.
function secretFromJwk(jwk, alg, extractable, usages) {
  if (jwk === null || typeof jwk !== 'object' || jwk.kty === undefined) throw fail('Invalid keyData', 'DataError');
  if (jwk.kty !== 'oct') throw fail('Invalid JWK "kty" Parameter', 'DataError');
  if (usages.length > 0 && jwk.use !== undefined && jwk.use !== kJwkUse(alg.name)) {
    throw fail('Invalid JWK "use" Parameter', 'DataError');
  }
  if (jwk.key_ops !== undefined) {
    if (!Array.isArray(jwk.key_ops)) throw fail('Invalid JWK "key_ops" Parameter', 'DataError');
    for (const u of usages) {
      if (!jwk.key_ops.includes(u)) throw fail('Key operations and usage mismatch', 'DataError');
    }
  }
  if (jwk.ext === false && extractable) throw fail('JWK "ext" Parameter and extractable mismatch', 'DataError');
  if (typeof jwk.k !== 'string' || !/^[A-Za-z0-9_-]*$/.test(jwk.k)) throw fail('Invalid keyData', 'DataError');
  const data = Buffer.from(jwk.k, 'base64url');
  if (jwk.alg !== undefined) {
    const expected = kJwkAlg[alg.name]?.({ ...alg, length: alg.length ?? data.length * 8 });
    if (expected !== undefined && !alg.hash?.name.startsWith('SHA3-') && jwk.alg !== expected) {
      throw fail('JWK "alg" does not match the requested algorithm', 'DataError');
    }
  }
  return data;
}

// --- digest, generateKey ---------------------------------------------------------

async function digest(algorithm, data) {
  const alg = normalize(algorithm);
  if (alg.name === 'cSHAKE128' || alg.name === 'cSHAKE256') {
    // Without a function name or customization cSHAKE is SHAKE, which is what
    // node offers.
    const { length } = alg;
    if (typeof length !== 'number' || length % 8 !== 0 || length < 0 ||
        alg.functionName?.byteLength > 0 || alg.customization?.byteLength > 0) {
      throw fail('Unsupported CShakeParams length', 'NotSupportedError');
    }
    const input = bytes(data, "Failed to execute 'digest' on 'SubtleCrypto': 2nd argument");
    if (length === 0) return new ArrayBuffer(0);
    const { Hash } = require('internal/crypto/hash');
    const out = new Hash(alg.name === 'cSHAKE128' ? 'shake128' : 'shake256', { outputLength: length / 8 })
      .update(input).digest();
    return arrayBuffer(out);
  }
  if (!(alg.name in kHashBits)) throw fail('Unrecognized algorithm name', 'NotSupportedError');
  return arrayBuffer(binding.hashOneShot(shaName(alg), bytes(data, "Failed to execute 'digest' on 'SubtleCrypto': 2nd argument")));
}

async function generateKey(algorithm, extractable, usages) {
  const alg = normalize(algorithm);
  usages = [...usages];
  if (alg.name.startsWith('AES-') || alg.name === 'HMAC' || alg.name.startsWith('KMAC') ||
      alg.name === 'ChaCha20-Poly1305') {
    if (alg.name === 'HMAC') requireMember(alg, 'hash', 'HmacKeyGenParams');
    checkUsages(alg, usages, undefined, true);
    if (usages.length === 0) throw fail('Usages cannot be empty when creating a key.', 'SyntaxError');
    let length = alg.length;
    if (alg.name === 'HMAC') length ??= hmacDefaultLength(alg.hash);
    else if (alg.name.startsWith('KMAC')) length ??= alg.name === 'KMAC128' ? 128 : 256;
    else if (alg.name === 'ChaCha20-Poly1305') length = 256;
    else if (![128, 192, 256].includes(length)) throw opError('AES key length must be 128, 192, or 256 bits');
    const ko = keys.newSecretKey(Buffer.from(require('internal/crypto/random').randomBytes(length >> 3)));
    return makeCryptoKey(ko, secretAlgorithm(alg, length), extractable, usages);
  }
  if (!(alg.name in kPairUsages)) throw fail('Unrecognized algorithm name', 'NotSupportedError');
  checkUsages(alg, usages, undefined, true);
  const { generateKeyPairSync } = require('internal/crypto/keygen');
  let pair;
  if (alg.name in kOkp) pair = generateKeyPairSync(kOkp[alg.name]);
  else if (alg.name === 'ECDSA' || alg.name === 'ECDH') {
    if (!(alg.namedCurve in kCurves)) throw fail('Unrecognized namedCurve', 'NotSupportedError');
    pair = generateKeyPairSync('ec', { namedCurve: kCurves[alg.namedCurve] });
  } else {
    const e = Number(BigInt('0x' + (Buffer.from(alg.publicExponent).toString('hex') || '0')));
    pair = generateKeyPairSync('rsa', { modulusLength: alg.modulusLength, publicExponent: e });
  }
  const [pubUsages, privUsages] = kPairUsages[alg.name];
  if (!usages.some((u) => privUsages.includes(u))) {
    throw fail('Usages cannot be empty when creating a key.', 'SyntaxError');
  }
  const a = asymmetricAlgorithm(alg, pair.publicKey);
  return {
    publicKey: makeCryptoKey(pair.publicKey, a, true, usages.filter((u) => pubUsages.includes(u))),
    privateKey: makeCryptoKey(pair.privateKey, a, extractable, usages.filter((u) => privUsages.includes(u))),
  };
}

// --- import / export -------------------------------------------------------------

async function importKey(format, keyData, algorithm, extractable, usages) {
  return importKeySync(format, keyData, algorithm, extractable, [...usages]);
}

// KeyObject.prototype.toCryptoKey: the key as a CryptoKey for algorithm.
function cryptoKeyFrom(keyObject, algorithm, extractable, usages) {
  const alg = normalize(algorithm);
  usages = [...usages];
  if (keyObject.type === 'secret') return importKeySync('raw-secret', keyObject.export(), alg, extractable, usages);
  if (!(alg.name in kPairUsages)) throw fail('Unrecognized algorithm name', 'NotSupportedError');
  checkKeyType(alg, keyObject);
  checkUsages(alg, usages, keyObject.type);
  if (keyObject.type === 'private' && usages.length === 0) {
    throw fail('Usages cannot be empty when importing a private key.', 'SyntaxError');
  }
  return makeCryptoKey(keyObject, asymmetricAlgorithm(alg, keyObject), extractable, usages);
}

function importKeySync(format, keyData, algorithm, extractable, usages) {
  const alg = normalize(algorithm);
  let ko;
  if (isSecretAlg(alg.name)) {
    if (alg.name === 'HMAC') requireMember(alg, 'hash', 'HmacImportParams');
    checkUsages(alg, usages);
    if (usages.length === 0) throw fail('Usages cannot be empty when importing a secret key.', 'SyntaxError');
    if ((alg.name === 'PBKDF2' || alg.name === 'HKDF') && extractable) {
      throw fail(`${alg.name} keys are not extractable`, 'SyntaxError');
    }
    if (format === 'raw-secret' || (format === 'raw' && !kRawSecretOnly.has(alg.name))) {
      ko = keys.newSecretKey(Buffer.from(bytes(keyData)));
    } else if (format === 'jwk' && alg.name !== 'PBKDF2' && alg.name !== 'HKDF') {
      ko = keys.newSecretKey(secretFromJwk(keyData, alg, extractable, usages));
    } else {
      throw fail(`Unable to import ${alg.name} using ${format} format`, 'NotSupportedError');
    }
    const length = ko.symmetricKeySize * 8;
    if ((alg.name.startsWith('AES-') && ![128, 192, 256].includes(length)) ||
        (alg.name === 'ChaCha20-Poly1305' && length !== 256)) {
      throw fail('Invalid key length', 'DataError');
    }
    if (alg.name === 'HMAC' || alg.name.startsWith('KMAC')) checkMacLength(alg, length);
    return makeCryptoKey(ko, secretAlgorithm(alg, alg.length ?? length), extractable, usages);
  }
  if (!(alg.name in kPairUsages)) throw fail('Unrecognized algorithm name', 'NotSupportedError');
  checkUsages(alg, usages);
  try {
    if (format === 'spki') ko = keys.createPublicKey({ key: Buffer.from(bytes(keyData)), format: 'der', type: 'spki' });
    else if (format === 'pkcs8') ko = keys.createPrivateKey({ key: Buffer.from(bytes(keyData)), format: 'der', type: 'pkcs8' });
    else if (format === 'jwk') {
      checkAsymmetricJwk(keyData, alg, extractable, usages);
      ko = keyData.d !== undefined ? keys.createPrivateKey({ key: keyData, format: 'jwk' })
        : keys.createPublicKey({ key: keyData, format: 'jwk' });
    } else if (format === 'raw' || format === 'raw-public') {
      const type = alg.name in kOkp ? kOkp[alg.name] : 'ec';
      const handle = binding.keyFromRaw(type, bytes(keyData), false, kCurves[alg.namedCurve]);
      if (handle === null) throw new Error('bad raw key');
      ko = keys.newPublicKey(handle);
    } else throw fail(`Unable to import ${alg.name} key with format ${format}`, 'NotSupportedError');
  } catch (err) {
    if (err instanceof DOMException) throw err;
    throw fail('Invalid keyData', 'DataError');
  }
  checkKeyType(alg, ko, format);
  if (ko.type === 'private' && ko.asymmetricKeyType === 'ec' && !binding.keyPrivateCheck(ko[keys.kHandle])) {
    throw fail('Invalid keyData', 'DataError');
  }
  checkUsages(alg, usages, ko.type);
  if (ko.type === 'private' && usages.length === 0) {
    throw fail('Usages cannot be empty when importing a private key.', 'SyntaxError');
  }
  if (ko.type === 'public' && format === 'spki' && ko.asymmetricKeyType === 'ec') ko = uncompressed(ko);
  return makeCryptoKey(ko, asymmetricAlgorithm(alg, ko), extractable, usages);
}

// A MAC key's declared length must be its size in bits.
function checkMacLength(alg, bits) {
  if (bits === 0) throw fail('Zero-length key is not supported', 'DataError');
  if (alg.length === undefined) return;
  const dict = alg.name === 'HMAC' ? 'HmacImportParams' : 'KmacImportParams';
  if (alg.length === 0) throw fail(`${dict}.length cannot be 0`, 'DataError');
  if (alg.length % 8 !== 0) throw fail(`Unsupported ${dict}.length`, 'NotSupportedError');
  if (alg.length !== bits) throw fail('Invalid key length', 'DataError');
}

function checkKeyType(alg, ko, format) {
  if (!kKeyTypes[alg.name].includes(ko.asymmetricKeyType)) throw fail('Invalid key type', 'DataError');
  if ((alg.name === 'ECDSA' || alg.name === 'ECDH') && format !== 'jwk' &&
      kCurves[alg.namedCurve] !== ko.asymmetricKeyDetails.namedCurve) {
    throw fail('Named curve mismatch', 'DataError');
  }
}

const kKeyTypes = {
  'RSASSA-PKCS1-v1_5': ['rsa'], 'RSA-PSS': ['rsa', 'rsa-pss'], 'RSA-OAEP': ['rsa'],
  ECDSA: ['ec'], ECDH: ['ec'], Ed25519: ['ed25519'], Ed448: ['ed448'], X25519: ['x25519'], X448: ['x448'],
};
const kJwkKty = { ECDSA: 'EC', ECDH: 'EC', Ed25519: 'OKP', Ed448: 'OKP', X25519: 'OKP', X448: 'OKP' };
const kEcJwkAlg = { 'P-256': 'ES256', 'P-384': 'ES384', 'P-521': 'ES512' };

// node's checks of an asymmetric JWK against the algorithm and the usages asked for.
function checkAsymmetricJwk(jwk, alg, extractable, usages) {
  if (jwk === null || typeof jwk !== 'object' || jwk.kty === undefined) throw fail('Invalid keyData', 'DataError');
  if (jwk.kty !== (kJwkKty[alg.name] ?? 'RSA')) throw fail('Invalid JWK "kty" Parameter', 'DataError');
  const sig = !['RSA-OAEP', 'ECDH', 'X25519', 'X448'].includes(alg.name);
  if (usages.length > 0 && jwk.use !== undefined && jwk.use !== (sig ? 'sig' : 'enc')) {
    throw fail('Invalid JWK "use" Parameter', 'DataError');
  }
  if (jwk.key_ops !== undefined) {
    if (!Array.isArray(jwk.key_ops)) throw fail('Invalid JWK "key_ops" Parameter', 'DataError');
    for (const u of usages) {
      if (!jwk.key_ops.includes(u)) throw fail('Key operations and usage mismatch', 'DataError');
    }
  }
  if (jwk.ext === false && extractable) throw fail('JWK "ext" Parameter and extractable mismatch', 'DataError');
  if (jwk.kty === 'OKP' && jwk.crv !== alg.name) {
    throw fail('JWK "crv" Parameter and algorithm name mismatch', 'DataError');
  }
  if (jwk.kty === 'EC' && jwk.crv !== alg.namedCurve) {
    throw fail('JWK "crv" does not match the requested algorithm', 'DataError');
  }
  if (jwk.alg !== undefined) {
    let ok = true;
    if (alg.name === 'Ed25519' || alg.name === 'Ed448') ok = jwk.alg === 'EdDSA' || jwk.alg === alg.name;
    else if (alg.name === 'X25519' || alg.name === 'X448' || alg.name === 'ECDH') ok = jwk.alg.startsWith('ECDH-ES');
    else if (alg.name === 'ECDSA') ok = jwk.alg === kEcJwkAlg[alg.namedCurve];
    else if (!alg.hash?.name.startsWith('SHA3-')) ok = jwk.alg === kJwkAlg[alg.name]({ hash: alg.hash });
    if (!ok) throw fail('JWK "alg" does not match the requested algorithm', 'DataError');
  }
}

// An EC public key re-made from its uncompressed point (SPKI may carry a compressed one).
function uncompressed(ko) {
  const raw = binding.keyRaw(ko[keys.kHandle], true);
  if (raw[0] === 4) return ko;
  const curve = ko.asymmetricKeyDetails.namedCurve;
  const point = binding.ecPointConvert(curve, raw, 4);
  return keys.newPublicKey(binding.keyFromRaw('ec', point, false, curve));
}

// JWK has no names for the SHA-3 variants: their keys carry no "alg".
const kJwkAlg = {
  HMAC: (a) => `HS${a.hash.name.slice(4)}`,
  'AES-GCM': (a) => `A${a.length}GCM`, 'AES-CBC': (a) => `A${a.length}CBC`,
  'AES-CTR': (a) => `A${a.length}CTR`, 'AES-KW': (a) => `A${a.length}KW`,
  'AES-OCB': (a) => `A${a.length}OCB`, 'ChaCha20-Poly1305': () => 'C20P',
  KMAC128: () => 'K128', KMAC256: () => 'K256', Ed25519: () => 'Ed25519', Ed448: () => 'Ed448',
  'RSASSA-PKCS1-v1_5': (a) => `RS${a.hash.name.slice(4)}`, 'RSA-PSS': (a) => `PS${a.hash.name.slice(4)}`,
  'RSA-OAEP': (a) => (a.hash.name === 'SHA-1' ? 'RSA-OAEP' : `RSA-OAEP-${a.hash.name.slice(4)}`),
};

async function exportKey(format, key) {
  return exportKeySync(format, key);
}

function exportKeySync(format, key) {
  if (!isCryptoKey(key)) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('key', 'CryptoKey', key);
  }
  if (!key.extractable) throw fail('key is not extractable', 'InvalidAccessError');
  const ko = keyObjectOf(key);
  const alg = algorithmOf(key);
  if (format === 'jwk') {
    const jwk = ko.export({ format: 'jwk' });
    const out = { key_ops: usagesOf(key).slice(), ext: key.extractable };
    const name = alg.hash?.name.startsWith('SHA3-') ? undefined : kJwkAlg[alg.name]?.(alg);
    if (name !== undefined) out.alg = name;
    return Object.assign(out, jwk);
  }
  if (ko.type === 'secret') {
    if (format !== 'raw-secret' && (format !== 'raw' || kRawSecretOnly.has(alg.name))) {
      throw fail(`Unable to export ${alg.name} secret key using ${format} format`, 'NotSupportedError');
    }
    return arrayBuffer(ko.export());
  }
  if (format === 'spki' && ko.type === 'public') return arrayBuffer(ko.export({ format: 'der', type: 'spki' }));
  if (format === 'pkcs8' && ko.type === 'private') return arrayBuffer(ko.export({ format: 'der', type: 'pkcs8' }));
  if ((format === 'raw' || format === 'raw-public') && ko.type === 'public' && !alg.name.startsWith('RSA')) {
    return arrayBuffer(binding.keyRaw(ko[keys.kHandle], true));
  }
  throw fail(`Unable to export ${alg.name} ${ko.type} key using ${format} format`, 'NotSupportedError');
}

// The public half of a private key, as an extractable CryptoKey with `usages`.
function warnExperimentalMethod(name) {
  if (warnedExperimental.has(name)) return;
  warnedExperimental.add(name);
  require('internal/util').emitExperimentalWarning(`The ${name} Web Crypto API method`);
}

async function getPublicKey(key, usages) {
  warnExperimentalMethod('getPublicKey');
  if (!isCryptoKey(key)) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('key', 'CryptoKey', key);
  }
  const ko = keyObjectOf(key);
  if (ko.type !== 'private') {
    throw fail('key must be a private key', ko.type === 'secret' ? 'NotSupportedError' : 'InvalidAccessError');
  }
  usages = [...usages];
  const alg = algorithmOf(key);
  checkUsages(alg, usages, 'public');
  return makeCryptoKey(keys.createPublicKey(ko), alg, true, usages);
}

// --- encrypt / decrypt -----------------------------------------------------------

function cipherOp(algorithm, key, data, encrypt) {
  const alg = normalize(algorithm);
  const ko = checkKey(key, alg.name, encrypt ? 'encrypt' : 'decrypt');
  return runCipher(alg, ko, bytes(data), encrypt);
}

function runCipher(alg, ko, data, encrypt) {
  const { Cipheriv, Decipheriv } = require('internal/crypto/cipher');
  const bits = ko.symmetricKeySize * 8;
  try {
    switch (alg.name) {
      case 'AES-CBC':
      case 'AES-CTR': {
        const iv = bytes(alg.name === 'AES-CBC' ? alg.iv : alg.counter);
        if (iv.byteLength !== 16) {
          throw opError(`algorithm.${alg.name === 'AES-CBC' ? 'iv' : 'counter'} must contain exactly 16 bytes`);
        }
        if (alg.name === 'AES-CTR' && !(alg.length >= 1 && alg.length <= 128)) {
          throw opError('AES-CTR algorithm.length must be between 1 and 128');
        }
        const C = encrypt ? Cipheriv : Decipheriv;
        const c = new C(`aes-${bits}-${alg.name.slice(4).toLowerCase()}`, ko, iv);
        return arrayBuffer(Buffer.concat([c.update(data), c.final()]));
      }
      case 'AES-GCM': {
        const tagBits = alg.tagLength ?? 128;
        if (![32, 64, 96, 104, 112, 120, 128].includes(tagBits)) {
          throw opError(`${tagBits} is not a valid AES-GCM tag length`);
        }
        const tagLength = tagBits / 8;
        const iv = bytes(alg.iv);
        const aad = alg.additionalData !== undefined ? bytes(alg.additionalData) : undefined;
        if (encrypt) {
          const c = new Cipheriv(`aes-${bits}-gcm`, ko, iv, { authTagLength: tagLength });
          if (aad) c.setAAD(aad);
          const out = Buffer.concat([c.update(data), c.final(), c.getAuthTag()]);
          return arrayBuffer(out);
        }
        if (data.byteLength < tagLength) throw opError('The provided data is too small.');
        const d = new Decipheriv(`aes-${bits}-gcm`, ko, iv, { authTagLength: tagLength });
        d.setAuthTag(data.subarray(data.byteLength - tagLength));
        if (aad) d.setAAD(aad);
        const body = d.update(data.subarray(0, data.byteLength - tagLength));
        return arrayBuffer(Buffer.concat([body, d.final()]));
      }
      case 'AES-OCB':
      case 'ChaCha20-Poly1305': {
        const chacha = alg.name === 'ChaCha20-Poly1305';
        const tagBits = alg.tagLength ?? 128;
        if (chacha ? tagBits !== 128 : ![64, 96, 128].includes(tagBits)) {
          throw opError(`${tagBits} is not a valid ${alg.name} tag length`);
        }
        const tagLength = tagBits / 8;
        const iv = bytes(alg.iv);
        if (chacha ? iv.byteLength !== 12 : iv.byteLength < 1 || iv.byteLength > 15) {
          throw opError(`Invalid ${alg.name} iv length`);
        }
        const name = chacha ? 'chacha20-poly1305' : `aes-${bits}-ocb`;
        const aad = alg.additionalData !== undefined ? bytes(alg.additionalData) : undefined;
        if (encrypt) {
          const c = new Cipheriv(name, ko, iv, { authTagLength: tagLength });
          if (aad) c.setAAD(aad);
          return arrayBuffer(Buffer.concat([c.update(data), c.final(), c.getAuthTag()]));
        }
        if (data.byteLength < tagLength) throw opError('The provided data is too small.');
        const d = new Decipheriv(name, ko, iv, { authTagLength: tagLength });
        d.setAuthTag(data.subarray(data.byteLength - tagLength));
        if (aad) d.setAAD(aad);
        const body = d.update(data.subarray(0, data.byteLength - tagLength));
        return arrayBuffer(Buffer.concat([body, d.final()]));
      }
      case 'AES-KW': {
        const C = encrypt ? Cipheriv : Decipheriv;
        const c = new C(`id-aes${bits}-wrap`, ko, Buffer.from('A6A6A6A6A6A6A6A6', 'hex'));
        return arrayBuffer(Buffer.concat([c.update(data), c.final()]));
      }
      case 'RSA-OAEP': {
        const { publicEncrypt, privateDecrypt } = require('internal/crypto/pkey');
        const opts = { key: ko, oaepHash: shaName(keyAlgorithmHash(ko, alg)) };
        if (alg.label !== undefined) opts.oaepLabel = bytes(alg.label);
        return arrayBuffer((encrypt ? publicEncrypt : privateDecrypt)(opts, data));
      }
      default:
        throw fail('Unrecognized algorithm name', 'NotSupportedError');
    }
  } catch (err) {
    if (err instanceof DOMException) throw err;
    throw opError();
  }
}

let currentKeyHash;
function keyAlgorithmHash(ko, alg) { return currentKeyHash ?? alg.hash; }

async function encrypt(algorithm, key, data) {
  currentKeyHash = isCryptoKey(key) ? algorithmOf(key).hash : undefined;
  try { return cipherOp(algorithm, key, data, true); } finally { currentKeyHash = undefined; }
}

async function decrypt(algorithm, key, data) {
  currentKeyHash = isCryptoKey(key) ? algorithmOf(key).hash : undefined;
  try { return cipherOp(algorithm, key, data, false); } finally { currentKeyHash = undefined; }
}

// --- sign / verify ---------------------------------------------------------------

function signArgs(alg, key) {
  const ka = algorithmOf(key);
  switch (alg.name) {
    case 'ECDSA': return [shaName(alg.hash), { dsaEncoding: 'ieee-p1363' }];
    case 'RSASSA-PKCS1-v1_5': return [shaName(ka.hash), {}];
    case 'RSA-PSS': {
      const max = Math.ceil(ka.modulusLength / 8) - kDigestBytes[ka.hash.name] - 2;
      if (typeof alg.saltLength === 'number' && alg.saltLength > max) {
        const { codes } = require('internal/errors');
        throw opErrorFrom(new codes.ERR_OUT_OF_RANGE('algorithm.saltLength', `>= 0 && <= ${max}`, alg.saltLength));
      }
      return [shaName(ka.hash), { padding: 6, saltLength: alg.saltLength }];
    }
    default: return [undefined, {}];
  }
}

// Ed448 contexts need OpenSSL 3.2; the 3.0 eddy links refuses them as node does there.
function checkContext(alg) {
  if (alg.name === 'Ed448' && alg.context !== undefined && bytes(alg.context).byteLength > 0) {
    throw fail('Non zero-length context is not yet supported', 'NotSupportedError');
  }
}

async function sign(algorithm, key, data) {
  const alg = normalize(algorithm);
  const ko = checkKey(key, alg.name, 'sign');
  checkContext(alg);
  data = bytes(data);
  if (alg.name.startsWith('KMAC')) return arrayBuffer(kmac(alg, ko, data));
  if (alg.name === 'HMAC') {
    const { Hmac } = require('internal/crypto/hash');
    return arrayBuffer(new Hmac(shaName(algorithmOf(key).hash), ko).update(data).digest());
  }
  const [hash, opts] = signArgs(alg, key);
  const { signOneShot } = require('internal/crypto/sig');
  return arrayBuffer(signOneShot(hash, data, { key: ko, ...opts }));
}

async function verify(algorithm, key, signature, data) {
  const alg = normalize(algorithm);
  const ko = checkKey(key, alg.name, 'verify');
  checkContext(alg);
  data = bytes(data);
  signature = bytes(signature);
  if (alg.name.startsWith('KMAC')) {
    const mac = kmac(alg, ko, data);
    return mac.byteLength === signature.byteLength && binding.timingSafeEqual(mac, signature);
  }
  if (alg.name === 'HMAC') {
    const { Hmac } = require('internal/crypto/hash');
    const mac = new Hmac(shaName(algorithmOf(key).hash), ko).update(data).digest();
    return mac.length === signature.byteLength && binding.timingSafeEqual(mac, signature);
  }
  const [hash, opts] = signArgs(alg, key);
  const { verifyOneShot } = require('internal/crypto/sig');
  try {
    return verifyOneShot(hash, data, { key: ko, ...opts }, signature);
  } catch {
    return false;
  }
}

function kmac(alg, ko, data) {
  requireMember(alg, 'length', 'KmacParams');
  if (alg.length % 8 !== 0) throw fail('Unsupported KmacParams length', 'NotSupportedError');
  const custom = alg.customization !== undefined ? bytes(alg.customization) : undefined;
  const out = binding.kmac(alg.name, ko.export(), data, alg.length / 8, custom);
  if (out === null) throw opError();
  return out;
}

// --- derive ----------------------------------------------------------------------

const kAgreement = new Set(['ECDH', 'X25519', 'X448']);

// node's order: the algorithm's own members, the base key's usage, then its
// algorithm; key agreement then checks the peer's key.
function deriveBitsSync(alg, key, length, usage) {
  if (alg.name === 'HKDF' || alg.name === 'PBKDF2') {
    const dict = alg.name === 'HKDF' ? 'HkdfParams' : 'Pbkdf2Params';
    requireMember(alg, 'hash', dict);
    requireMember(alg, 'salt', dict);
    requireMember(alg, alg.name === 'HKDF' ? 'info' : 'iterations', dict);
    if (!(alg.hash.name in kHashBits)) throw fail('Unrecognized algorithm name', 'NotSupportedError');
  }
  if (kAgreement.has(alg.name)) {
    const { codes } = require('internal/errors');
    if (alg.public === undefined) {
      const err = new codes.ERR_MISSING_OPTION('public');
      err.message = "Failed to normalize algorithm: passed algorithm can not be converted to 'EcdhKeyDeriveParams' " +
        "because 'public' is required in 'EcdhKeyDeriveParams'.";
      throw err;
    }
    if (!isCryptoKey(alg.public)) {
      const err = new codes.ERR_INVALID_ARG_TYPE('public', 'CryptoKey', alg.public);
      err.message = "Failed to normalize algorithm: 'public' of 'EcdhKeyDeriveParams' (passed algorithm) is not of type CryptoKey.";
      throw err;
    }
  }
  if (!isCryptoKey(key)) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('baseKey', 'CryptoKey', key);
  }
  if (!usagesOf(key).includes(usage)) throw fail(`baseKey does not have ${usage} usage`, 'InvalidAccessError');
  if (algorithmOf(key).name !== alg.name) throw fail('Key algorithm mismatch', 'InvalidAccessError');
  const ko = keyObjectOf(key);
  if (kAgreement.has(alg.name)) return agreeBits(alg, key, ko, length);
  if (length === null || length === undefined) throw opError('length cannot be null');
  if (length % 8 !== 0) throw opError('length must be a multiple of 8');
  switch (alg.name) {
    case 'PBKDF2': {
      if (!alg.iterations) throw opError('iterations cannot be zero');
      const { pbkdf2Sync } = require('internal/crypto/kdf');
      return arrayBuffer(pbkdf2Sync(ko.export(), bytes(alg.salt), alg.iterations, length / 8, shaName(alg.hash)));
    }
    case 'HKDF': {
      if (length === 0) return new ArrayBuffer(0);
      const { hkdfSync } = require('internal/crypto/kdf');
      return hkdfSync(shaName(alg.hash), ko, bytes(alg.salt), bytes(alg.info), length / 8);
    }
    default:
      throw fail('Unrecognized algorithm name', 'NotSupportedError');
  }
}

// ECDH, X25519, X448: the shared secret, cut to `length` bits (the bits past it in
// the last byte cleared).
function agreeBits(alg, key, ko, length) {
  const pub = alg.public;
  if (pub.type !== 'public') throw fail('algorithm.public must be a public key', 'InvalidAccessError');
  if (algorithmOf(pub).name !== algorithmOf(key).name) throw fail('key algorithm mismatch', 'InvalidAccessError');
  if (alg.name === 'ECDH' && algorithmOf(pub).namedCurve !== algorithmOf(key).namedCurve) {
    throw fail('Named curve mismatch', 'InvalidAccessError');
  }
  const { diffieHellman } = require('internal/crypto/pkey');
  const secret = diffieHellman({ privateKey: ko, publicKey: keyObjectOf(pub) });
  if (length === null || length === undefined) return arrayBuffer(secret);
  const n = Math.ceil(length / 8);
  if (n > secret.length) throw opError('derived bit length is too small');
  const out = Buffer.from(secret.subarray(0, n));
  if (length % 8 !== 0) out[n - 1] &= 0xff << (8 - (length % 8));
  return arrayBuffer(out);
}

async function deriveBits(algorithm, baseKey, length) {
  return deriveBitsSync(normalize(algorithm), baseKey, length, 'deriveBits');
}

async function deriveKey(algorithm, baseKey, derivedKeyAlgorithm, extractable, usages) {
  const target = normalize(derivedKeyAlgorithm);
  let length = target.length;
  if (target.name === 'HMAC') length ??= hmacDefaultLength(target.hash);
  else if (target.name.startsWith('KMAC')) length ??= target.name === 'KMAC128' ? 128 : 256;
  else if (target.name === 'ChaCha20-Poly1305') length = 256;
  else if (target.name === 'HKDF' || target.name === 'PBKDF2') length = null;
  const bits = deriveBitsSync(normalize(algorithm), baseKey, length, 'deriveKey');
  return importKeySync('raw-secret', bits, target, extractable, [...usages]);
}

// --- wrap / unwrap ---------------------------------------------------------------

async function wrapKey(format, key, wrappingKey, wrapAlgorithm) {
  const alg = normalize(wrapAlgorithm);
  const ko = checkKey(wrappingKey, alg.name, 'wrapKey');
  let data = exportKeySync(format, key);
  if (format === 'jwk') {
    let json = JSON.stringify(data);
    // AES-KW wraps whole 64-bit blocks: the JSON is padded with spaces.
    if (alg.name === 'AES-KW' && json.length % 8 !== 0) json += ' '.repeat(8 - (json.length % 8));
    data = Buffer.from(json);
  }
  currentKeyHash = algorithmOf(wrappingKey).hash;
  try { return runCipher(alg, ko, bytes(data), true); } finally { currentKeyHash = undefined; }
}

async function unwrapKey(format, wrappedKey, unwrappingKey, unwrapAlgorithm, unwrappedKeyAlgorithm,
                         extractable, usages) {
  const alg = normalize(unwrapAlgorithm);
  const ko = checkKey(unwrappingKey, alg.name, 'unwrapKey');
  currentKeyHash = algorithmOf(unwrappingKey).hash;
  let data;
  try { data = runCipher(alg, ko, bytes(wrappedKey), false); } finally { currentKeyHash = undefined; }
  if (format === 'jwk') data = JSON.parse(Buffer.from(data).toString());
  return importKeySync(format, data, unwrappedKeyAlgorithm, extractable, [...usages]);
}

// SubtleCrypto.supports (internal/crypto/subtle_supports answers).
function supports(operation, algorithm, lengthOrAdditionalAlgorithm) {
  warnExperimentalMethod('supports');
  return require('internal/crypto/subtle_supports').supports(operation, algorithm, lengthOrAdditionalAlgorithm);
}

module.exports = {
  supports,
  digest, generateKey, importKey, exportKey, encrypt, decrypt, sign, verify, deriveBits, deriveKey,
  wrapKey, unwrapKey, cryptoKeyFrom, getPublicKey,
};
