'use strict';
// generateKeyPair/Sync and generateKey/Sync: options are validated once here, then
// one C job makes the key, in place or on libuv's thread pool.

const { bindAsyncContext, nativeError } = require('internal/crypto/util');
const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const { codes } = require('internal/errors');
const {
  validateFunction, validateObject, validateString, validateUint32, validateInt32, validateOneOf,
} = require('internal/validators');
const { newPublicKey, newPrivateKey, newSecretKey } = require('internal/crypto/keys');
// Only secret keys need random bytes: key pairs come from OpenSSL.
const randomBytes = (...args) => require('internal/crypto/random').randomBytes(...args);

const kTypes = ['rsa', 'rsa-pss', 'dsa', 'ec', 'ed25519', 'ed448', 'x25519', 'x448', 'dh'];
const kDhGroups = {
  modp5: 'modp_1536', modp14: 'modp_2048', modp15: 'modp_3072', modp16: 'modp_4096',
  modp17: 'modp_6144', modp18: 'modp_8192',
};

function parseOptions(type, options) {
  validateString(type, 'type');
  const keyType = type;
  if (!kTypes.includes(type)) {
    throw new codes.ERR_INVALID_ARG_VALUE('type', type, 'must be a supported key type');
  }
  if (options !== undefined) validateObject(options, 'options');
  const o = {};
  switch (type) {
    case 'rsa':
    case 'rsa-pss': {
      validateObject(options, 'options');
      validateUint32(options.modulusLength, 'options.modulusLength');
      o.modulusLength = options.modulusLength;
      if (options.publicExponent !== undefined) {
        validateUint32(options.publicExponent, 'options.publicExponent');
        o.publicExponent = options.publicExponent;
      }
      if (type === 'rsa-pss') {
        let hash = options.hashAlgorithm;
        let mgf1 = options.mgf1HashAlgorithm;
        if (hash !== undefined) validateString(hash, 'options.hashAlgorithm');
        if (mgf1 !== undefined) validateString(mgf1, 'options.mgf1HashAlgorithm');
        // The old names (DEP0154) still work when they agree with the new ones.
        for (const [old, now] of [['hash', 'hashAlgorithm'], ['mgf1Hash', 'mgf1HashAlgorithm']]) {
          const value = options[old];
          if (value === undefined) continue;
          process.emitWarning(`"options.${old}" is deprecated, use "options.${now}" instead.`,
            'DeprecationWarning', 'DEP0154');
          validateString(value, `options.${old}`);
          const current = old === 'hash' ? hash : mgf1;
          if (current !== undefined && current !== value) {
            throw new codes.ERR_INVALID_ARG_VALUE(`options.${old}`, value);
          }
          if (old === 'hash') hash = value;
          else mgf1 = value;
        }
        if (hash !== undefined) o.hashAlgorithm = hash;
        if (mgf1 !== undefined) o.mgf1HashAlgorithm = mgf1;
        if (options.saltLength !== undefined) {
          validateInt32(options.saltLength, 'options.saltLength', 0);
          o.saltLength = options.saltLength;
        }
        // As in node (RFC 8017 A.2.3): a hash alone also names the MGF1 hash, and
        // the salt is as long as its digest.
        const hashSize = (name, what) => {
          try {
            return new (require('internal/crypto/hash').Hash)(name).digest().length;
          } catch {
            const err = new codes.ERR_CRYPTO_INVALID_DIGEST(name);
            err.message = `Invalid ${what}digest: ${name}`;
            throw err;
          }
        };
        if (hash !== undefined) {
          const size = hashSize(hash, '');
          if (mgf1 === undefined) o.mgf1HashAlgorithm = hash;
          o.saltLength ??= size;
        }
        if (mgf1 !== undefined) hashSize(mgf1, 'MGF1 ');
      }
      break;
    }
    case 'dsa':
      validateObject(options, 'options');
      validateUint32(options.modulusLength, 'options.modulusLength');
      o.modulusLength = options.modulusLength;
      if (options.divisorLength !== undefined && options.divisorLength !== null) {
        validateInt32(options.divisorLength, 'options.divisorLength', 0);
        o.divisorLength = options.divisorLength;
      }
      break;
    case 'ec': {
      validateObject(options, 'options');
      validateString(options.namedCurve, 'options.namedCurve');
      if (!binding.curveKnown(options.namedCurve)) throw new codes.ERR_CRYPTO_INVALID_CURVE();
      o.namedCurve = options.namedCurve;
      if (options.paramEncoding !== undefined) {
        if (options.paramEncoding !== 'named' && options.paramEncoding !== 'explicit') {
          throw new codes.ERR_INVALID_ARG_VALUE('options.paramEncoding', options.paramEncoding);
        }
        if (options.paramEncoding === 'explicit') o.paramEncoding = 'explicit';
      }
      break;
    }
    case 'dh': {
      validateObject(options, 'options');
      const { group, primeLength, prime, generator } = options;
      if (group !== undefined) {
        if (prime !== undefined) throw new codes.ERR_INCOMPATIBLE_OPTION_PAIR('group', 'prime');
        if (primeLength !== undefined) throw new codes.ERR_INCOMPATIBLE_OPTION_PAIR('group', 'primeLength');
        if (generator !== undefined) throw new codes.ERR_INCOMPATIBLE_OPTION_PAIR('group', 'generator');
        validateString(group, 'options.group');
        if (kDhGroups[group] === undefined) throw new codes.ERR_CRYPTO_UNKNOWN_DH_GROUP();
        o.group = kDhGroups[group];
      } else {
        if (prime !== undefined) {
          if (primeLength !== undefined) throw new codes.ERR_INCOMPATIBLE_OPTION_PAIR('prime', 'primeLength');
          if (!ArrayBuffer.isView(prime)) throw new codes.ERR_INVALID_ARG_TYPE('options.prime', ['Buffer', 'TypedArray', 'DataView'], prime);
          o.prime = prime;
        } else if (primeLength !== undefined) {
          validateInt32(primeLength, 'options.primeLength', 0);
          o.primeLength = primeLength;
        } else {
          throw new codes.ERR_MISSING_OPTION('At least one of the group, prime, or primeLength options');
        }
        if (generator !== undefined) {
          validateInt32(generator, 'options.generator', 0);
          o.generator = generator;
        }
      }
      break;
    }
    default:
      break;
  }
  const encodings = {};
  if (options !== undefined) {
    for (const which of ['publicKeyEncoding', 'privateKeyEncoding']) {
      const enc = options[which];
      if (enc === undefined || enc === null) continue;
      if (typeof enc !== 'object') throw new codes.ERR_INVALID_ARG_VALUE(`options.${which}`, enc);
      // Checked before generating, named as node names them; export checks the rest.
      const { format, type } = enc;
      if (format !== 'pem' && format !== 'der' && format !== 'jwk') {
        throw new codes.ERR_INVALID_ARG_VALUE(`options.${which}.format`, format);
      }
      const types = which === 'publicKeyEncoding' ? ['pkcs1', 'spki'] : ['pkcs1', 'pkcs8', 'sec1'];
      if (format !== 'jwk' && !types.includes(type)) {
        throw new codes.ERR_INVALID_ARG_VALUE(`options.${which}.type`, type);
      }
      // What export would refuse is refused now, before generating (which for a
      // 4096-bit key takes seconds).
      if (format !== 'jwk' && type === 'pkcs1' && keyType !== 'rsa') {
        throw new codes.ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS('pkcs1', 'can only be used for RSA keys');
      }
      if (format !== 'jwk' && type === 'sec1' && keyType !== 'ec') {
        throw new codes.ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS('sec1', 'can only be used for EC keys');
      }
      if (which === 'privateKeyEncoding' && enc.cipher !== undefined) {
        if (typeof enc.cipher !== 'string') throw new codes.ERR_INVALID_ARG_VALUE(`options.${which}.cipher`, enc.cipher);
        const pass = enc.passphrase;
        if (typeof pass !== 'string' && !ArrayBuffer.isView(pass)) {
          throw new codes.ERR_INVALID_ARG_VALUE(`options.${which}.passphrase`, pass);
        }
        if (format === 'der' && type !== 'pkcs8') {
          throw new codes.ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(type, 'does not support encryption');
        }
        const { getCiphers } = require('internal/crypto/cipher');
        if (!getCiphers().includes(enc.cipher.toLowerCase())) throw new codes.ERR_CRYPTO_UNKNOWN_CIPHER();
      }
      encodings[which] = enc;
    }
  }
  return { o, encodings };
}

function encodeResult(handle, encodings) {
  const pub = newPublicKey(handle);
  const priv = newPrivateKey(handle);
  const publicKey = encodings.publicKeyEncoding ? pub.export(encodings.publicKeyEncoding) : pub;
  const privateKey = encodings.privateKeyEncoding ? priv.export(encodings.privateKeyEncoding) : priv;
  return { publicKey, privateKey };
}

function generationError() {
  return nativeError(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'Key generation failed');
}

function generateKeyPairSync(type, options) {
  const { o, encodings } = parseOptions(type, options);
  const handle = binding.keyGenerate(type, o);
  if (handle === null) throw generationError();
  if (handle instanceof Error) throw handle;
  return encodeResult(handle, encodings);
}

function generateKeyPair(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const { o, encodings } = parseOptions(type, options);
  callback = bindAsyncContext(callback);
  binding.keyGenerate(type, o, (handle) => {
    if (handle === null) return callback(generationError());
    if (handle instanceof Error) return callback(handle);
    let result;
    try {
      result = encodeResult(handle, encodings);
    } catch (err) {
      return callback(err);
    }
    callback(null, result.publicKey, result.privateKey);
  });
}

// util.promisify(generateKeyPair) resolves to { publicKey, privateKey }.
Object.defineProperty(generateKeyPair, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null,
  value: (type, options) => new Promise((resolve, reject) => {
    generateKeyPair(type, options, (err, publicKey, privateKey) => {
      if (err) reject(err);
      else resolve({ publicKey, privateKey });
    });
  }),
});

function secretLength(type, options) {
  validateString(type, 'type');
  validateObject(options, 'options');
  const { length } = options;
  if (type === 'hmac') {
    validateInt32(length, 'options.length', 8, 2 ** 31 - 1);
  } else if (type === 'aes') {
    validateOneOf(length, 'options.length', [128, 192, 256]);
  } else {
    throw new codes.ERR_INVALID_ARG_VALUE('type', type, "must be a supported key type");
  }
  return Math.floor(length / 8);
}

function generateKeySync(type, options) {
  const n = secretLength(type, options);
  return newSecretKey(Buffer.from(randomBytes(n)));
}

function generateKey(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const n = secretLength(type, options);
  randomBytes(n, (err, buf) => {
    if (err) return callback(err);
    callback(null, newSecretKey(buf));
  });
}

module.exports = { generateKeyPair, generateKeyPairSync, generateKey, generateKeySync };
